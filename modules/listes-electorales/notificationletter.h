// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "domain/error.h"
#include "domain/types.h"

#include <QCoreApplication>
#include <QString>

namespace guichet {
class ModuleContext;
}

namespace guichet::listeselectorales {

class ElectoralRules;

/// The letter that notifies the mayor's decision on a registration or a
/// removal (code électoral L18): what was asked, the decision and its date,
/// the list and the polling station, the reason of a refusal and the appeal
/// before the commission de contrôle. Its sentences come from the "letters"
/// object of the reference data.
class NotificationLetter
{
    Q_DECLARE_TR_FUNCTIONS(guichet::listeselectorales::NotificationLetter)

public:
    /// Whether the case's status is a decision a letter can notify.
    static bool isDecided(const QString &status);
    static bool isRefusal(const QString &status);

    /// The letter of a decided case. `refusalReason` is required for a refusal
    /// (one of the workflow's reasons), ignored otherwise. The decision date is
    /// the day of the case's last change (the status change, unless a document
    /// was recorded since).
    static Result<PrintedDocument> build(const ElectoralRules &rules, const ModuleContext &context,
                                         const CaseSummary &decided, const QString &refusalReason);

    /// "notification-BEL-2026-000121.pdf".
    static QString fileName(const CaseSummary &decided);
};

} // namespace guichet::listeselectorales
