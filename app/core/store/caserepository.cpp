// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserepository.h"
#include "domain/entities.h"

#include "database.h"
#include "lifecycle.h"
#include "reference/workflow.h"
#include "domain/textfold.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace guichet {

namespace {


const QString caseColumns = QStringLiteral(
    "id, tracking_number, citizen_id, module_id, procedure_id, channel, status, office_code, service, due_date, "
    "summary, data, missing_documents, release_id, agent_id, created_at, updated_at, deleted");

Case caseFromQuery(const QSqlQuery &q)
{
    Case c;
    c.id = uuidFromBytes(q.value(0).toByteArray());
    c.trackingNumber = q.value(1).toString();
    c.citizenId = uuidFromBytes(q.value(2).toByteArray());
    c.moduleId = q.value(3).toString();
    c.procedureId = q.value(4).toString();
    c.channel = channelFromKey(q.value(5).toString()).value_or(Channel::Counter);
    c.status = q.value(6).toString();
    c.officeCode = q.value(7).toString();
    c.service = q.value(8).toString();
    c.dueDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    c.summary = q.value(10).toString();
    c.data = QJsonDocument::fromJson(q.value(11).toByteArray()).object();
    for (const auto &v : QJsonDocument::fromJson(q.value(12).toByteArray()).array())
        c.missingDocuments << v.toString();
    c.releaseId = q.value(13).toString();
    c.agentId = uuidFromBytes(q.value(14).toByteArray());
    c.createdAt = Database::fromTimestamp(q.value(15).toString());
    c.updatedAt = Database::fromTimestamp(q.value(16).toString());
    c.deleted = q.value(17).toBool();
    return c;
}

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

Error caseNotFound()
{
    return Error::make(Error::Code::NotFound,
        QCoreApplication::translate("CaseRepository", "This case is not in the office database. Check the tracking number, or synchronise and try again."));
}

} // namespace

bool CaseRepository::isTrackingNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}-\\d{4}-\\d{6,}$"));
    return re.match(text).hasMatch();
}

Result<QString> CaseRepository::nextTrackingNumber(const QString &prefix, int year)
{
    Q_ASSERT(m_db.inTransaction());
    // Each workstation of an office numbers in its own slot (the last digit),
    // so numbers are unique without asking HQ: BEL-2026-000121 is slot 1's 12th.
    const int slot = qBound(0, m_db.meta(QStringLiteral("tracking_slot"), QStringLiteral("1")).toInt(), 9);
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO tracking_counters(prefix, year, last) VALUES (?, ?, 1) "
                                                "ON CONFLICT(prefix, year) DO UPDATE SET last = last + 1 RETURNING last"));
    q.addBindValue(prefix);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "number the case")));
    const qint64 sequence = q.value(0).toLongLong() * 10 + slot;
    q.finish();
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
}

