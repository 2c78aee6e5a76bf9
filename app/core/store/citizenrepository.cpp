// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizenrepository.h"
#include "domain/entities.h"


#include "database.h"
#include "lifecycle.h"
#include "domain/textfold.h"
#include "domain/validators.h"
#include "reference/communes.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>

namespace guichet {

namespace {

/// A person's synced fields, in the order of the record (and of its columns).
constexpr const char *personFields[] = {"family_name", "used_name", "first_names", "sex", "birth_date",
                                        "birth_place_code", "birth_place_name", "birth_country", "address_line",
                                        "postal_code", "city", "phone", "email", "language"};

const QString columns = QStringLiteral(
    "id, family_name, used_name, first_names, sex, birth_date, birth_place_code, birth_place_name, "
    "birth_country, address_line, postal_code, city, phone, email, language, merged_into, created_at, updated_at");

Citizen fromQuery(const QSqlQuery &q)
{
    Citizen c;
    c.id = uuidFromBytes(q.value(0).toByteArray());
    c.familyName = q.value(1).toString();
    c.usedName = q.value(2).toString();
    c.firstNames = q.value(3).toString();
    c.sex = q.value(4).toString().at(0);
    c.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.birthPlaceCode = q.value(6).toString();
    c.birthPlaceName = q.value(7).toString();
    c.birthCountry = q.value(8).toString();
    c.addressLine = q.value(9).toString();
    c.postalCode = q.value(10).toString();
    c.city = q.value(11).toString();
    c.phone = q.value(12).toString();
    c.email = q.value(13).toString();
    c.language = q.value(14).toString();
    if (!q.value(15).isNull())
        c.mergedInto = uuidFromBytes(q.value(15).toByteArray());
    c.createdAt = Database::fromTimestamp(q.value(16).toString());
    c.updatedAt = Database::fromTimestamp(q.value(17).toString());
    return c;
}

// Letters of any script, spaces, hyphens and apostrophes: what civil status allows in names.
bool isNameText(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}][\\p{L}\\p{M} '’\\-]*$"));
    return re.match(s).hasMatch();
}

QString simplifiedName(const QString &s)
{
    return s.simplified().replace(QChar(0x2019), QLatin1Char('\''));
}

} // namespace

