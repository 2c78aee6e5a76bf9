// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"
#include "domain/types.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class Database;

/// "Automatic lock…": the minutes without input after which this
/// workstation's desk locks itself (0: never), a superviseur's choice.
/// Kept in the workstation's settings (`guichetctl setting idle_lock_minutes`).
class IdleLockDialog : public QDialog
{
    Q_OBJECT
public:
    IdleLockDialog(Database &db, const Agent &agent, QWidget *parent = nullptr);

    /// Whether `agent` may change the delay: a superviseur or an administrator.
    static bool mayChange(const Agent &agent);
    /// Keeps `typed` as the delay, or says why not: not a whole number of
    /// minutes from 0 to 60, or an agent who is not a superviseur.
    static Result<void> apply(Database &db, const Agent &agent, const QString &typed);

    /// Keeps the value typed and closes, or shows why it cannot and stays.
    void accept() override;

private:
    Database &m_db;
    Agent m_agent;
    QLineEdit *m_minutes;
    QLabel *m_error;
};

} // namespace guichet