Result<Case> CaseRepository::create(const NewCase &n, const Workflow &workflow, const QUuid &agentId)
{
    if (!workflow.isValid())
        return std::unexpected(Error::make(Error::Code::Invalid,
            QCoreApplication::translate("CaseRepository", "The procedure %1 has no workflow in the reference release. Ask IT to check the release.").arg(n.procedureId)));
    const QString status = n.status.isEmpty() ? workflow.initial() : n.status;
    if (!workflow.contains(status))
        return std::unexpected(Error::invalid(QStringLiteral("status"),
            QCoreApplication::translate("CaseRepository", "Status: \"%1\" is not a state of this procedure. Choose one of the listed states.").arg(status)));
    if (n.citizenId.isNull())
        return std::unexpected(Error::invalid(entity::Citizen,
            QCoreApplication::translate("CaseRepository", "Person: no person is chosen. Search the person or create them before saving the request.")));

    Case c;
    c.id = m_db.ids().next();
    c.citizenId = n.citizenId;
    c.moduleId = n.moduleId;
    c.procedureId = n.procedureId;
    c.channel = n.channel;
    c.status = status;
    c.officeCode = n.officeCode;
    c.service = n.service;
    c.dueDate = n.dueDate;
    c.summary = n.summary;
    c.data = n.data;
    c.missingDocuments = n.missingDocuments;
    c.releaseId = n.releaseId;
    c.agentId = agentId;
    c.createdAt = c.updatedAt = m_db.clock().now();

    Database::Transaction tx(m_db);
    auto number = nextTrackingNumber(n.officeCode, c.createdAt.toLocalTime().date().year());
    if (!number)
        return std::unexpected(number.error());
    c.trackingNumber = *number;

    const QJsonObject fields{
        {QStringLiteral("tracking_number"), c.trackingNumber},
        {QStringLiteral("citizen_id"), c.citizenId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("module_id"), c.moduleId},
        {QStringLiteral("procedure_id"), c.procedureId},
        {QStringLiteral("channel"), channelKey(c.channel)},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("closed"), workflow.isTerminal(c.status)},
        {QStringLiteral("office_code"), c.officeCode},
        {QStringLiteral("service"), c.service},
        {QStringLiteral("due_date"), c.dueDate.isValid() ? QJsonValue(c.dueDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("summary"), c.summary},
        {QStringLiteral("data"), c.data},
        {QStringLiteral("missing_documents"), QJsonArray::fromStringList(c.missingDocuments)},
        {QStringLiteral("release_id"), c.releaseId},
        {QStringLiteral("created_at"), Database::timestamp(c.createdAt)},
    };
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO cases(id, tracking_number, citizen_id, module_id, procedure_id, channel, "
                             "status, closed, office_code, service, due_date, summary, data, missing_documents, "
                             "release_id, agent_id, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuidBytes(c.id));
    q.addBindValue(c.trackingNumber);
    q.addBindValue(uuidBytes(c.citizenId));
    q.addBindValue(c.moduleId);
    q.addBindValue(c.procedureId);
    q.addBindValue(channelKey(c.channel));
    q.addBindValue(c.status);
    q.addBindValue(workflow.isTerminal(c.status) ? 1 : 0);
    q.addBindValue(c.officeCode);
    q.addBindValue(notNull(c.service));
    q.addBindValue(nullableDate(c.dueDate));
    q.addBindValue(notNull(c.summary));
    q.addBindValue(QJsonDocument(c.data).toJson(QJsonDocument::Compact));
    q.addBindValue(QJsonDocument(QJsonArray::fromStringList(c.missingDocuments)).toJson(QJsonDocument::Compact));
    q.addBindValue(c.releaseId);
    q.addBindValue(uuidBytes(agentId));
    q.addBindValue(Database::timestamp(c.createdAt));
    q.addBindValue(Database::timestamp(c.updatedAt));
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "save the case")); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.recordChange({entity::Case, c.id, operation::Insert, fields, agentId}); !r)
        return std::unexpected(r.error());
    if (auto e = appendEvent(c.id, CaseEvent::Kind::Created,
                             {{QStringLiteral("status"), c.status}, {QStringLiteral("channel"), channelKey(c.channel)}},
                             c.releaseId, agentId); !e)
        return std::unexpected(e.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return c;
}

Result<CaseEvent> CaseRepository::appendEvent(const QUuid &caseId, CaseEvent::Kind kind, const QJsonObject &payload,
                                              const QString &releaseId, const QUuid &agentId)
{
    Q_ASSERT(m_db.inTransaction());
    CaseEvent e;
    e.id = m_db.ids().next();
    e.caseId = caseId;
    e.kind = kind;
    e.at = m_db.clock().now();
    e.agentId = agentId;
    e.payload = payload;
    e.releaseId = releaseId;
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO case_events(id, case_id, kind, at, agent_id, payload, release_id) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuidBytes(e.id));
    q.addBindValue(uuidBytes(caseId));
    q.addBindValue(eventKindKey(kind));
    q.addBindValue(Database::timestamp(e.at));
    q.addBindValue(uuidBytes(agentId));
    q.addBindValue(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    q.addBindValue(releaseId);
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "add to the case timeline")); !r)
        return std::unexpected(r.error());
    QJsonObject fields = payload;
    fields.insert(QStringLiteral("case_id"), caseId.toString(QUuid::WithoutBraces));
    fields.insert(QStringLiteral("kind"), eventKindKey(kind));
    fields.insert(QStringLiteral("at"), Database::timestamp(e.at));
    fields.insert(QStringLiteral("release_id"), releaseId);
    if (auto r = m_db.recordChange({entity::CaseEvent, e.id, operation::Append, fields, agentId}); !r)
        return std::unexpected(r.error());
    return e;
}

