// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class AgentRepository;

/// Log-in at the start of a session: login, password, and the reason a
/// failure gives (never which of the two was wrong).
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(AgentRepository &agents, const QString &officeName, QWidget *parent = nullptr);
    Agent agent() const { return m_agent; }
    void setLogin(const QString &login);

private:
    void tryLogin();

    AgentRepository &m_agents;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    Agent m_agent;
};

} // namespace guichet
