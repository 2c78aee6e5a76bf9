// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the README: demo generation, search per keystroke (against the
// bare FTS5 query), the commune table and its completion per keystroke, first
// page of the filtered case list and each filter change as the desk makes it,
// switching the desk's pages, desk cold start and its resident memory.
#include "domain/clock.h"
#include "domain/textfold.h"
#include "reference/communes.h"
#include "store/agentrepository.h"
#include "store/caserepository.h"
#include "store/citizenrepository.h"
#include "store/database.h"
#include "demogenerator.h"
#include "store/referencestore.h"
#include "store/searchindex.h"
#include "desksession.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>

using namespace guichet;

namespace {

struct Figures { double p50, p95, max; };

Figures percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms.at(qMin(qsizetype(q * ms.size()), ms.size() - 1)); };
    return {at(0.50), at(0.95), ms.last()};
}

void print(const char *what, const Figures &f)
{
    std::printf("%-48s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, f.p50, f.p95, f.max);
}

double elapsedMs(QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

} // namespace

int main(int argc, char *argv[])
{
    // The desk's pages are switched in a window nobody sees.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption citizensOpt(QStringLiteral("citizens"), QStringLiteral("People in the demo data."), QStringLiteral("n"), QStringLiteral("150000"));
    QCommandLineOption casesOpt(QStringLiteral("cases"), QStringLiteral("Cases in the demo data."), QStringLiteral("n"), QStringLiteral("1000000"));
    QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Database (made when missing)."), QStringLiteral("path"), QStringLiteral("/tmp/guichet-bench.db"));
    QCommandLineOption deskOpt(QStringLiteral("desk"), QStringLiteral("Desk binary for the cold start."), QStringLiteral("path"),
                               QCoreApplication::applicationDirPath() + QStringLiteral("/guichet"));
    QCommandLineOption capOpt(QStringLiteral("count-cap"), QStringLiteral("How far the case list counts (CaseListModel::countCap)."),
                              QStringLiteral("n"), QStringLiteral("1000"));
    const QStringList sections{QStringLiteral("search"), QStringLiteral("communes"), QStringLiteral("person"),
                               QStringLiteral("list"), QStringLiteral("filters"), QStringLiteral("pages"),
                               QStringLiteral("start")};
    QCommandLineOption onlyOpt(QStringLiteral("only"),
                               QStringLiteral("Runs only these sections, separated by commas: %1 (all by default).")
                                   .arg(sections.join(QStringLiteral(", "))),
                               QStringLiteral("sections"));
    QCommandLineOption windowsOpt(QStringLiteral("first-visits"),
                                  QStringLiteral("Main windows made one after the other for the pages' first visits."),
                                  QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({citizensOpt, casesOpt, dbOpt, deskOpt, capOpt, onlyOpt, windowsOpt});
    parser.process(app);
    const QString path = parser.value(dbOpt);
    const QStringList only = parser.value(onlyOpt).split(u',', Qt::SkipEmptyParts);
    for (const QString &section : only)
        if (!sections.contains(section.trimmed())) {
            std::fprintf(stderr, "--only: \"%s\" is not a section; give some of %s, separated by commas.\n",
                         qPrintable(section), qPrintable(sections.join(QStringLiteral(", "))));
            return 2;
        }
    const auto runs = [&](const char *section) {
        return only.isEmpty() || only.contains(QLatin1String(section));
    };
    const int windows = parser.value(windowsOpt).toInt();
    if (windows < 1) {
        std::fprintf(stderr, "--first-visits: give a number of windows of 1 or more.\n");
        return 2;
    }

    std::printf("Guichet benchmarks — %d people, %d cases, database %s\n", parser.value(citizensOpt).toInt(),
                parser.value(casesOpt).toInt(), qPrintable(path));

    if (!QFile::exists(path)) {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        auto db = Database::open(path, clock);
        if (!db) { std::fprintf(stderr, "%s\n", qPrintable(db.error().message)); return 3; }
        const auto release = ReferenceStore::bundled().value();
        (*db)->setMeta(QStringLiteral("office_code"), QStringLiteral("BEL")).value();
        ReferenceStore(**db).install(release).value();
        DemoGenerator generator(**db, clock, release);
        DemoGenerator::Options options;
        options.citizens = parser.value(citizensOpt).toInt();
        options.cases = parser.value(casesOpt).toInt();
        options.seed = 2026;
        options.homeOffice = QStringLiteral("BEL");
        QElapsedTimer t;
        t.start();
        auto summary = generator.run(options);
        if (!summary) { std::fprintf(stderr, "%s\n", qPrintable(summary.error().message)); return 3; }
        std::printf("%-48s %.1f s\n", "demo generation", t.elapsed() / 1000.0);
        AgentRepository(**db).add(QStringLiteral("bench"), QStringLiteral("Banc d'essai"), Role::Agent,
                                  QStringLiteral("BEL"), QStringLiteral("guichet-bench")).value();
    }

    SystemClock clock;
    auto db = Database::open(path, clock, Database::OpenMode::MustExist);
    if (!db) { std::fprintf(stderr, "%s\n", qPrintable(db.error().message)); return 3; }
    CitizenRepository people(**db);
    CaseRepository cases(**db);

    // Search per keystroke: 200 names typed letter by letter from the second letter.
    QRandomGenerator rng(7);
    QStringList names;
    if (runs("search") || runs("filters")) {
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT family_name FROM citizens"));
        QStringList all;
        while (q.next())
            all << q.value(0).toString();
        for (int i = 0; i < 200 && !all.isEmpty(); ++i)
            names << all.at(rng.bounded(int(all.size())));
    }
    if (runs("search")) {
    QList<double> ours, bare;
    QSqlQuery fts((*db)->connection());
    fts.prepare(QStringLiteral("SELECT rowid FROM citizens_fts WHERE citizens_fts MATCH ? LIMIT 30"));
    for (const QString &name : std::as_const(names)) {
        const QString folded = textfold::fold(name);
        for (int k = 2; k <= qMin<int>(folded.size(), 8); ++k) {
            const QString typed = name.left(k);
            QElapsedTimer t;
            t.start();
            auto found = people.search(typed, 30);
            ours << elapsedMs(t);
            Q_UNUSED(found);
            t.restart();
            fts.addBindValue(searchindex::matchExpression(textfold::queryTerms(typed)));
            fts.exec();
            while (fts.next()) {}
            bare << elapsedMs(t);
        }
    }
    print("search per keystroke (CitizenRepository)", percentiles(ours));
    print("bare FTS5 query, same prefixes", percentiles(bare));
    }

    // The commune table: read from the shipped release as the desk reads it at
    // start, then birth communes completed per keystroke (200 names typed from
    // the first letter), as the person dialog asks for them.
    if (const auto release = ReferenceStore::bundled(); release && runs("communes")) {
        QElapsedTimer t;
        t.start();
        const auto communes = CommuneTable::fromRelease(*release);
        const double readMs = elapsedMs(t);
        if (communes && !communes->isEmpty()) {
            std::printf("%-48s %.1f ms (%lld communes)\n", "commune table read from the release", readMs,
                        static_cast<long long>(communes->size()));
            QList<double> completion;
            for (int i = 0; i < 200; ++i) {
                // A commune drawn from a department drawn at random (01 to 95).
                const auto inDepartment =
                    communes->complete(QStringLiteral("%1").arg(1 + rng.bounded(95), 2, 10, QChar(u'0')), 5000);
                if (inDepartment.isEmpty())
                    continue;
                const QString name = inDepartment.at(rng.bounded(int(inDepartment.size())))->name;
                for (int k = 1; k <= name.size(); ++k) {
                    t.restart();
                    const auto offered = communes->complete(name.left(k), 30);
                    completion << elapsedMs(t);
                    Q_UNUSED(offered);
                }
            }
            print("commune completion per keystroke (30 offered)", percentiles(completion));
        }
    }

    // The person's file at reception, as choosing a person makes it: the
    // record read (and its read logged), then their cases, newest first.
    if (runs("person")) {
        QList<QUuid> ids;
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT id FROM citizens WHERE merged_into IS NULL ORDER BY random() LIMIT 200"));
        while (q.next())
            ids << QUuid::fromRfc4122(q.value(0).toByteArray());
        q.finish();
        const QUuid agent = QUuid::createUuid();
        QList<double> ms;
        for (const QUuid &id : std::as_const(ids)) {
            QElapsedTimer t;
            t.start();
            auto person = people.read(id, agent, QStringLiteral("reception"));
            CaseRepository::Filter theirs;
            theirs.citizenId = id;
            auto rows = cases.page(theirs, CaseRepository::SortKey::Created, Qt::DescendingOrder, 0, 200);
            ms << elapsedMs(t);
            if (!person || !rows) {
                std::fprintf(stderr, "%s\n", qPrintable((!person ? person.error() : rows.error()).message));
                return 3;
            }
        }
        print("person's file: record read and logged, their cases", percentiles(ms));
    }

    // First page of the case list under each filter the desk offers.
    const QDate today = QDate::currentDate();
    QList<QPair<const char *, CaseRepository::Filter>> filters;
    filters.append({"case list: no filter, newest first", CaseRepository::Filter{}});
    CaseRepository::Filter f;
    f.status = QStringLiteral("processing");
    filters.append({"case list: status", f});
    f = {}; f.channel = Channel::Phone; filters.append({"case list: channel", f});
    f = {}; f.officeCode = QStringLiteral("SMA"); filters.append({"case list: office", f});
    f = {}; f.procedureId = QStringLiteral("etat-civil.declaration"); filters.append({"case list: procedure", f});
    f = {}; f.overdueOnly = true; f.today = today; filters.append({"case list: overdue", f});
    f = {}; f.dueFrom = today; f.dueTo = today.addDays(6); filters.append({"case list: due within 7 days", f});
    f = {}; f.trackingNumber = QStringLiteral("BEL-2026-0001"); filters.append({"case list: tracking number prefix", f});
    f = {}; f.trackingNumber = QStringLiteral("032181"); filters.append({"case list: tracking number digits", f});
    for (const auto &[label, filter] : filters) {
        if (!runs("list"))
            break;
        QList<double> ms;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            auto page = cases.page(filter, CaseRepository::SortKey::Created, Qt::DescendingOrder, 0, 200);
            auto n = cases.count(filter, 10000);
            ms << elapsedMs(t);
            Q_UNUSED(page); Q_UNUSED(n);
        }
        print(label, percentiles(ms));
    }

    // Each filter change as the case list makes it (CaseListModel::reload: the
    // capped count, then the first page, newest first), starting from the
    // workstation's office as the page does: BEL, the home office of the demo
    // data. Every change is timed once, as an agent makes it, on various values.
    if (runs("filters")) {
        const QString home = QStringLiteral("BEL");
        const int cap = parser.value(capOpt).toInt();
        auto change = [&](QList<double> &ms, const CaseRepository::Filter &filter) {
            QElapsedTimer t;
            t.start();
            auto n = cases.count(filter, cap);
            auto page = cases.page(filter, CaseRepository::SortKey::Created, Qt::DescendingOrder, 0, 200);
            ms << elapsedMs(t);
            if (!n || !page)
                std::fprintf(stderr, "%s\n", qPrintable((!n ? n.error() : page.error()).message));
        };
        QList<double> office, allOffices, status, person, personAll, number, numberAll;
        for (int i = 0; i < 20; ++i) {
            CaseRepository::Filter f;
            f.today = today;
            f.officeCode = home;
            change(office, f);
            f.officeCode.clear();
            change(allOffices, f);
        }
        // Every status of every procedure, the procedure chosen first.
        {
            QSqlQuery q((*db)->connection());
            q.exec(QStringLiteral("SELECT DISTINCT procedure_id FROM cases"));
            QStringList procedures;
            while (q.next())
                procedures << q.value(0).toString();
            for (const QString &procedure : std::as_const(procedures)) {
                CaseRepository::Filter f;
                f.today = today;
                f.officeCode = home;
                f.procedureId = procedure;
                change(status, f);
                QSqlQuery s((*db)->connection());
                s.prepare(QStringLiteral("SELECT DISTINCT status FROM cases WHERE procedure_id = ?"));
                s.addBindValue(procedure);
                s.exec();
                while (s.next()) {
                    f.status = s.value(0).toString();
                    change(status, f);
                }
            }
        }
        // A name typed letter by letter from the second, as the page filters
        // (and the reception searches), 100 names; then with every office.
        for (int i = 0; i < qMin<qsizetype>(100, names.size()); ++i) {
            const QString &name = names.at(i);
            for (int k = 2; k <= qMin<int>(name.size(), 8); ++k) {
                CaseRepository::Filter f;
                f.today = today;
                f.officeCode = home;
                f.personName = name.left(k);
                change(person, f);
                f.officeCode.clear();
                change(personAll, f);
            }
        }
        // A number read off a receipt, typed digit by digit (its last 6), and
        // 4 digits from its middle, 100 numbers; then with every office.
        {
            QSqlQuery q((*db)->connection());
            q.exec(QStringLiteral("SELECT tracking_number FROM cases WHERE office_code = 'BEL' ORDER BY random() LIMIT 100"));
            while (q.next()) {
                const QString full = q.value(0).toString();
                const QString digits = full.right(6);
                QStringList typed;
                for (int k = 1; k <= digits.size(); ++k)
                    typed << digits.left(k);
                typed << digits.mid(1, 4) << full.mid(6, 7);  // "032181" → "3218"; "26-0321"
                for (const QString &t : std::as_const(typed)) {
                    CaseRepository::Filter f;
                    f.today = today;
                    f.officeCode = home;
                    f.trackingNumber = t;
                    change(number, f);
                    f.officeCode.clear();
                    change(numberAll, f);
                }
            }
        }
        print("filter change: the workstation's office (20)", percentiles(office));
        print("filter change: all offices (20)", percentiles(allOffices));
        std::printf("%-48s (%lld changes)\n", "filter change: a procedure, then each status", static_cast<long long>(status.size()));
        print("  … in the workstation's office", percentiles(status));
        std::printf("%-48s (%lld changes)\n", "filter change: a name typed, from the 2nd letter", static_cast<long long>(person.size()));
        print("  … in the workstation's office", percentiles(person));
        print("  … in every office", percentiles(personAll));
        std::printf("%-48s (%lld changes)\n", "filter change: a number typed, digit by digit", static_cast<long long>(number.size()));
        print("  … in the workstation's office", percentiles(number));
        print("  … in every office", percentiles(numberAll));
        QList<double> every = office + allOffices + status + person + personAll + number + numberAll;
        print("filter change: all of the above", percentiles(every));
    }
    db.value().reset();

    // Switching the desk's pages as the agent does, by their keys (F2 the
    // reception, F3 the cases, F4… the modules' work pages, F11 the
    // conflicts): the action, the events it posts, and the window painted as
    // the screen shows it. The first visit of each page, which reads its
    // lists, is timed apart, in --first-visits main windows made one after the
    // other (as each log-in makes one; the making, which builds the pages, is
    // timed too); then 20 rounds through every page of the first window.
    if (runs("pages")) {
        auto session = DeskSession::open(path, clock, ModuleLoader::defaultDirectory());
        if (!session) { std::fprintf(stderr, "%s\n", qPrintable(session.error().message)); return 3; }
        auto agent = (*session)->agents().authenticate(QStringLiteral("bench"), QStringLiteral("guichet-bench"));
        if (!agent) { std::fprintf(stderr, "%s\n", qPrintable(agent.error().message)); return 3; }
        (*session)->setAgent(*agent);
        QList<double> made;
        QHash<QString, QList<double>> first;
        QStringList keys;    // in the order of the keys
        QStringList labels;  // the pages' names, in the same order
        QHash<QString, QList<double>> each;
        QList<double> every;
        for (int w = 0; w < windows; ++w) {
            QElapsedTimer making;
            making.start();
            MainWindow window(**session);
            window.show();
            QApplication::processEvents();
            made << elapsedMs(making);
            QList<QPair<QString, QAction *>> pages;
            for (int key = Qt::Key_F2; key <= Qt::Key_F11; ++key)
                for (QAction *action : window.findChildren<QAction *>())
                    if (action->shortcut() == QKeySequence(key) && action->isEnabled())
                        pages.append({QKeySequence(key).toString(), action});
            auto show = [&](QAction *action) {
                QElapsedTimer t;
                t.start();
                action->trigger();
                QApplication::processEvents();
                window.repaint();
                return elapsedMs(t);
            };
            for (const auto &page : std::as_const(pages)) {
                first[page.first] << show(page.second);
                if (w == 0) {
                    keys << page.first;
                    labels << page.second->text().remove(u'&');
                }
            }
            if (w > 0)
                continue;
            for (int round = 0; round < 20; ++round)
                for (const auto &page : std::as_const(pages)) {
                    const double ms = show(page.second);
                    each[page.first] << ms;
                    every << ms;
                }
        }
        print(qPrintable(QStringLiteral("main window made, its pages built (%1)").arg(windows)), percentiles(made));
        QStringList firsts;
        for (const QString &key : std::as_const(keys))
            firsts << QStringLiteral("%1 %2 ms").arg(key).arg(first.value(key).constFirst(), 0, 'f', 1);
        std::printf("%-48s %s\n", "page switch: first visit, first window", qPrintable(firsts.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString label = QStringLiteral("first visit: %1 (%2), %3 windows").arg(labels.at(i), keys.at(i)).arg(windows);
            print(qPrintable(label), percentiles(first.value(keys.at(i))));
        }
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString label = QStringLiteral("page switch: %1 (%2), 20 times").arg(labels.at(i), keys.at(i));
            print(qPrintable(label), percentiles(each.value(keys.at(i))));
        }
        print("page switch: every page, every round", percentiles(every));
    }

    // Desk cold start to a shown main window, and its peak resident memory.
    const QString desk = parser.value(deskOpt);
    if (runs("start") && QFile::exists(desk)) {
        QList<double> ms;
        long maxRssKb = 0;
        for (int i = 0; i < 5; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("GUICHET_PASSWORD"), QStringLiteral("guichet-bench"));
            p.setProcessEnvironment(env);
            QElapsedTimer t;
            t.start();
            p.start(desk, {QStringLiteral("--db"), path, QStringLiteral("--login"), QStringLiteral("bench"),
                           QStringLiteral("--quit-when-ready")});
            p.waitForFinished(60000);
            ms << elapsedMs(t);
            rusage usage{};
            getrusage(RUSAGE_CHILDREN, &usage);
            maxRssKb = qMax(maxRssKb, usage.ru_maxrss);
        }
        print("desk cold start to main window (incl. argon2 log-in)", percentiles(ms));
        std::printf("%-48s %.0f MB\n", "desk peak resident memory", maxRssKb / 1024.0);
    }
    return 0;
}