Result<CaseEvent> CaseRepository::addNote(const QUuid &caseId, const QString &text, const QUuid &agentId)
{
    const QString note = text.trimmed();
    if (note.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("note"), QCoreApplication::translate("CaseRepository", "Note: the text is empty. Type the note, then save it.")));
    Database::Transaction tx(m_db);
    auto c = writable(caseId);
    if (!c)
        return std::unexpected(c.error());
    auto e = appendEvent(caseId, CaseEvent::Kind::Note, {{QStringLiteral("text"), note}}, c->releaseId, agentId);
    if (!e)
        return e;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return e;
}

Result<void> CaseRepository::remove(const QUuid &caseId, const QString &reason, const QUuid &agentId)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("reason"),
            QCoreApplication::translate("CaseRepository", "Reason: say why the case is deleted (recorded by mistake, duplicate…); it is kept with the deletion.")));
    Database::Transaction tx(m_db);
    if (auto c = get(caseId); !c)
        return std::unexpected(c.error());
    if (deletion(caseId))
        return std::unexpected(Error::make(Error::Code::Conflict,
            QCoreApplication::translate("CaseRepository", "This case is already deleted.")));
    const QString at = Database::timestamp(m_db.clock().now());
    if (auto r = m_db.recordChange({entity::Case, caseId, operation::Delete,
                                    {{QStringLiteral("reason"), why}, {QStringLiteral("at"), at}}, agentId}); !r)
        return r;
    // The tombstone carries the operation's own stamp, as every workstation will store it.
    const lifecycle::Stamp stamp{m_db.hlc().last(), uuidBytes(m_db.workstationId()), uuidBytes(agentId), at};
    if (auto r = lifecycle::buryCase(m_db, uuidBytes(caseId), stamp, why); !r)
        return r;
    return tx.commit();
}

Result<CaseRepository::Deletion> CaseRepository::deletion(const QUuid &caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT agent_id, at, reason FROM tombstones WHERE entity_id = ? AND entity = 'case'"));
    q.addBindValue(uuidBytes(caseId));
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the case")));
    if (!q.next())
        return std::unexpected(Error::make(Error::Code::NotFound, QCoreApplication::translate("CaseRepository", "This case is not deleted.")));
    return Deletion{uuidFromBytes(q.value(0).toByteArray()), Database::fromTimestamp(q.value(1).toString()), q.value(2).toString()};
}

Result<CaseEvent> CaseRepository::changeStatus(const QUuid &caseId, const QString &to, const QString &reason,
                                               const Workflow &workflow, const QUuid &agentId)
{
    Database::Transaction tx(m_db);
    auto c = writable(caseId);
    if (!c)
        return std::unexpected(c.error());
    if (!workflow.allows(c->status, to))
        return std::unexpected(Error::make(Error::Code::Forbidden,
            QCoreApplication::translate("CaseRepository", "The case cannot go from \"%1\" to \"%2\". Choose one of the next steps offered for this case.")
                .arg(workflow.label(c->status), workflow.label(to))));
    const QStringList reasons = workflow.reasons(c->status, to);
    if (!reasons.isEmpty() && !reasons.contains(reason))
        return std::unexpected(Error::invalid(QStringLiteral("reason"),
            QCoreApplication::translate("CaseRepository", "Reason: \"%1\" needs a reason from the list. Choose the reason to tell the person.").arg(workflow.label(to))));
    const QDateTime now = m_db.clock().now();
    const bool closed = workflow.isTerminal(to);
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE cases SET status = ?, closed = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(to);
    q.addBindValue(closed ? 1 : 0);
    q.addBindValue(Database::timestamp(now));
    q.addBindValue(uuidBytes(caseId));
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "change the status")); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.recordChange({entity::Case, caseId, operation::Update,
                                    {{QStringLiteral("status"), to}, {QStringLiteral("closed"), closed}}, agentId}); !r)
        return std::unexpected(r.error());
    QJsonObject payload{{QStringLiteral("from"), c->status}, {QStringLiteral("to"), to}};
    if (!reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);
    auto e = appendEvent(caseId, CaseEvent::Kind::StatusChanged, payload, c->releaseId, agentId);
    if (!e)
        return e;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return e;
}

