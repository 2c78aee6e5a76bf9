// SPDX-License-Identifier: GPL-3.0-or-later
#include "answer.h"

#include "answermodule.h"
#include "reference/communes.h"
#include "reference/referencerelease.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QPluginLoader>

namespace guichet {

namespace {

const QStringList &yesWords()
{
    static const QStringList words{QStringLiteral("oui"), QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("1")};
    return words;
}

const QStringList &noWords()
{
    static const QStringList words{QStringLiteral("non"), QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("0")};
    return words;
}

QDateTime parseDateTime(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    return at;
}

QJsonValue jsonDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

// ---- FactValues ----

const FactSpec *FactValues::spec(const QString &key) const
{
    for (const FactSpec &s : m_specs)
        if (s.key == key)
            return &s;
    return nullptr;
}

bool FactValues::has(const QString &key) const
{
    return !m_facts.value(key).isEmpty();
}

QString FactValues::text(const QString &key) const
{
    return m_facts.value(key);
}

QDate FactValues::date(const QString &key) const
{
    return QDate::fromString(text(key), Qt::ISODate);
}

QDateTime FactValues::dateTime(const QString &key) const
{
    return has(key) ? parseDateTime(text(key)) : QDateTime();
}

bool FactValues::boolean(const QString &key) const
{
    return yesWords().contains(text(key).toLower());
}

int FactValues::integer(const QString &key, int otherwise) const
{
    bool ok = false;
    const int v = text(key).toInt(&ok);
    return ok ? v : otherwise;
}

// ---- Answer ----

void Answer::need(const QString &key)
{
    if (!missing.contains(key))
        missing << key;
    if (verdict == Verdict::Possible)
        verdict = Verdict::Incomplete;
}

void Answer::refuse(const QString &ruleId, const QString &sentence)
{
    verdict = Verdict::Refused;
    rule = ruleId;
    reason = sentence;
}

void Answer::redirect(const QString &ruleId, const QString &place)
{
    if (verdict == Verdict::Refused)
        return;
    verdict = Verdict::Redirected;
    rule = ruleId;
    reason = place;
    where = place;
}

QDate Answer::date(const QString &id) const
{
    for (const AnswerDate &d : dates)
        if (d.id == id)
            return d.date;
    return {};
}

QString Answer::missingSentence(const QList<FactSpec> &specs) const
{
    QStringList labels;
    for (const QString &key : missing) {
        QString label = key;
        for (const FactSpec &s : specs)
            if (s.key == key)
                label = s.label;
        labels << label;
    }
    if (labels.isEmpty())
        return {};
    const QString last = labels.takeLast();
    return labels.isEmpty() ? tr("Missing: %1.").arg(last)
                            : tr("Missing: %1 and %2.").arg(labels.join(QStringLiteral(", ")), last);
}

QString Answer::verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Possible: return QStringLiteral("possible");
    case Verdict::Refused: return QStringLiteral("refused");
    case Verdict::Redirected: return QStringLiteral("redirected");
    case Verdict::Incomplete: return QStringLiteral("incomplete");
    }
    return {};
}

QJsonObject Answer::toJson(const QList<FactSpec> &specs) const
{
    QJsonObject factsJson;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        factsJson.insert(it.key(), it.value());
    QJsonArray missingJson;
    for (const QString &key : missing) {
        QString label = key;
        for (const FactSpec &s : specs)
            if (s.key == key)
                label = s.label;
        missingJson.append(QJsonObject{{QStringLiteral("fact"), key}, {QStringLiteral("label"), label}});
    }
    QJsonArray checklistJson;
    for (const ChecklistItem &item : checklist)
        checklistJson.append(QJsonObject{{QStringLiteral("id"), item.id},
                                         {QStringLiteral("label"), item.label},
                                         {QStringLiteral("required"), item.required}});
    QJsonArray datesJson;
    for (const AnswerDate &d : dates)
        datesJson.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("label"), d.label},
                                     {QStringLiteral("date"), jsonDate(d.date)},
                                     {QStringLiteral("instant"), d.instant.isValid()
                                          ? QJsonValue(d.instant.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}});
    auto textOrNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("guichet-answer/1")},
        {QStringLiteral("procedure"), procedure},
        {QStringLiteral("at"), at.toString(Qt::ISODate)},
        {QStringLiteral("office"), office},
        {QStringLiteral("release"), QJsonObject{{QStringLiteral("id"), releaseId}, {QStringLiteral("hash"), releaseHash}}},
        {QStringLiteral("facts"), factsJson},
        {QStringLiteral("verdict"), verdictId(verdict)},
        {QStringLiteral("rule"), textOrNull(rule)},
        {QStringLiteral("reason"), textOrNull(reason)},
        {QStringLiteral("text"), text},
        {QStringLiteral("missing"), missingJson},
        {QStringLiteral("checklist"), checklistJson},
        {QStringLiteral("fee"), feeKnown ? QJsonValue(QJsonObject{{QStringLiteral("cents"), feeCents}}) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("validityYears"), validityYears > 0 ? QJsonValue(validityYears) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("dates"), datesJson},
        {QStringLiteral("where"), textOrNull(where)},
    };
}

