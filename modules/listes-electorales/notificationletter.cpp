// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationletter.h"
#include "domain/frenchdate.h"
#include "referencesection.h"

#include "electoralrules.h"
#include "modulecontext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet::listeselectorales {

bool NotificationLetter::isDecided(const QString &status)
{
    return status == QLatin1String("accepted") || status == QLatin1String("accepted-notified") || isRefusal(status);
}

bool NotificationLetter::isRefusal(const QString &status)
{
    return status == QLatin1String("refused") || status == QLatin1String("refused-notified");
}

QString NotificationLetter::fileName(const CaseSummary &decided)
{
    return QStringLiteral("notification-%1.pdf").arg(decided.trackingNumber);
}

Result<PrintedDocument> NotificationLetter::build(const ElectoralRules &rules, const ModuleContext &context,
                                                  const CaseSummary &c, const QString &refusalReason)
{
    if (!isDecided(c.status))
        return std::unexpected(Error::make(Error::Code::Forbidden,
            tr("Case %1 has no decision of the mayor yet: record the decision in the case window first, then "
               "print the letter.").arg(c.trackingNumber)));
    const bool refused = isRefusal(c.status);
    const bool removal = c.procedureId == RemovalProcedureId;
    if (refused && refusalReason.trimmed().isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("refusalReason"),
            tr("Reason of the refusal is missing: choose the reason the mayor gave, as recorded in the case "
               "window.")));

    const QJsonObject letters = rules.letters();
    const QJsonObject rowLabels = letters.value(QLatin1String("rows")).toObject();
    const QJsonObject decisions = letters.value(QLatin1String("decisions")).toObject();
    const QJsonObject d = c.data;
    const QJsonObject person = d.value(QLatin1String("applicant")).toObject();
    const QDate decided = c.statusSince.toLocalTime().date();
    QStringList lists;
    for (const auto &l : d.value(QLatin1String("lists")).toArray())
        lists << l.toString();

    PrintedDocument doc = PrintedDocument::forOffice(context);
    doc.title = section::text(letters, "title");
    doc.reference = c.trackingNumber;
    doc.signature = section::text(letters, "signature");

    // The registration's address is where the person lives now (it may be
    // the new one of a change of address); a removal uses the record's.
    doc.recipient << c.personName;
    const QString street = (section::text(d, "houseNumber") + u' ' + section::text(d, "street")).trimmed();
    if (!removal && !street.isEmpty()) {
        doc.recipient << street;
        const QString postalCode = section::text(d, "postalCode").isEmpty() ? section::text(person, "postalCode") : section::text(d, "postalCode");
        doc.recipient << (postalCode + u' ' + context.communeName()).trimmed();
    } else if (!section::text(person, "addressLine").isEmpty()) {
        doc.recipient << section::text(person, "addressLine");
        doc.recipient << (section::text(person, "postalCode") + u' ' + section::text(person, "city")).trimmed();
    }

    QString procedureTitle;
    for (const ProcedureInfo &p : rules.procedures())
        if (p.id == c.procedureId)
            procedureTitle = p.title;
    const QString request = removal ? procedureTitle : rules.label(section::text(d, "requestKind"));
    const QString decision = refused ? section::text(decisions, "refused")
                                     : section::text(decisions, removal ? "removal-accepted" : "accepted");
    doc.rows << qMakePair(section::text(rowLabels, "deposit"), frenchdate::longDate(c.createdAt.toLocalTime().date()))
             << qMakePair(section::text(rowLabels, "request"), request)
             << qMakePair(section::text(rowLabels, "decision"), decision)
             << qMakePair(section::text(rowLabels, "decisionDate"), frenchdate::longDate(decided));
    if (!lists.isEmpty()) {
        const QString phrase = rules.listsPhrase(lists);
        doc.rows << qMakePair(section::text(rowLabels, "list"), phrase.left(1).toUpper() + phrase.mid(1));
    }
    if (!removal && !refused) {
        if (!section::text(d, "stationLabel").isEmpty())
            doc.rows << qMakePair(section::text(rowLabels, "station"), section::text(d, "stationLabel"));
        const QJsonArray polls = d.value(QLatin1String("pollIds")).toArray();
        QStringList pollLabels;
        for (const auto &id : polls)
            for (const Poll &p : rules.elections())
                if (p.id == id.toString())
                    pollLabels << p.label + QStringLiteral(" (") + frenchdate::longDate(p.firstRound) + u')';
        if (!pollLabels.isEmpty()) {
            const QString first = pollLabels.join(QStringLiteral(", "));
            doc.rows << qMakePair(section::text(rowLabels, "poll"), first.left(1).toUpper() + first.mid(1));
        }
    }
    if (refused)
        doc.rows << qMakePair(section::text(rowLabels, "reason"), refusalReason.trimmed());

    const QString day = frenchdate::longDate(decided);
    if (refused) {
        doc.paragraphs << rules.letterText(QStringLiteral("refused"), {day, refusalReason.trimmed()});
        doc.paragraphs << rules.letterText(QStringLiteral("appeal"), {QString::number(rules.appealDays())});
    } else if (removal) {
        doc.paragraphs << rules.letterText(QStringLiteral("removal-accepted"), {day, rules.listsPhrase(lists)});
    } else {
        doc.paragraphs << rules.letterText(QStringLiteral("accepted"), {day});
    }
    return doc;
}

} // namespace guichet::listeselectorales