Result<CaseEvent> CaseRepository::transfer(const QUuid &caseId, const QString &service, const QString &reason,
                                           const Workflow &workflow, const QUuid &agentId)
{
    const QString why = reason.simplified();
    if (service.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("service"),
            QCoreApplication::translate("CaseRepository", "Service: choose the service the case goes to.")));
    if (why.isEmpty() || why.size() > 500)
        return std::unexpected(Error::invalid(QStringLiteral("transferReason"),
            QCoreApplication::translate("CaseRepository", "Reason for the transfer: expected a sentence of at most 500 characters that the "
                                        "service receiving the case will read. Type why it goes there.")));
    Database::Transaction tx(m_db);
    auto c = writable(caseId);
    if (!c)
        return std::unexpected(c.error());
    if (workflow.isTerminal(c->status))
        return std::unexpected(Error::make(Error::Code::Forbidden,
            QCoreApplication::translate("CaseRepository", "The case is closed (%1): it no longer goes to a service. Open a new case if the "
                                        "person asks again.").arg(workflow.label(c->status))));
    if (c->service == service)
        return std::unexpected(Error::invalid(QStringLiteral("service"),
            QCoreApplication::translate("CaseRepository", "Service: the case is already with this service. Choose another one.")));
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE cases SET service = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(service);
    q.addBindValue(Database::timestamp(m_db.clock().now()));
    q.addBindValue(uuidBytes(caseId));
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "transfer the case")); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.recordChange({entity::Case, caseId, operation::Update, {{QStringLiteral("service"), service}}, agentId});
        !r)
        return std::unexpected(r.error());
    auto e = appendEvent(caseId, CaseEvent::Kind::Transferred,
                         {{QStringLiteral("from"), c->service}, {QStringLiteral("to"), service},
                          {QStringLiteral("reason"), why}},
                         c->releaseId, agentId);
    if (!e)
        return e;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return e;
}

Result<CaseEvent> CaseRepository::recordDocument(const QUuid &caseId, const QString &document, const QUuid &agentId)
{
    Database::Transaction tx(m_db);
    auto c = writable(caseId);
    if (!c)
        return std::unexpected(c.error());
    if (!c->missingDocuments.contains(document))
        return std::unexpected(Error::invalid(QStringLiteral("document"),
            QCoreApplication::translate("CaseRepository", "Document: \"%1\" is not among the documents still missing for this case. Choose one from the list.").arg(document)));
    QStringList missing = c->missingDocuments;
    missing.removeAll(document);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE cases SET missing_documents = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(QJsonDocument(QJsonArray::fromStringList(missing)).toJson(QJsonDocument::Compact));
    q.addBindValue(Database::timestamp(m_db.clock().now()));
    q.addBindValue(uuidBytes(caseId));
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "record the document")); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.recordChange({entity::Case, caseId, operation::Update,
                                    {{QStringLiteral("missing_documents"), QJsonArray::fromStringList(missing)}}, agentId}); !r)
        return std::unexpected(r.error());
    auto e = appendEvent(caseId, CaseEvent::Kind::DocumentReceived, {{QStringLiteral("document"), document}},
                         c->releaseId, agentId);
    if (!e)
        return e;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return e;
}

Result<CaseEvent> CaseRepository::recordAnswer(const QUuid &caseId, const QString &answer, const QString &releaseId,
                                               const QUuid &agentId)
{
    const QString text = answer.trimmed();
    if (text.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("answer"), QCoreApplication::translate("CaseRepository", "Answer: the text is empty. Type the answer given to the person.")));
    Database::Transaction tx(m_db);
    if (auto c = writable(caseId); !c)
        return std::unexpected(c.error());
    auto e = appendEvent(caseId, CaseEvent::Kind::AnswerGiven, {{QStringLiteral("text"), text}}, releaseId, agentId);
    if (!e)
        return e;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return e;
}

Result<Case> CaseRepository::writable(const QUuid &caseId) const
{
    auto c = get(caseId);
    if (c && c->deleted)
        return std::unexpected(Error::make(Error::Code::Conflict,
            QCoreApplication::translate("CaseRepository", "This case was deleted: it can no longer change. Open a new case if the person asks again.")));
    return c;
}

Result<Case> CaseRepository::get(const QUuid &id) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(caseColumns));
    q.addBindValue(uuidBytes(id));
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the case")));
    if (!q.next()) {
        q.finish();
        return std::unexpected(caseNotFound());
    }
    const Case c = caseFromQuery(q);
    q.finish();
    return c;
}

Result<Case> CaseRepository::findByTrackingNumber(const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE tracking_number = ?").arg(caseColumns));
    q.addBindValue(number.trimmed().toUpper());
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the case")));
    if (!q.next())
        return std::unexpected(caseNotFound());
    return caseFromQuery(q);
}