QList<Error> CitizenRepository::validate(Citizen &c, const QDate &today, const CommuneTable *communes)
{
    QList<Error> errors;
    c.familyName = simplifiedName(c.familyName);
    c.usedName = simplifiedName(c.usedName);
    c.firstNames = simplifiedName(c.firstNames);
    if (c.familyName.isEmpty() || !isNameText(c.familyName))
        errors << Error::invalid(QStringLiteral("familyName"),
            QCoreApplication::translate("CitizenRepository", "Family name: expected letters, spaces, hyphens or apostrophes, as on the birth act. Type the birth name."));
    if (!c.usedName.isEmpty() && !isNameText(c.usedName))
        errors << Error::invalid(QStringLiteral("usedName"),
            QCoreApplication::translate("CitizenRepository", "Used name: expected letters, spaces, hyphens or apostrophes. Leave it empty if the person uses their birth name."));
    if (c.firstNames.isEmpty() || !isNameText(c.firstNames))
        errors << Error::invalid(QStringLiteral("firstNames"),
            QCoreApplication::translate("CitizenRepository", "First names: expected at least one first name, in civil-status order, separated by spaces."));
    if (c.sex != QLatin1Char('F') && c.sex != QLatin1Char('M'))
        errors << Error::invalid(QStringLiteral("sex"), QCoreApplication::translate("CitizenRepository", "Sex: choose F or M, as on the birth act."));
    if (!c.birthDate.isValid() || c.birthDate > today || c.birthDate.year() < 1880)
        errors << Error::invalid(QStringLiteral("birthDate"),
            QCoreApplication::translate("CitizenRepository", "Birth date: expected a date between 1880 and today, as DD/MM/YYYY."));

    c.birthPlaceName = c.birthPlaceName.simplified();
    c.birthCountry = c.birthCountry.simplified();
    const bool bornAbroad = !c.birthCountry.isEmpty() && c.birthCountry.compare(QLatin1String("France"), Qt::CaseInsensitive) != 0;
    if (bornAbroad) {
        c.birthPlaceCode.clear();
    } else if (c.birthPlaceCode.trimmed().isEmpty()) {
        errors << Error::invalid(QStringLiteral("birthPlaceCode"),
            QCoreApplication::translate("CitizenRepository", "Birth place: give the INSEE code of the birth commune (5 characters, e.g. 29019 for Brest), "
               "or the country when the person was born abroad."));
    } else if (auto code = communes ? communes->checkCode(c.birthPlaceCode, QStringLiteral("birthPlaceCode"))
                                    : validate::inseeCode(c.birthPlaceCode, QStringLiteral("birthPlaceCode"));
               code) {
        c.birthPlaceCode = *code;
        c.birthCountry.clear();
    } else {
        errors << code.error();
    }

    c.addressLine = c.addressLine.simplified();
    c.city = c.city.simplified();
    if (!c.postalCode.trimmed().isEmpty()) {
        if (auto pc = validate::postalCode(c.postalCode, QStringLiteral("postalCode")); !pc)
            errors << pc.error();
        else if (auto agree = communes ? communes->checkAddress(*pc, c.city, QStringLiteral("postalCode")) : Result<void>(); !agree)
            errors << agree.error();
        else
            c.postalCode = *pc;
    } else {
        c.postalCode.clear();
    }
    if (!c.phone.trimmed().isEmpty()) {
        if (auto p = validate::phone(c.phone, QStringLiteral("phone")); p)
            c.phone = *p;
        else
            errors << p.error();
    } else {
        c.phone.clear();
    }
    if (!c.email.trimmed().isEmpty()) {
        if (auto e = validate::email(c.email, QStringLiteral("email")); e)
            c.email = *e;
        else
            errors << e.error();
    } else {
        c.email.clear();
    }
    // Bounded at the source: HQ refuses a longer one (sync::validate).
    const std::pair<const char *, const QString *> texts[] = {
        {"familyName", &c.familyName}, {"usedName", &c.usedName}, {"firstNames", &c.firstNames},
        {"birthPlaceName", &c.birthPlaceName}, {"birthCountry", &c.birthCountry}, {"addressLine", &c.addressLine},
        {"city", &c.city}, {"email", &c.email}};
    for (const auto &[field, text] : texts)
        if (text->size() > validate::MaxPersonTextChars)
            errors << Error::invalid(QLatin1String(field),
                QCoreApplication::translate("CitizenRepository", "This field holds at most %1 characters: shorten it.").arg(validate::MaxPersonTextChars));
    static const QRegularExpression lang(QStringLiteral("^[a-z]{2,3}$"));
    if (!lang.match(c.language).hasMatch())
        errors << Error::invalid(QStringLiteral("language"),
            QCoreApplication::translate("CitizenRepository", "Preferred language: expected a language code such as fr, en, br or ar."));
    return errors;
}

QJsonObject CitizenRepository::toJson(const Citizen &c)
{
    return {
        {QStringLiteral("family_name"), c.familyName},
        {QStringLiteral("used_name"), c.usedName},
        {QStringLiteral("first_names"), c.firstNames},
        {QStringLiteral("sex"), QString(c.sex)},
        {QStringLiteral("birth_date"), c.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("birth_place_code"), c.birthPlaceCode},
        {QStringLiteral("birth_place_name"), c.birthPlaceName},
        {QStringLiteral("birth_country"), c.birthCountry},
        {QStringLiteral("address_line"), c.addressLine},
        {QStringLiteral("postal_code"), c.postalCode},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("language"), c.language},
    };
}

