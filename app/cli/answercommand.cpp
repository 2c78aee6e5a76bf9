// SPDX-License-Identifier: GPL-3.0-or-later
#include "answercommand.h"

#include "answermodule.h"
#include "console.h"
#include "scenario.h"
#include "domain/frenchdate.h"
#include "reference/communes.h"
#include "store/referencestore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace guichet::cli {

namespace {

/// Where the answers come from: the office database's releases (--db), or
/// the release shipped with this program, and the answer plugins.
class Source
{
    Q_DECLARE_TR_FUNCTIONS(guichetctl)

public:
    Result<void> open(const QString &databasePath, const Clock &clock)
    {
        auto modules = AnswerModules::load();
        if (!modules)
            return std::unexpected(modules.error());
        m_modules = std::move(*modules);
        if (!databasePath.isEmpty()) {
            auto db = Database::open(databasePath, clock, Database::OpenMode::MustExist);
            if (!db)
                return std::unexpected(db.error());
            m_db = std::move(*db);
            m_defaultOffice = m_db->meta(QStringLiteral("office_code"));
        }
        return {};
    }

    /// The database's office, else the first office of the release.
    QString defaultOffice() const
    {
        return m_defaultOffice.isEmpty() && !m_offices.isEmpty() ? m_offices.first().officeCode : m_defaultOffice;
    }
    /// An office of the release in force, as asked there, or null.
    const AnswerContext *office(const QString &code) const
    {
        for (const AnswerContext &c : m_offices)
            if (c.officeCode == code)
                return &c;
        return nullptr;
    }
    QStringList officeCodes() const
    {
        QStringList codes;
        for (const AnswerContext &c : m_offices)
            codes << c.officeCode;
        return codes;
    }
    /// The facts of a procedure the last on() answers (checked by then).
    QList<FactSpec> specs(const QString &procedure)
    {
        auto it = m_specs.find(procedure);
        if (it == m_specs.end())
            it = m_specs.insert(procedure, m_set->facts(procedure).value_or(QList<FactSpec>()));
        return *it;
    }
    /// Whether the last on() read a release (for the figure of loading apart from answering).
    bool loadedJustNow() const { return m_loaded; }

    /// The answers in force on `day`, built once per release.
    Result<const AnswerSet *> on(const QDate &day)
    {
        QString id = m_bundledId;
        if (m_db) {
            auto inForce = ReferenceStore(*m_db).currentId(day);
            if (!inForce)
                return std::unexpected(inForce.error());
            id = *inForce;
        }
        m_loaded = false;
        if (id.isEmpty() || !m_sets.contains(id)) {
            m_loaded = true;
            auto release = m_db ? ReferenceStore(*m_db).release(id) : ReferenceStore::bundled();
            if (!release)
                return std::unexpected(release.error());
            id = release->id();
            if (!m_db)
                m_bundledId = id;
            auto set = m_modules.forRelease(*release);
            if (!set)
                return std::unexpected(set.error());
            auto communes = CommuneTable::fromRelease(*release);
            if (!communes)
                return std::unexpected(communes.error());
            m_communes.insert(id, std::make_shared<CommuneTable>(std::move(*communes)));
            m_sets.insert(id, std::move(*set));
        }
        if (id != m_currentId) {
            m_currentId = id;
            m_set = &m_sets[id];
            m_offices = answers::officeContexts(*m_set->release(), m_communes.value(id).get());
            m_specs.clear();
        }
        return m_set;
    }

private:
    AnswerModules m_modules;
    std::unique_ptr<Database> m_db;
    QString m_defaultOffice;
    QString m_bundledId;   ///< without --db: the one release shipped, read once
    QHash<QString, AnswerSet> m_sets;
    QHash<QString, std::shared_ptr<CommuneTable>> m_communes;
    QString m_currentId;
    const AnswerSet *m_set = nullptr;
    QList<AnswerContext> m_offices;       ///< of the release m_set answers under
    QHash<QString, QList<FactSpec>> m_specs;
    bool m_loaded = false;
};

QString verdictText(Answer::Verdict v)
{
    switch (v) {
    case Answer::Verdict::Possible: return AnswerCommand::tr("possible");
    case Answer::Verdict::Refused: return AnswerCommand::tr("refused");
    case Answer::Verdict::Redirected: return AnswerCommand::tr("to be asked elsewhere");
    case Answer::Verdict::Incomplete: return AnswerCommand::tr("incomplete");
    }
    return {};
}

void printAnswer(const Answer &a, const QString &title, const QList<FactSpec> &specs)
{
    QTextStream &s = out();
    s << title << " — " << verdictText(a.verdict) << '\n'
      << AnswerCommand::tr("Under release %1 (%2), %3, office %4")
             .arg(a.releaseId, a.releaseHash.left(12), frenchdate::longDateTime(a.at), a.office)
      << '\n';
    if (const QString missing = a.missingSentence(specs); !missing.isEmpty() && !a.text.contains(missing))
        s << missing << '\n';
    if (!a.reason.isEmpty() && a.verdict == Answer::Verdict::Refused)
        s << AnswerCommand::tr("Reason: %1").arg(a.reason) << '\n';
    if (!a.where.isEmpty())
        s << AnswerCommand::tr("Where to ask: %1").arg(a.where) << '\n';
    if (!a.text.isEmpty())
        s << '\n' << a.text << "\n";
    if (!a.checklist.isEmpty()) {
        s << '\n' << AnswerCommand::tr("Documents:") << '\n';
        for (const ChecklistItem &item : a.checklist)
            s << "  - " << item.label << (item.required ? QString() : AnswerCommand::tr(" (if any)")) << '\n';
    }
    if (a.feeKnown)
        s << AnswerCommand::tr("Fee: %1").arg(a.feeCents == 0 ? AnswerCommand::tr("free")
                                                               : QLocale(QLocale::French).toCurrencyString(a.feeCents / 100.0, QStringLiteral("€")))
          << '\n';
    if (a.validityYears > 0)
        s << AnswerCommand::tr("Validity: %n year(s)", nullptr, a.validityYears) << '\n';
    for (const AnswerDate &d : a.dates)
        s << d.label << AnswerCommand::tr(": ")
          << (d.instant.isValid() ? frenchdate::longDateTime(d.instant) : frenchdate::longDate(d.date)) << '\n';
}

} // namespace