Result<QList<CaseEvent>> CaseRepository::events(const QUuid &caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.id, e.kind, e.at, e.agent_id, e.payload, e.release_id, a.display_name "
                             "FROM case_events e LEFT JOIN agents a ON a.id = e.agent_id "
                             "WHERE e.case_id = ? ORDER BY e.at, e.id"));
    q.addBindValue(uuidBytes(caseId));
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the case timeline")));
    QList<CaseEvent> out;
    while (q.next()) {
        CaseEvent e;
        e.id = uuidFromBytes(q.value(0).toByteArray());
        e.caseId = caseId;
        e.kind = eventKindFromKey(q.value(1).toString()).value_or(CaseEvent::Kind::Note);
        e.at = Database::fromTimestamp(q.value(2).toString());
        e.agentId = uuidFromBytes(q.value(3).toByteArray());
        e.payload = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        e.releaseId = q.value(5).toString();
        e.agentName = q.value(6).toString();
        out << e;
    }
    return out;
}

struct CaseRepository::Where
{
    QString from = QStringLiteral("cases k");  ///< the cases, `k`, or what leads to them
    QVariantList fromBinds;
    QString clause;
    QVariantList binds;
};

namespace {

// A typed name or part of a number matches a set of cases whose size SQLite
// cannot tell, and no index leads to them in the list's order. Each of the
// three ways to read them is fast for some sizes only (measured on a million
// cases, tests/bench):
// - driven: the set read first through its own index, each case then read
//   for its date and sorted — for a small set;
// - probed: the set's row ids gathered from indexes alone, then the index of
//   the list's order read until a page is full, each entry looked up in the
//   set — reading no case that is not listed; for a mid-sized set;
// - checked: each case read in the list's order checks itself — for a set
//   holding a large share of the cases, which fills a page at once.
// A count stops at its cap: driven, it reads at most that many cases. The
// sizes where one way gives way to the next are CaseRepository::ListPlan's.
// A part of a number two digits long or less, or within an office's
// "BEL-2026-" head (a year, a prefix), is in a large share of the numbers.
//
// A typed name is read driven or checked. The person index (schema 14:
// person, deleted, office, date) holds all a page of one office needs to
// choose its lines, so driven reads no case that is not listed and its cost
// grows with the people found only; probed would read the same entries and
// more. Driven, the people are read as the search index finds them, one
// after the other, so a count stops at its cap: when only the office narrows
// the list, a name that finds tens of thousands of people is counted in a few
// hundred of them, and the count is driven whatever their number.

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Where a typed part can be in the numbers "XXX-YYYY-SSSSSS": the index
/// ranges holding every number that contains it — starts of whole numbers,
/// starts of their last 6 digits — or `broad` when it matches too large a share
/// of the cases for ranges to pay.
struct NumberPart
{
    QStringList numberPrefixes;
    QStringList lastSixPrefixes;
    bool broad = false;
};

NumberPart numberPart(const QString &typed, const QStringList &heads)
{
    NumberPart part;
    const bool digits = allDigits(typed);
    if (digits && typed.size() <= 2) {
        part.broad = true;
        return part;
    }
    // Starting in the head ("EL-2026-03218", "2026-0321", "-032181"), or at the
    // first digit of the sequence: ranges of the whole number.
    for (const QString &head : heads) {
        for (qsizetype at = 0; at <= head.size(); ++at) {
            const QStringView rest = QStringView(head).mid(at);
            if (typed.size() <= rest.size()) {
                if (rest.startsWith(typed)) {
                    part.broad = true;  // all the numbers of that office and year
                    return part;
                }
            } else if (QStringView(typed).startsWith(rest)) {
                const QStringView sequence = QStringView(typed).mid(rest.size());
                if (!allDigits(sequence))
                    continue;
                if (sequence.size() <= 2) {
                    part.broad = true;
                    return part;
                }
                part.numberPrefixes << head + sequence.toString();
            }
        }
    }
    // Inside the sequence: wherever it is in the last 6 digits (the sequence
    // of a 7-digit number from its second digit on), each possible start of
    // those 6 digits; at most 1,111 for 3 digits typed.
    if (digits) {
        for (qsizetype before = 0; before + typed.size() <= 6; ++before) {
            int count = 1;
            for (qsizetype i = 0; i < before; ++i)
                count *= 10;
            for (int lead = 0; lead < count; ++lead)
                part.lastSixPrefixes << (before > 0 ? QString::number(lead).rightJustified(before, u'0') : QString()) + typed;
        }
    }
    return part;
}

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QStringList> CaseRepository::trackingHeads() const
{
    // A skip scan of the unique index: one seek per office and year.
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT substr(tracking_number, 1, 9) FROM cases WHERE tracking_number > ? ORDER BY tracking_number LIMIT 1"));
    QStringList heads;
    QString after = QStringLiteral("");
    for (;;) {
        q.addBindValue(after);
        if (!q.exec())
            return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "list the cases")));
        if (!q.next())
            break;
        heads << q.value(0).toString();
        after = heads.last() + QChar(0xffff);
    }
    q.finish();
    return heads;
}

