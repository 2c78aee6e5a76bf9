// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockpage.h"

#include "store/agentrepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace guichet {

LockPage::LockPage(AgentRepository &agents, const Agent &agent, const QString &officeName, QWidget *parent)
    : QWidget(parent), m_agents(agents), m_agent(agent)
{
    auto *title = new QLabel(tr("Desk locked"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *who = new QLabel(tr("%1 — session of %2. The person being received and the request being filled are kept "
                              "as they were.").arg(officeName, agent.displayName), this);
    who->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("The password of %1; Enter unlocks the desk.").arg(agent.displayName));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errors"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *hint = new QLabel(tr("Another agent: Ctrl+Shift+L logs this session out; what was being filled stays as a "
                               "draft for %1.").arg(agent.displayName), this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);

    // A fixed width, so the wrapped sentences get the height they need
    // (an aligned widget gets its size hint, which cut them).
    auto *box = new QWidget(this);
    box->setFixedWidth(box->fontMetrics().averageCharWidth() * 60);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(who);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_error);
    boxLayout->addWidget(hint);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(box);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockPage::tryUnlock);
}

void LockPage::prepare()
{
    m_password->clear();
    m_error->hide();
    m_password->setFocus();
}

void LockPage::tryUnlock()
{
    auto agent = m_agents.authenticate(m_agent.login, m_password->text());
    m_password->clear();
    if (!agent || agent->id != m_agent.id) {
        // Only the password was asked: a wrong one is said as such (a locked
        // account or a failure of the store keeps its own sentence).
        m_error->setText(agent ? tr("Only %1 unlocks this session. Another agent logs it out first (Ctrl+Shift+L).")
                                     .arg(m_agent.displayName)
                         : agent.error().code == Error::Code::Forbidden
                             ? tr("Wrong password for %1. Check the keyboard (caps lock) and type it again; after five "
                                  "failures the account is locked for 15 minutes.").arg(m_agent.displayName)
                             : agent.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT unlocked();
}

} // namespace guichet