QString AnswerCommand::summary() const
{
    return tr("Answer a procedure's question from facts, as the desk would.");
}

QString AnswerCommand::syntax() const
{
    return tr("PROCEDURE [--date DATE] [--office CODE] [KEY=VALUE ...] [--json] | --scenarios FILE [--json]");
}

QString AnswerCommand::description() const
{
    return tr("Prints the answer the desk gives for a procedure: verdict, the sentences to read out, the documents, "
              "the fee, the validity, the dates and the reference release. Facts are KEY=VALUE, named like the form's "
              "fields; \"guichetctl answer PROCEDURE --help\" lists them. With --db, answers as that office under the "
              "release it has in force on the date; without, under the release shipped with this program. "
              "An unknown procedure, fact or value exits 2. With --scenarios, answers every scenario of a JSON file "
              "and exits 1 if an answer contradicts what a scenario expects (docs/answers.md).");
}

void AnswerCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("procedure"), tr("The procedure, e.g. cni.demande."));
    parser.addPositionalArgument(QStringLiteral("facts"), tr("The facts, KEY=VALUE, e.g. birth_date=2009-04-10."),
                                 tr("[KEY=VALUE ...]"));
    m_date.setDescription(tr("The day of the question, YYYY-MM-DD (at noon) or YYYY-MM-DDTHH:MM (default: now)."));
    m_office.setDescription(tr("The office asked, e.g. BEL (default: the database's office, or the first office)."));
    m_scenarios.setDescription(tr("Answer every scenario of this JSON file, in order."));
    m_json.setDescription(tr("Print JSON, for scripts (schema in docs/answers.md)."));
    parser.addOption(m_date);
    parser.addOption(m_office);
    parser.addOption(m_scenarios);
    parser.addOption(m_json);
}

QString AnswerCommand::moreHelp(const QStringList &positional) const
{
    auto modules = AnswerModules::load();
    if (!modules)
        return u'\n' + modules.error().message + u'\n';
    const auto release = ReferenceStore::bundled();
    const auto set = release ? modules->forRelease(*release) : Result<AnswerSet>(std::unexpected(release.error()));
    if (!set)
        return u'\n' + set.error().message + u'\n';
    QString text;
    QTextStream s(&text);
    if (positional.isEmpty()) {
        s << '\n' << tr("Procedures:") << '\n';
        for (const QString &p : set->procedures())
            s << "  " << p << '\n';
        return text;
    }
    const auto specs = set->facts(positional.first());
    if (!specs)
        return u'\n' + specs.error().message + u'\n';
    s << '\n' << tr("Facts of %1:").arg(positional.first()) << '\n';
    for (const FactSpec &f : *specs) {
        QString values;
        switch (f.kind) {
        case FactSpec::Kind::Date: values = tr("YYYY-MM-DD"); break;
        case FactSpec::Kind::DateTime: values = tr("YYYY-MM-DDTHH:MM"); break;
        case FactSpec::Kind::Boolean: values = QStringLiteral("oui|non"); break;
        case FactSpec::Kind::Integer: values = tr("whole number"); break;
        case FactSpec::Kind::Commune: values = tr("INSEE code"); break;
        case FactSpec::Kind::Text: values = tr("text"); break;
        case FactSpec::Kind::Choice: values = answers::allowedValues(f).replace(QStringLiteral(", "), QStringLiteral("|")); break;
        }
        s << "  " << f.key << '=' << values << '\n' << "      " << f.meaning;
        if (!f.defaultValue.isEmpty())
            s << ' ' << tr("(default: %1)").arg(f.defaultValue);
        s << '\n';
        if (f.kind == FactSpec::Kind::Choice)
            for (const Choice &c : f.choices)
                s << "        " << c.id.leftJustified(22) << ' ' << c.label << '\n';
    }
    return text;
}

int AnswerCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(m_json);
    const SystemClock clock;

    QList<Scenario> questions;
    if (parser.isSet(m_scenarios)) {
        if (!args.isEmpty() || parser.isSet(m_date) || parser.isSet(m_office))
            return usageError(tr("--scenarios takes no procedure, facts, --date nor --office: the file gives them."));
        auto read = scenarios::read(parser.value(m_scenarios));
        if (!read)
            return read.error().code == Error::Code::Invalid ? usageError(read.error().message) : fail(read.error());
        questions = std::move(*read);
    } else {
        if (args.isEmpty())
            return usageError(tr("expected a procedure, e.g. guichetctl answer cni.demande birth_date=2009-04-10; "
                                 "\"guichetctl answer --help\" lists the procedures."));
        Scenario q;
        q.procedure = args.first();
        q.at = parser.isSet(m_date) ? scenarios::parseMoment(parser.value(m_date)) : clock.now().toLocalTime();
        if (!q.at.isValid())
            return usageError(tr("--date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, not \"%1\".").arg(parser.value(m_date)));
        q.office = parser.value(m_office);
        for (const QString &arg : args.mid(1)) {
            const qsizetype eq = arg.indexOf(u'=');
            if (eq <= 0)
                return usageError(tr("\"%1\": expected a fact as KEY=VALUE, e.g. birth_date=2009-04-10.").arg(arg));
            if (q.facts.contains(arg.left(eq)))
                return usageError(tr("the fact \"%1\" is given twice.").arg(arg.left(eq)));
            q.facts.insert(arg.left(eq), arg.mid(eq + 1));
        }
        questions << q;
    }

    Source source;
    if (auto opened = source.open(global(QStringLiteral("db")), clock); !opened)
        return fail(opened.error());

    // Every question is answered before anything is printed: a bad scenario
    // stops the whole file with its number, never half an output.
    QElapsedTimer timer;
    timer.start();
    qint64 loading = 0;
    QList<Answer> answers;
    QList<QList<FactSpec>> specs;   // implicitly shared: a copy per answer costs nothing
    answers.reserve(questions.size());
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const Scenario &q = questions.at(i);
        const QString where = parser.isSet(m_scenarios) ? tr("Scenario %1: ").arg(i + 1) : QString();
        const qint64 before = timer.nsecsElapsed();
        const auto set = source.on(q.at.date());
        if (!set)
            return fail(set.error());
        loading += source.loadedJustNow() ? timer.nsecsElapsed() - before : 0;
        const QString office = q.office.isEmpty() ? source.defaultOffice() : q.office;
        const AnswerContext *asked = source.office(office);
        if (!asked)
            return usageError(where + tr("the office \"%1\" is not known. The offices are: %2.")
                                          .arg(office, source.officeCodes().join(QStringLiteral(", "))));
        AnswerContext context = *asked;
        context.now = q.at;
        auto answer = (*set)->answer(q.procedure, q.facts, context);
        if (!answer)
            return usageError(where + answer.error().message);
        specs << source.specs(q.procedure);
        answers << std::move(*answer);
    }
    const qint64 answering = timer.nsecsElapsed() - loading;

    int code = Success;
    if (json && parser.isSet(m_scenarios))
        out() << "[\n";
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const Scenario &q = questions.at(i);
        QJsonObject object;
        if (json || !q.expect.isEmpty())
            object = answers.at(i).toJson(specs.at(i));
        if (const QStringList wrong = q.contradictions(object); !wrong.isEmpty()) {
            err() << tr("Scenario %1 (%2): %3.").arg(i + 1).arg(q.name, wrong.join(QStringLiteral("; "))) << '\n';
            code = Failed;
        }
        if (json) {
            // One object per answer, written as it comes: a list of 10,000 answers is never held whole.
            QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
            if (parser.isSet(m_scenarios)) {
                bytes.chop(1);
                bytes.append(i + 1 < answers.size() ? ",\n" : "\n");
            }
            out() << bytes;
            continue;
        }
        if (i > 0)
            out() << '\n';
        if (parser.isSet(m_scenarios))
            out() << tr("Scenario %1: %2").arg(i + 1).arg(q.name) << '\n';
        printAnswer(answers.at(i), answers.at(i).procedure, specs.at(i));
    }
    if (json && parser.isSet(m_scenarios))
        out() << "]\n";
    if (parser.isSet(m_scenarios))
        err() << tr("%n scenario(s) answered in %1 ms (%2 answers/s), after %3 ms reading the release and the answer plugins.",
                    nullptr, int(answers.size()))
                     .arg(answering / 1e6, 0, 'f', 1)
                     .arg(answering > 0 ? answers.size() * 1e9 / answering : 0.0, 0, 'f', 0)
                     .arg(loading / 1e6, 0, 'f', 1)
              << '\n';
    return code;
}

} // namespace guichet::cli