Result<int> CaseRepository::countAtMost(const QString &select, const QVariantList &binds, int limit) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?)").arg(select));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "list the cases")));
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<CaseRepository::Where> CaseRepository::where(const Filter &f, Reading reading) const
{
    QStringList where{QStringLiteral("k.deleted = 0")};  // a deleted case is listed nowhere
    QVariantList binds;
    auto add = [&](const QString &cond, const QVariant &v) { where << cond; binds << v; };
    if (!f.status.isEmpty()) add(QStringLiteral("k.status = ?"), f.status);
    if (f.channel) add(QStringLiteral("k.channel = ?"), channelKey(*f.channel));
    if (!f.procedureId.isEmpty()) add(QStringLiteral("k.procedure_id = ?"), f.procedureId);
    if (!f.officeCode.isEmpty()) add(QStringLiteral("k.office_code = ?"), f.officeCode);
    if (!f.service.isEmpty()) add(QStringLiteral("k.service = ?"), f.service);
    if (f.dueFrom.isValid()) add(QStringLiteral("k.due_date >= ?"), f.dueFrom.toString(Qt::ISODate));
    if (f.dueTo.isValid()) add(QStringLiteral("k.due_date <= ?"), f.dueTo.toString(Qt::ISODate));
    if (f.overdueOnly) {
        where << QStringLiteral("k.closed = 0");
        add(QStringLiteral("k.due_date < ?"), f.today.toString(Qt::ISODate));
    }
    if (const QString t = f.trackingNumber.trimmed().toUpper(); !t.isEmpty()) {
        static const QRegularExpression numberCharacters(QStringLiteral("^[A-Z0-9-]+$"));
        NumberPart part;
        if (numberCharacters.match(t).hasMatch()) {
            QStringList heads;
            if (!(allDigits(t) && t.size() <= 2)) {
                auto read = trackingHeads();
                if (!read)
                    return std::unexpected(read.error());
                heads = *read;
            }
            part = numberPart(t, heads);
        }
        if (part.broad) {
            add(QStringLiteral("instr(k.tracking_number, ?) > 0"), t);  // checked
        } else if (part.numberPrefixes.isEmpty() && part.lastSixPrefixes.isEmpty()) {
            where << QStringLiteral("0");  // in no number: nothing rather than everything
        } else {
            // Each range on its index (the unique one, and schema 11's last 6 digits).
            const QString numbers = QStringLiteral(
                "SELECT n.rowid FROM json_each(?) r CROSS JOIN cases n "
                "ON n.tracking_number >= r.value AND n.tracking_number < r.value || char(65535) "
                "UNION ALL SELECT n.rowid FROM json_each(?) r CROSS JOIN cases n "
                "ON substr(n.tracking_number, -6) >= r.value AND substr(n.tracking_number, -6) < r.value || char(65535)");
            const QVariantList ranges{jsonList(part.numberPrefixes), jsonList(part.lastSixPrefixes)};
            bool driven = true;
            if (reading == Reading::Page) {
                auto size = countAtMost(numbers, ranges, m_plan.drivenAtMost + 1);
                if (!size)
                    return std::unexpected(size.error());
                driven = *size <= m_plan.drivenAtMost;
            }
            // The unary + keeps SQLite from reading the set first (probed).
            where << QStringLiteral("%1k.rowid IN (%2)").arg(driven ? QString() : QStringLiteral("+"), numbers);
            binds << ranges;
        }
    }
    if (!f.citizenId.isNull()) {
        // The person's cases include those of the records merged into theirs.
        where << QStringLiteral("k.citizen_id IN (SELECT id FROM citizens WHERE id = ? OR merged_into = ?)");
        binds << uuidBytes(f.citizenId) << uuidBytes(f.citizenId);
    }
    if (const QString match = searchindex::matchExpression(textfold::queryTerms(f.personName)); !match.isEmpty()) {
        const QString found = QStringLiteral("SELECT rowid FROM citizens_fts WHERE citizens_fts MATCH ?");
        auto people = countAtMost(found, {match}, m_plan.peopleDrivenAtMost + 1);
        if (!people)
            return std::unexpected(people.error());
        const bool few = *people <= m_plan.peopleDrivenAtMost;
        // Only the office left to check: the person index answers it.
        const bool officeOnly = f.status.isEmpty() && !f.channel && f.procedureId.isEmpty() && f.service.isEmpty()
            && !f.dueFrom.isValid() && !f.dueTo.isValid() && !f.overdueOnly && f.trackingNumber.trimmed().isEmpty()
            && f.citizenId.isNull();
        if (few || (reading == Reading::Count && officeOnly)) {
            // Driven: each person found, then the records merged into theirs
            // that the name did not find themselves (no case is read twice),
            // and their cases from the person index; a count stops at its cap.
            Where w;
            w.from = QStringLiteral(
                "(SELECT c.id AS person FROM citizens_fts f CROSS JOIN citizens c ON c.rowid = f.rowid "
                "WHERE f.citizens_fts MATCH ? "
                "UNION ALL SELECT m.id FROM citizens_fts f CROSS JOIN citizens kept ON kept.rowid = f.rowid "
                "CROSS JOIN citizens m ON m.merged_into = kept.id "
                "WHERE f.citizens_fts MATCH ? AND m.rowid NOT IN (%1)) p "
                "CROSS JOIN cases k ON k.citizen_id = p.person").arg(found);
            w.fromBinds = {match, match, match};
            w.clause = QLatin1String("WHERE ") + where.join(QLatin1String(" AND "));
            w.binds = binds;
            return w;
        }
        // Checked: each case read looks its person up among those found.
        where << QStringLiteral(
                     "EXISTS (SELECT 1 FROM citizens c WHERE c.id = k.citizen_id AND (c.rowid IN (%1) "
                     "OR (c.merged_into IS NOT NULL AND (SELECT kept.rowid FROM citizens kept WHERE kept.id = c.merged_into) IN (%1))))")
                     .arg(found);
        binds << match << match;
    }
    Where w;
    w.clause = QLatin1String("WHERE ") + where.join(QLatin1String(" AND "));
    w.binds = binds;
    return w;
}

