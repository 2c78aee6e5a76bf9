// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace guichet {

class AgentRepository;

/// What a locked desk shows (Ctrl+L): nothing of the person being received,
/// the agent whose session it is, and the password field that unlocks it.
/// Another agent logs the session out (Ctrl+Shift+L) and logs in.
class LockPage : public QWidget
{
    Q_OBJECT
public:
    LockPage(AgentRepository &agents, const Agent &agent, const QString &officeName, QWidget *parent = nullptr);
    /// Ready for the agent's return: field empty, focus in it.
    void prepare();

Q_SIGNALS:
    void unlocked();

private:
    void tryUnlock();

    AgentRepository &m_agents;
    Agent m_agent;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace guichet
