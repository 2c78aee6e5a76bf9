// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"

#include "store/agentrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

LoginDialog::LoginDialog(AgentRepository &agents, const QString &officeName, QWidget *parent)
    : QDialog(parent), m_agents(agents), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Log in"));  // the system adds " — Guichet"
    auto *title = new QLabel(officeName, this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setAccessibleName(tr("Login"));
    m_password->setAccessibleName(tr("Password"));
    m_error->setObjectName(QStringLiteral("errors"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
}

void LoginDialog::tryLogin()
{
    auto agent = m_agents.authenticate(m_login->text(), m_password->text());
    m_password->clear();
    if (!agent) {
        m_error->setText(agent.error().message);
        m_error->setVisible(true);
        m_password->setFocus();
        return;
    }
    m_agent = *agent;
    accept();
}

} // namespace guichet