namespace {

QString sortColumn(CaseRepository::SortKey key)
{
    switch (key) {
    case CaseRepository::SortKey::Created: return QStringLiteral("k.created_at");
    case CaseRepository::SortKey::Due: return QStringLiteral("k.due_date");
    case CaseRepository::SortKey::Tracking: return QStringLiteral("k.tracking_number");
    case CaseRepository::SortKey::Status: return QStringLiteral("k.status");
    case CaseRepository::SortKey::Procedure: return QStringLiteral("k.procedure_id");
    case CaseRepository::SortKey::Office: return QStringLiteral("k.office_code");
    case CaseRepository::SortKey::Channel: return QStringLiteral("k.channel");
    case CaseRepository::SortKey::Service: return QStringLiteral("k.service");
    }
    Q_UNREACHABLE();
}

} // namespace

Result<QList<CaseRepository::Row>> CaseRepository::page(const Filter &filter, SortKey sort, Qt::SortOrder order,
                                                         int offset, int limit) const
{
    auto w = where(filter, Reading::Page);
    if (!w)
        return std::unexpected(w.error());
    QVariantList binds = w->fromBinds + w->binds;
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The page is chosen on the cases table alone (indexed), then joined to the
    // people for at most `limit` rows.
    const QString sql = QStringLiteral(
        "SELECT k.id, k.tracking_number, c.family_name, c.used_name, c.first_names, k.procedure_id, k.channel, "
        "k.status, k.closed, k.office_code, k.service, k.due_date, k.created_at, k.summary "
        "FROM (SELECT k.rowid AS r FROM %4 %1 ORDER BY %2 %3, k.rowid %3 LIMIT ? OFFSET ?) p "
        "JOIN cases k ON k.rowid = p.r JOIN citizens c ON c.id = k.citizen_id ORDER BY %2 %3, k.rowid %3")
        .arg(w->clause, sortColumn(sort), dir, w->from);
    binds << limit << offset;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "list the cases")));
    QList<Row> rows;
    rows.reserve(limit);
    while (q.next()) {
        Citizen who;
        who.familyName = q.value(2).toString();
        who.usedName = q.value(3).toString();
        who.firstNames = q.value(4).toString();
        Row r;
        r.id = uuidFromBytes(q.value(0).toByteArray());
        r.trackingNumber = q.value(1).toString();
        r.citizenName = who.displayName();
        r.procedureId = q.value(5).toString();
        r.channel = channelFromKey(q.value(6).toString()).value_or(Channel::Counter);
        r.status = q.value(7).toString();
        r.closed = q.value(8).toBool();
        r.officeCode = q.value(9).toString();
        r.service = q.value(10).toString();
        r.dueDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        r.createdAt = Database::fromTimestamp(q.value(12).toString());
        r.summary = q.value(13).toString();
        rows << r;
    }
    return rows;
}