Result<Citizen> CitizenRepository::create(Citizen c, const QUuid &agentId)
{
    if (const auto errors = validate(c, m_db.clock().today()); !errors.isEmpty())
        return std::unexpected(errors.first());
    c.id = m_db.ids().next();
    c.createdAt = c.updatedAt = m_db.clock().now();

    Database::Transaction tx(m_db);
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO citizens(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns));
    q.addBindValue(uuidBytes(c.id));
    QJsonObject fields = toJson(c);
    // Every workstation stores the same creation time as this one.
    fields.insert(QStringLiteral("created_at"), Database::timestamp(c.createdAt));
    for (const char *key : personFields)
        q.addBindValue(fields.value(QLatin1String(key)).toString());
    q.addBindValue(QVariant(QMetaType(QMetaType::QByteArray)));
    q.addBindValue(Database::timestamp(c.createdAt));
    q.addBindValue(Database::timestamp(c.updatedAt));
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "save the person")); !r)
        return std::unexpected(r.error());
    if (auto r = searchindex::indexCitizen(m_db, q.lastInsertId().toLongLong(), c.familyName, c.usedName, c.firstNames); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.recordChange({entity::Citizen, c.id, operation::Insert, fields, agentId}); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return c;
}

QJsonObject CitizenRepository::changedFields(const Citizen &stored, const Citizen &c)
{
    const QJsonObject before = toJson(stored);
    const QJsonObject after = toJson(c);
    QJsonObject changed;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    return changed;
}

Result<void> CitizenRepository::writeFields(Citizen &c, const Citizen &stored, const QJsonObject &changed,
                                            const QUuid &agentId)
{
    Q_ASSERT(!changed.isEmpty());
    c.createdAt = stored.createdAt;
    c.mergedInto = stored.mergedInto;
    c.updatedAt = m_db.clock().now();
    QStringList sets;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        sets << it.key() + QLatin1String(" = ?");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE citizens SET %1, updated_at = ? WHERE id = ?").arg(sets.join(QLatin1String(", "))));
    for (auto it = changed.begin(); it != changed.end(); ++it)
        q.addBindValue(it.value().toString());
    q.addBindValue(Database::timestamp(c.updatedAt));
    q.addBindValue(uuidBytes(c.id));
    if (auto r = Database::exec(q, QT_TRANSLATE_NOOP("Database", "save the person")); !r)
        return r;
    if (changed.contains(QLatin1String("family_name")) || changed.contains(QLatin1String("used_name"))
        || changed.contains(QLatin1String("first_names"))) {
        QSqlQuery rowid(m_db.connection());
        rowid.prepare(QStringLiteral("SELECT rowid FROM citizens WHERE id = ?"));
        rowid.addBindValue(uuidBytes(c.id));
        if (!rowid.exec() || !rowid.next())
            return std::unexpected(Database::storageError(rowid, QT_TRANSLATE_NOOP("Database", "index a person for search")));
        if (auto r = searchindex::indexCitizen(m_db, rowid.value(0).toLongLong(), c.familyName, c.usedName, c.firstNames); !r)
            return r;
    }
    return m_db.recordChange({entity::Citizen, c.id, operation::Update, changed, agentId});
}

