// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet {

namespace {

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/// The values of one field of each object of an array: the ids of a checklist, the keys of the missing facts.
QJsonArray column(const QJsonArray &objects, const QString &field)
{
    QJsonArray values;
    for (const QJsonValue &o : objects)
        values.append(o.toObject().value(field));
    return values;
}

} // namespace

QStringList Scenario::contradictions(const QJsonObject &answer) const
{
    QStringList out;
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("textContains")) {
            if (!answer.value(QStringLiteral("text")).toString().contains(it.value().toString()))
                out << tr("the text does not contain \"%1\"").arg(it.value().toString());
            continue;
        }
        QJsonValue got;
        if (key == QLatin1String("feeCents"))
            got = answer.value(QStringLiteral("fee")).isObject()
                ? answer.value(QStringLiteral("fee")).toObject().value(QStringLiteral("cents")) : QJsonValue(QJsonValue::Null);
        else if (key == QLatin1String("missing"))
            got = column(answer.value(QStringLiteral("missing")).toArray(), QStringLiteral("fact"));
        else if (key == QLatin1String("checklist"))
            got = column(answer.value(QStringLiteral("checklist")).toArray(), QStringLiteral("id"));
        else
            got = answer.value(key);
        if (got != it.value())
            out << tr("%1: expected %2, got %3").arg(key, compact(it.value()), compact(got));
    }
    return out;
}

namespace scenarios {

QDateTime parseMoment(const QString &text)
{
    const QDate day = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (day.isValid())
        return QDateTime(day, QTime(12, 0));
    const QDateTime at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    return at.isValid() ? at : QDateTime::fromString(text, Qt::ISODate);
}

Result<QList<Scenario>> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(Error::Code::NotFound,
            Scenario::tr("Scenario file %1 cannot be read: %2.").arg(path, file.errorString())));
    if (file.size() > MaxFileBytes)
        return std::unexpected(Error::invalid(QStringLiteral("scenarios"),
            Scenario::tr("Scenario file %1 is larger than %2 MB: split it.").arg(path).arg(MaxFileBytes / 1024 / 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(Error::invalid(QStringLiteral("scenarios"),
            Scenario::tr("Scenario file %1 is not JSON: %2 at byte %3.").arg(path, parseError.errorString()).arg(parseError.offset)));
    if (!doc.isArray())
        return std::unexpected(Error::invalid(QStringLiteral("scenarios"),
            Scenario::tr("Scenario file %1: expected a JSON array of scenarios.").arg(path)));
    QList<Scenario> list;
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = Scenario::tr("Scenario %1").arg(i + 1);
        if (!items.at(i).isObject())
            return std::unexpected(Error::invalid(QStringLiteral("scenario"),
                Scenario::tr("%1: expected an object with \"procedure\", \"date\", \"office\" and \"facts\".").arg(where)));
        const QJsonObject o = items.at(i).toObject();
        Scenario s;
        s.name = o.value(QStringLiteral("name")).toString();
        s.procedure = o.value(QStringLiteral("procedure")).toString();
        s.office = o.value(QStringLiteral("office")).toString();
        s.expect = o.value(QStringLiteral("expect")).toObject();
        if (s.procedure.isEmpty())
            return std::unexpected(Error::invalid(QStringLiteral("procedure"),
                Scenario::tr("%1: \"procedure\" is missing, e.g. \"cni.demande\".").arg(where)));
        s.at = parseMoment(o.value(QStringLiteral("date")).toString());
        if (!s.at.isValid())
            return std::unexpected(Error::invalid(QStringLiteral("date"),
                Scenario::tr("%1: \"date\" must be YYYY-MM-DD or YYYY-MM-DDTHH:MM.").arg(where)));
        if (!o.value(QStringLiteral("facts")).isObject() && o.contains(QStringLiteral("facts")))
            return std::unexpected(Error::invalid(QStringLiteral("facts"),
                Scenario::tr("%1: \"facts\" must be an object of KEY: \"VALUE\".").arg(where)));
        const QJsonObject facts = o.value(QStringLiteral("facts")).toObject();
        for (auto it = facts.begin(); it != facts.end(); ++it) {
            if (!it.value().isString())
                return std::unexpected(Error::invalid(it.key(),
                    Scenario::tr("%1: the fact \"%2\" must be a string, as typed: \"2009-04-10\", \"oui\".").arg(where, it.key())));
            s.facts.insert(it.key(), it.value().toString());
        }
        list << s;
    }
    return list;
}

} // namespace scenarios

} // namespace guichet
