// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlelockdialog.h"

#include "store/database.h"
#include "store/settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace guichet {

IdleLockDialog::IdleLockDialog(Database &db, const Agent &agent, QWidget *parent)
    : QDialog(parent), m_db(db), m_agent(agent)
{
    setWindowTitle(tr("Automatic lock"));
    const Setting &setting = settings::IdleLockMinutes;
    auto *intro = new QLabel(tr("A shared counter locks itself when nobody has touched the keyboard or the mouse for "
                                "this many minutes; the agent's password unlocks it, and what was being filled stays. "
                                "0 never locks it. This workstation only."), this);
    intro->setWordWrap(true);
    m_minutes = new QLineEdit(QString::number(setting.value(db)), this);
    m_minutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_minutes->setMaxLength(4);
    m_minutes->setAccessibleName(tr("Minutes before the desk locks itself"));
    m_minutes->setAccessibleDescription(tr("A whole number of minutes from %1 to %2; %1 never locks the desk.")
                                            .arg(setting.minimum).arg(setting.maximum));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errors"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Minutes without input:"), this);
    label->setBuddy(m_minutes);
    form->addRow(label, m_minutes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IdleLockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IdleLockDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Sentences of a fixed width, and a dialog that takes the size they need:
    // the error shown under the field grows it instead of being cut.
    const int width = fontMetrics().averageCharWidth() * 60;
    intro->setFixedWidth(width);
    m_error->setFixedWidth(width);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_minutes->selectAll();
    m_minutes->setFocus();
}

bool IdleLockDialog::mayChange(const Agent &agent)
{
    return agent.role == Role::Supervisor || agent.role == Role::Administrator;
}

Result<void> IdleLockDialog::apply(Database &db, const Agent &agent, const QString &typed)
{
    const Setting &setting = settings::IdleLockMinutes;
    if (!mayChange(agent))
        return std::unexpected(Error{Error::Code::Forbidden, QLatin1String(setting.key),
            tr("Only a superviseur changes the minutes before the desk locks itself; %1 is not one. Ask your "
               "superviseur.").arg(agent.displayName)});
    static const QRegularExpression wholeNumber(QStringLiteral("^\\d{1,4}$"));
    const QString text = typed.trimmed();
    const int minutes = wholeNumber.match(text).hasMatch() ? text.toInt() : -1;
    if (minutes < setting.minimum || minutes > setting.maximum)
        return std::unexpected(Error::invalid(QLatin1String(setting.key),
            tr("Minutes before the desk locks itself: a whole number from %1 (never) to %2 was expected, not \"%3\". "
               "Type the number of minutes, for example 5.").arg(setting.minimum).arg(setting.maximum).arg(typed)));
    return setting.set(db, minutes);
}

void IdleLockDialog::accept()
{
    if (auto saved = apply(m_db, m_agent, m_minutes->text()); !saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        m_minutes->selectAll();
        m_minutes->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace guichet