Result<Citizen> CitizenRepository::update(Citizen c, const QUuid &agentId)
{
    if (const auto errors = validate(c, m_db.clock().today()); !errors.isEmpty())
        return std::unexpected(errors.first());
    Database::Transaction tx(m_db);
    auto stored = load(c.id);
    if (!stored)
        return std::unexpected(stored.error());
    const QJsonObject changed = changedFields(*stored, c);
    if (changed.isEmpty())
        return *stored;
    if (auto r = writeFields(c, *stored, changed, agentId); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return c;
}

Result<Citizen> CitizenRepository::correct(Citizen c, const QString &reason, const QUuid &agentId,
                                           const CommuneTable *communes)
{
    if (const auto errors = validate(c, m_db.clock().today(), communes); !errors.isEmpty())
        return std::unexpected(errors.first());
    Database::Transaction tx(m_db);
    auto stored = load(c.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->mergedInto.isNull())
        return std::unexpected(Error::make(Error::Code::Conflict,
            QCoreApplication::translate("CitizenRepository", "This record was merged into another record of the same person: "
                                                             "search the person again and correct the record kept.")));
    const QJsonObject changed = changedFields(*stored, c);
    if (changed.isEmpty())
        return std::unexpected(Error::invalid(QString(),
            QCoreApplication::translate("CitizenRepository", "Nothing was changed: type the corrected values over the "
                                                             "recorded ones, or cancel.")));
    const QString why = reason.simplified();
    if (why.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("reason"),
            QCoreApplication::translate("CitizenRepository", "Reason for the correction: expected a few words saying why, "
                                                             "e.g. \"moved house\" or \"typing error on the birth act\". It is "
                                                             "kept in the person's history.")));
    if (why.size() > validate::MaxPersonTextChars)
        return std::unexpected(Error::invalid(QStringLiteral("reason"),
            QCoreApplication::translate("CitizenRepository", "Reason for the correction: at most %1 characters; shorten it.")
                .arg(validate::MaxPersonTextChars)));
    if (auto r = writeFields(c, *stored, changed, agentId); !r)
        return std::unexpected(r.error());

    // The history line: each field's value before and after, as stored.
    const QJsonObject before = toJson(*stored);
    QJsonObject changes;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), before.value(it.key())}, {QStringLiteral("to"), it.value()}});
    const QUuid id = m_db.ids().next();
    const QString at = Database::timestamp(c.updatedAt);
    const QString office = m_db.meta(QStringLiteral("office_code"), QStringLiteral(""));
    if (auto r = m_db.recordChange({entity::CitizenChange, id, operation::Append,
                                    {{QStringLiteral("citizen_id"), c.id.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("at"), at},
                                     {QStringLiteral("office_code"), office},
                                     {QStringLiteral("reason"), why},
                                     {QStringLiteral("changes"), changes}}, agentId}); !r)
        return std::unexpected(r.error());
    // The stamp the outbox row just got: every office keeps the line as this one does.
    const lifecycle::Stamp stamp{m_db.hlc().last(), uuidBytes(m_db.workstationId()),
                                 agentId.isNull() ? QByteArray() : uuidBytes(agentId), at};
    if (auto r = lifecycle::recordCitizenChange(m_db, uuidBytes(id), uuidBytes(c.id), stamp, office, why, changes); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return c;
}

Result<QList<CitizenChange>> CitizenRepository::history(const QUuid &citizenId, const QUuid &agentId, const QString &purpose)
{
    if (auto person = load(citizenId); !person)
        return std::unexpected(person.error());
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT h.id, h.citizen_id, h.at, h.agent_id, a.display_name, h.office_code, h.reason, h.changes "
        "FROM citizen_changes h LEFT JOIN agents a ON a.id = h.agent_id "
        "WHERE h.citizen_id = ? OR h.citizen_id IN (SELECT id FROM citizens WHERE merged_into = ?) "
        "ORDER BY h.hlc DESC, h.workstation_id DESC, h.id DESC"));
    q.addBindValue(uuidBytes(citizenId));
    q.addBindValue(uuidBytes(citizenId));
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the person's history")));
    QList<CitizenChange> out;
    while (q.next()) {
        CitizenChange h;
        h.id = uuidFromBytes(q.value(0).toByteArray());
        h.citizenId = uuidFromBytes(q.value(1).toByteArray());
        h.at = Database::fromTimestamp(q.value(2).toString());
        if (!q.value(3).isNull())
            h.agentId = uuidFromBytes(q.value(3).toByteArray());
        h.agentName = q.value(4).toString();
        h.officeCode = q.value(5).toString();
        h.reason = q.value(6).toString();
        const QJsonObject changes = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        for (const char *field : personFields) {
            const QString name = QLatin1String(field);
            if (!changes.contains(name))
                continue;
            const QJsonObject v = changes.value(name).toObject();
            h.fields.append({name, v.value(QStringLiteral("from")).toString(), v.value(QStringLiteral("to")).toString()});
        }
        out.append(std::move(h));
    }
    q.finish();
    // No log entry, no read: a history must never be shown without a trace.
    if (auto r = logRead(citizenId, agentId, purpose); !r)
        return std::unexpected(r.error());
    return out;
}

Result<Citizen> CitizenRepository::load(const QUuid &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM citizens WHERE id = ?").arg(columns));
    q.addBindValue(uuidBytes(id));
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "read the person")));
    if (!q.next())
        return std::unexpected(Error::make(Error::Code::NotFound,
            QCoreApplication::translate("CitizenRepository", "This person is not in the office database. Search again by name or birth date.")));
    return fromQuery(q);
}