// ---- Checking facts ----

namespace answers {

QString sentences(const QStringList &parts)
{
    QStringList present;
    for (const QString &s : parts)
        if (!s.isEmpty())
            present << s;
    return present.join(u' ');
}

QString allowedValues(const FactSpec &spec)
{
    QStringList ids;
    for (const Choice &c : spec.choices)
        ids << c.id;
    return ids.join(QStringLiteral(", "));
}

QString dateFact(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dateTimeFact(const QDateTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString();
}

QString booleanFact(bool value)
{
    return value ? QStringLiteral("oui") : QStringLiteral("non");
}

Result<FactValues> check(const QString &procedure, const Facts &facts, const QList<FactSpec> &specs,
                         const CommuneTable *communes)
{
    Facts checked;
    for (const FactSpec &s : specs)
        if (!s.defaultValue.isEmpty())
            checked.insert(s.key, s.defaultValue);
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        const QString key = it.key();
        const QString value = it.value().trimmed();
        const FactSpec *spec = nullptr;
        for (const FactSpec &s : specs)
            if (s.key == key)
                spec = &s;
        if (!spec) {
            QStringList keys;
            for (const FactSpec &s : specs)
                keys << s.key;
            return std::unexpected(Error::invalid(key,
                Answer::tr("Unknown fact \"%1\" for %2. The facts of this procedure are: %3.")
                    .arg(key, procedure, keys.join(QStringLiteral(", ")))));
        }
        if (value.isEmpty()) {
            checked.remove(key);
            continue;
        }
        QString normal = value;
        switch (spec->kind) {
        case FactSpec::Kind::Date:
            if (value.size() != 10 || !QDate::fromString(value, Qt::ISODate).isValid())
                return std::unexpected(Error::invalid(key,
                    Answer::tr("%1: \"%2\" is not a date. Expected YYYY-MM-DD, e.g. 2009-04-10.").arg(key, value)));
            break;
        case FactSpec::Kind::DateTime: {
            const QDateTime at = parseDateTime(value);
            if (!at.isValid())
                return std::unexpected(Error::invalid(key,
                    Answer::tr("%1: \"%2\" is not a date and time. Expected YYYY-MM-DDTHH:MM, e.g. 2026-03-02T14:30.")
                        .arg(key, value)));
            normal = answers::dateTimeFact(at);
            break;
        }
        case FactSpec::Kind::Choice:
            if (!section::containsId(spec->choices, value))
                return std::unexpected(Error::invalid(key,
                    Answer::tr("%1: \"%2\" is not allowed. Allowed values: %3.").arg(key, value, allowedValues(*spec))));
            break;
        case FactSpec::Kind::Boolean:
            if (yesWords().contains(value.toLower()))
                normal = booleanFact(true);
            else if (noWords().contains(value.toLower()))
                normal = booleanFact(false);
            else
                return std::unexpected(Error::invalid(key,
                    Answer::tr("%1: \"%2\" is not allowed. Allowed values: oui, non.").arg(key, value)));
            break;
        case FactSpec::Kind::Integer: {
            bool ok = false;
            value.toInt(&ok);
            if (!ok)
                return std::unexpected(Error::invalid(key,
                    Answer::tr("%1: \"%2\" is not a whole number.").arg(key, value)));
            break;
        }
        case FactSpec::Kind::Text:   // free text (a street, a house number): the engine reads it
            break;
        case FactSpec::Kind::Commune:
            normal = value.toUpper();
            if (communes && !communes->isEmpty()) {
                if (const auto code = communes->checkCode(normal, key); !code)
                    return std::unexpected(code.error());
            }
            break;
        }
        checked.insert(key, normal);
    }
    return FactValues(checked, specs);
}

QList<AnswerContext> officeContexts(const ReferenceRelease &release, const CommuneTable *communes)
{
    const QJsonObject section = release.section(QStringLiteral("offices"));
    const QJsonObject commune = section.value(QStringLiteral("commune")).toObject();
    QList<AnswerContext> contexts;
    for (const QJsonValue &v : section.value(QStringLiteral("offices")).toArray())
        contexts.append({QDateTime(), v.toObject().value(QStringLiteral("code")).toString(),
                         commune.value(QStringLiteral("code")).toString(),
                         commune.value(QStringLiteral("name")).toString(), communes});
    return contexts;
}

AnswerContext contextOf(const ModuleContext &context)
{
    return {context.clock().now().toLocalTime(), context.officeCode(), context.communeCode(), context.communeName(),
            &context.communes()};
}

Result<Answer> ask(const AnswerEngine &engine, const ReferenceRelease &release, const QString &procedure,
                   const Facts &facts, const AnswerContext &context)
{
    return ask(engine, engine.facts(procedure), release, procedure, facts, context);
}

Answer forForm(const AnswerEngine &engine, const ModuleContext &context, const QString &procedure, const Facts &facts)
{
    auto a = ask(engine, context.reference(), procedure, facts, contextOf(context));
    if (a)
        return *a;
    Answer refused;
    refused.refuse(QStringLiteral("form-facts"), a.error().message);
    refused.text = a.error().message;
    return refused;
}

Result<Answer> ask(const AnswerEngine &engine, const QList<FactSpec> &specs, const ReferenceRelease &release,
                   const QString &procedure, const Facts &facts, const AnswerContext &context)
{
    const auto values = check(procedure, facts, specs, context.communes);
    if (!values)
        return std::unexpected(values.error());
    Answer a = engine.answer(procedure, *values, context);
    a.procedure = procedure;
    a.at = context.now;
    a.office = context.officeCode;
    a.releaseId = release.id();
    a.releaseHash = release.hash();
    a.facts = values->all();
    return a;
}

} // namespace answers