Result<QList<CaseSummary>> CaseRepository::select(const CaseQuery &query) const
{
    QStringList where{QStringLiteral("k.deleted = 0")};
    QVariantList binds;
    auto anyOf = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        where << QStringLiteral("k.%1 IN (%2)").arg(column, QStringList(values.size(), QStringLiteral("?")).join(u','));
        for (const QString &v : values)
            binds << v;
    };
    anyOf(QStringLiteral("procedure_id"), query.procedureIds);
    anyOf(QStringLiteral("status"), query.statuses);
    if (!query.officeCode.isEmpty()) {
        where << QStringLiteral("k.office_code = ?");
        binds << query.officeCode;
    }
    QStringList columns = caseColumns.split(QStringLiteral(", "));
    for (QString &c : columns)
        c.prepend(QStringLiteral("k."));
    // The lines are chosen on the cases alone, from schema 15's work list
    // index (procedure, status, office and date: no case is read to choose
    // them), then only those are read, with their person and their last
    // status change (schema 15's index of status changes). A work list names
    // the statuses of the work waiting: its cases are read from that index
    // and sorted, the unary + keeping SQLite from walking every case of the
    // procedure in date order to find them.
    const QString sql = QStringLiteral(
        "SELECT %1, c.family_name, c.used_name, c.first_names, "
        "(SELECT e.at || char(31) || coalesce(json_extract(e.payload, '$.reason'), '') FROM case_events e "
        " WHERE e.case_id = k.id AND e.kind = 'status' ORDER BY e.at DESC, e.id DESC LIMIT 1) "
        "FROM (SELECT k.rowid AS r FROM cases k %2 ORDER BY %3k.created_at, k.rowid LIMIT ?) p "
        "CROSS JOIN cases k ON k.rowid = p.r JOIN citizens c ON c.id = k.citizen_id ORDER BY k.created_at, k.rowid")
                            .arg(columns.join(QStringLiteral(", ")), QLatin1String("WHERE ") + where.join(QLatin1String(" AND ")),
                                 query.statuses.isEmpty() ? QString() : QStringLiteral("+"));
    binds << std::max(0, query.limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "list the cases")));
    const int nameColumn = int(columns.size());
    QList<CaseSummary> out;
    while (q.next()) {
        CaseSummary s;
        static_cast<Case &>(s) = caseFromQuery(q);
        Citizen who;
        who.familyName = q.value(nameColumn).toString();
        who.usedName = q.value(nameColumn + 1).toString();
        who.firstNames = q.value(nameColumn + 2).toString();
        s.personName = who.displayName();
        const QStringList change = q.value(nameColumn + 3).toString().split(QChar(31));
        s.statusSince = change.size() == 2 ? Database::fromTimestamp(change.at(0)) : s.createdAt;
        s.statusReason = change.value(1);
        out << s;
    }
    return out;
}

Result<int> CaseRepository::count(const Filter &filter, int cap) const
{
    auto w = where(filter, Reading::Count);
    if (!w)
        return std::unexpected(w.error());
    QVariantList binds = w->fromBinds + w->binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 %2 LIMIT ?)").arg(w->from, w->clause);
    binds << cap + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "count the cases")));
    return q.value(0).toInt();
}

} // namespace guichet