namespace {

/// Letters and digits only, folded: "Le Gall", "LE-GALL" and "legall" are one name.
QString nameKey(const QString &name)
{
    QString key;
    for (const QChar c : textfold::fold(name))
        if (c.isLetterOrNumber())
            key += c;
    return key;
}

/// Equal, or one letter replaced, added or removed, for names long enough
/// that one letter does not make another common name.
bool closeNames(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    if (std::min(a.size(), b.size()) < 5 || std::abs(a.size() - b.size()) > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    // After the first difference, the rests must match for one substitution, insertion or deletion.
    return QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1)
        || QStringView(a).mid(i) == QStringView(b).mid(i + 1) || QStringView(a).mid(i + 1) == QStringView(b).mid(i);
}

/// "Jeanne Marie" and "Jeanne-Marie" both begin with "jeanne": warn rather than miss.
QString firstFirstName(const QString &firstNames)
{
    QString first;
    for (const QChar c : textfold::fold(firstNames.trimmed())) {
        if (!c.isLetterOrNumber())
            break;
        first += c;
    }
    return first;
}

} // namespace

Result<QList<CitizenRepository::Match>> CitizenRepository::likelyDuplicates(const Citizen &c, int limit) const
{
    QList<Match> found;
    if (!c.birthDate.isValid())
        return found;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM citizens WHERE birth_date = ? AND merged_into IS NULL "
                                                "ORDER BY created_at").arg(columns));
    q.addBindValue(c.birthDate.toString(Qt::ISODate));
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "look for the same person")));
    const QStringList names{nameKey(c.familyName), nameKey(c.usedName)};
    const QString first = firstFirstName(c.firstNames);
    while (q.next() && found.size() < limit) {
        const Citizen other = fromQuery(q);
        if (other.id == c.id || !closeNames(first, firstFirstName(other.firstNames)))
            continue;
        const QStringList otherNames{nameKey(other.familyName), nameKey(other.usedName)};
        if (std::ranges::any_of(names, [&](const QString &n) {
                return std::ranges::any_of(otherNames, [&](const QString &o) { return closeNames(n, o); });
            }))
            found << Match{other.id, other.displayName(), other.birthDate, other.city};
    }
    q.finish();
    return found;
}

Result<void> CitizenRepository::merge(const QUuid &merged, const QUuid &into, const QUuid &agentId)
{
    if (merged == into)
        return std::unexpected(Error::invalid(QStringLiteral("merged"),
            QCoreApplication::translate("CitizenRepository", "Duplicate: choose another record than the one kept.")));
    Database::Transaction tx(m_db);
    auto kept = load(into);
    if (!kept)
        return std::unexpected(kept.error());
    auto duplicate = load(merged);
    if (!duplicate)
        return std::unexpected(duplicate.error());
    if (!kept->mergedInto.isNull() || !duplicate->mergedInto.isNull())
        return std::unexpected(Error::make(Error::Code::Conflict,
            QCoreApplication::translate("CitizenRepository", "One of these records was already merged into another one. "
                                                             "Search the person again and merge the records found.")));
    const QUuid id = m_db.ids().next();
    const QString at = Database::timestamp(m_db.clock().now());
    if (auto r = m_db.recordChange({entity::CitizenMerge, id, operation::Append,
                                    {{QStringLiteral("merged"), merged.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("into"), into.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("at"), at}}, agentId}); !r)
        return r;
    const lifecycle::Stamp stamp{m_db.hlc().last(), uuidBytes(m_db.workstationId()), uuidBytes(agentId), at};
    if (auto r = lifecycle::mergeCitizens(m_db, uuidBytes(id), uuidBytes(merged), uuidBytes(into), stamp); !r)
        return r;
    return tx.commit();
}

Result<Citizen> CitizenRepository::read(const QUuid &id, const QUuid &agentId, const QString &purpose)
{
    auto c = load(id);
    if (!c)
        return c;
    // No log entry, no read: a record must never be shown without a trace.
    if (auto r = logRead(id, agentId, purpose); !r)
        return std::unexpected(r.error());
    return c;
}