// ---- AnswerSet ----

QStringList AnswerSet::procedures() const
{
    QStringList ids = m_engines.keys();
    ids.sort();
    return ids;
}

Result<QList<FactSpec>> AnswerSet::facts(const QString &procedure) const
{
    const auto specs = m_specs.constFind(procedure);
    if (specs == m_specs.cend())
        return std::unexpected(Error::invalid(QStringLiteral("procedure"),
            tr("Unknown procedure \"%1\". The procedures are: %2.").arg(procedure, procedures().join(QStringLiteral(", ")))));
    return *specs;
}

Result<Answer> AnswerSet::answer(const QString &procedure, const Facts &facts, const AnswerContext &context) const
{
    const auto specs = this->facts(procedure);
    if (!specs)
        return std::unexpected(specs.error());
    return answers::ask(*m_engines.value(procedure), *specs, *m_release, procedure, facts, context);
}

// ---- AnswerModules ----

QString AnswerModules::defaultDirectory()
{
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../" GUICHET_ANSWERDIR));
}

Result<AnswerModules> AnswerModules::load(const QString &directory)
{
    AnswerModules loaded;
    const QDir dir(directory);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        if (!QLibrary::isLibrary(file))
            continue;
        QPluginLoader loader(dir.absoluteFilePath(file));
        const QJsonObject outer = loader.metaData();
        if (outer.value(QStringLiteral("IID")).toString() != QLatin1String(GuichetAnswerModule_iid))
            continue;
        const QJsonObject meta = outer.value(QStringLiteral("MetaData")).toObject();
        if (meta.value(QStringLiteral("sdkVersion")).toInt() != SdkVersion)
            return std::unexpected(Error::make(Error::Code::Incompatible,
                tr("The answer plugin %1 was built for another version of Guichet. Reinstall Guichet.").arg(file)));
        auto *module = qobject_cast<AnswerModule *>(loader.instance());
        if (!module)
            return std::unexpected(Error::make(Error::Code::Incompatible,
                tr("The answer plugin %1 cannot be loaded: %2. Reinstall Guichet.").arg(file, loader.errorString())));
        loaded.m_ids << meta.value(QStringLiteral("id")).toString();
        loaded.m_modules << module;
    }
    if (loaded.m_modules.isEmpty())
        return std::unexpected(Error::make(Error::Code::NotFound,
            tr("No answer plugin in %1. Reinstall Guichet, or build it (cmake --build build).").arg(QDir::toNativeSeparators(directory))));
    return loaded;
}

Result<AnswerSet> AnswerModules::forRelease(const ReferenceRelease &release) const
{
    AnswerSet set;
    set.m_release = std::make_shared<const ReferenceRelease>(release);
    for (qsizetype i = 0; i < m_modules.size(); ++i) {
        auto engine = m_modules[i]->engine(*set.m_release);
        if (!engine)
            return std::unexpected(engine.error());
        for (const QString &procedure : (*engine)->procedures()) {
            set.m_engines.insert(procedure, *engine);
            set.m_specs.insert(procedure, (*engine)->facts(procedure));
        }
    }
    return set;
}

} // namespace guichet