Result<void> CitizenRepository::logRead(const QUuid &citizenId, const QUuid &agentId, const QString &purpose)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO access_log(at, agent_id, citizen_id, purpose) VALUES (?, ?, ?, ?)"));
    q.addBindValue(Database::timestamp(m_db.clock().now()));
    q.addBindValue(uuidBytes(agentId));
    q.addBindValue(uuidBytes(citizenId));
    q.addBindValue(purpose);
    return Database::exec(q, QT_TRANSLATE_NOOP("Database", "log the read of the record"));
}

Result<QList<CitizenRepository::Match>> CitizenRepository::search(const QString &typed, int limit) const
{
    static const QRegularExpression frDate(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("^(18|19|20)\\d{2}$"));

    QDate day;
    int birthYear = 0;
    QStringList nameWords;
    for (const QString &word : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (auto m = frDate.match(word); m.hasMatch())
            day = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        else if (auto m2 = isoDate.match(word); m2.hasMatch())
            day = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), m2.captured(3).toInt());
        else if (year.match(word).hasMatch())
            birthYear = word.toInt();
        else
            nameWords << word;
    }
    const QString match = searchindex::matchExpression(textfold::queryTerms(nameWords.join(QLatin1Char(' '))));
    if (match.isEmpty() && !day.isValid() && birthYear == 0)
        return QList<Match>{};

    QString where = QStringLiteral("c.merged_into IS NULL");
    QVariantList binds;
    if (day.isValid()) {
        where += QLatin1String(" AND c.birth_date = ?");
        binds << day.toString(Qt::ISODate);
    } else if (birthYear) {
        where += QLatin1String(" AND c.birth_date BETWEEN ? AND ?");
        binds << QStringLiteral("%1-01-01").arg(birthYear) << QStringLiteral("%1-12-31").arg(birthYear);
    }
    QString sql;
    if (!match.isEmpty() && binds.isEmpty()) {
        // Names alone: the bare FTS5 lookup, limited, then a primary-key join
        // for at most `limit` rows — nothing sorts the whole match set.
        sql = QStringLiteral("SELECT c.id, c.family_name, c.used_name, c.first_names, c.birth_date, c.city "
                             "FROM (SELECT rowid FROM citizens_fts WHERE citizens_fts MATCH ? LIMIT ?) f "
                             "JOIN citizens c ON c.rowid = f.rowid WHERE %1").arg(where);
        binds.prepend(limit);
        binds.prepend(match);
    } else if (!match.isEmpty()) {
        sql = QStringLiteral("SELECT c.id, c.family_name, c.used_name, c.first_names, c.birth_date, c.city "
                             "FROM citizens c WHERE %1 AND c.rowid IN "
                             "(SELECT rowid FROM citizens_fts WHERE citizens_fts MATCH ?) LIMIT ?").arg(where);
        binds << match << limit;
    } else {
        sql = QStringLiteral("SELECT c.id, c.family_name, c.used_name, c.first_names, c.birth_date, c.city "
                             "FROM citizens c WHERE %1 LIMIT ?").arg(where);
        binds << limit;
    }
    // One of three statements, each prepared once: a search runs on every keystroke.
    QSqlQuery &q = m_db.prepared(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return std::unexpected(Database::storageError(q, QT_TRANSLATE_NOOP("Database", "search people")));
    // Sorted on a folded key computed once per row (accents and case ignored, so
    // "Égal" sits among the E): the locale's collator cost more than the query.
    QList<std::pair<QString, Match>> keyed;
    while (q.next()) {
        Citizen c;
        c.familyName = q.value(1).toString();
        c.usedName = q.value(2).toString();
        c.firstNames = q.value(3).toString();
        const QString birth = q.value(4).toString();
        Match m{uuidFromBytes(q.value(0).toByteArray()), c.displayName(), QDate::fromString(birth, Qt::ISODate),
                q.value(5).toString()};
        keyed.append({textfold::fold(m.displayName) + QLatin1Char('\x01') + birth, std::move(m)});
    }
    q.finish();
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Match> out;
    out.reserve(keyed.size());
    for (auto &[key, m] : keyed)
        out.append(std::move(m));
    return out;
}

} // namespace guichet
