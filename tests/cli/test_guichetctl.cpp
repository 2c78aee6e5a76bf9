// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/clock.h"
#include "store/agentrepository.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace guichet;
using guichet::test::TempDir;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/// Runs the real binary, as a script would, in `dir`.
Run guichetctl(const TempDir &dir, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(test::buildPath(QStringLiteral("bin/guichetctl")), args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(300'000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// SHA-256 over the rows of `sql`, read with a connection of the test's own.
QByteArray rowsHash(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("hash-%1").arg(path);
    QByteArray hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        QCryptographicHash h(QCryptographicHash::Sha256);
        int rows = 0;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                h.addData(q.value(i).toString().toUtf8());
                h.addData(QByteArrayView("\x1f", 1));
            }
            h.addData(QByteArrayView("\x1e", 1));
            ++rows;
        }
        REQUIRE(rows > 0);
        hash = h.result().toHex();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return hash;
}

QString metaValue(const QString &path, const QString &key)
{
    const QString name = QStringLiteral("meta-%1").arg(path);
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(key);
        REQUIRE(q.exec());
        if (q.next())
            value = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QStringList officeCodes()
{
    QFile f(test::sourcePath(QStringLiteral("resources/reference/2026.1/offices.json")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QStringList codes;
    for (const auto &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("offices")).toArray())
        codes << v.toObject().value(QStringLiteral("code")).toString();
    REQUIRE(codes.size() > 1);
    return codes;
}

qint64 figure(const QJsonObject &stats, const char *key)
{
    REQUIRE(stats.contains(QLatin1String(key)));
    return stats.value(QLatin1String(key)).toInteger();
}

QStringList holidayDates(const QString &text)
{
    static const QRegularExpression date(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\s"), QRegularExpression::MultilineOption);
    QStringList dates;
    for (auto it = date.globalMatch(text); it.hasNext();)
        dates << it.next().captured(1);
    return dates;
}

} // namespace

TEST_CASE("guichetctl: init creates an office database that verify finds sound", "[cli][init]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("office.db"));
    const Run init = guichetctl(dir, {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("BEL"),
                                      QStringLiteral("--db"), db});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(metaValue(db, QStringLiteral("office_code")) == QStringLiteral("BEL"));
    CHECK(metaValue(db, QStringLiteral("tracking_slot")) == QStringLiteral("1"));

    const Run verify = guichetctl(dir, {QStringLiteral("verify"), QStringLiteral("--db"), db});
    CHECK(verify.code == 0);
    // It holds personal data and password hashes: this account only.
    CHECK(QFileInfo(db).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                          | QFileDevice::WriteUser));
    const Run verifyJson = guichetctl(dir, {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    REQUIRE(verifyJson.code == 0);
    CHECK(verifyJson.json().value(QStringLiteral("sound")).toBool());
    CHECK(verifyJson.json().value(QStringLiteral("problems")).toArray().isEmpty());

    const Run stats = guichetctl(dir, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    REQUIRE(stats.code == 0);
    CHECK(figure(stats.json(), "reference_releases") == 1);
    CHECK(figure(stats.json(), "cases") == 0);
    CHECK(figure(stats.json(), "schema_version") == Database::latestSchemaVersion());

    SECTION("running it again for the same office changes nothing")
    {
        const Run again = guichetctl(dir, {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--office"),
                                           QStringLiteral("bel")});
        CHECK(again.code == 0);
        const Run after = guichetctl(dir, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        CHECK(after.json() == stats.json());
    }
    SECTION("it refuses to change the office of an existing database")
    {
        const Run other = guichetctl(dir, {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("HDV"),
                                           QStringLiteral("--db"), db});
        CHECK(other.code == 1);
        CHECK(other.err.contains(QLatin1String("BEL")));
        CHECK(metaValue(db, QStringLiteral("office_code")) == QStringLiteral("BEL"));
    }
}

TEST_CASE("guichetctl: init with an unknown office exits 1 and names the valid codes", "[cli][init]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("office.db"));
    const Run r = guichetctl(dir, {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("XYZ"),
                                   QStringLiteral("--db"), db});
    CHECK(r.code == 1);
    for (const QString &code : officeCodes())
        CHECK(r.err.contains(code));
    CHECK_FALSE(QFile::exists(db));   // a typo leaves no empty database behind
}

TEST_CASE("guichetctl: init records the tracking slot and refuses one out of range", "[cli][init]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("office.db"));
    const auto init = [&](const QString &slot) {
        return guichetctl(dir, {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("SPI"),
                                QStringLiteral("--slot"), slot, QStringLiteral("--db"), db});
    };
    CHECK(init(QStringLiteral("0")).code == 1);
    CHECK(init(QStringLiteral("10")).code == 1);
    CHECK(init(QStringLiteral("trois")).code == 2);
    REQUIRE(init(QStringLiteral("3")).code == 0);
    CHECK(metaValue(db, QStringLiteral("tracking_slot")) == QStringLiteral("3"));
}

TEST_CASE("guichetctl: agent add reads the password from standard input", "[cli][agent]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("office.db"));
    REQUIRE(guichetctl(dir, {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("LAM"),
                             QStringLiteral("--db"), db}).code == 0);
    const QStringList add = {QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("--login"),
                             QStringLiteral("ylegall"), QStringLiteral("--name"), QStringLiteral("Yann Le Gall"),
                             QStringLiteral("--role"), QStringLiteral("superviseur"), QStringLiteral("--db"), db};
    const QString password = QStringLiteral("Kenavo-ar-wech-all");

    SECTION("the first line of standard input is the password")
    {
        const Run r = guichetctl(dir, add, password.toUtf8() + "\nsecond line ignored\n");
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK_FALSE(r.out.contains(password));
        const SystemClock clock;
        auto opened = Database::open(db, clock, Database::OpenMode::MustExist);
        REQUIRE(opened);
        AgentRepository agents(**opened);
        auto agent = agents.authenticate(QStringLiteral("ylegall"), password);
        REQUIRE(agent);
        CHECK(agent->role == Role::Supervisor);
        CHECK(agent->officeCode == QStringLiteral("LAM"));
        CHECK(agent->displayName == QStringLiteral("Yann Le Gall"));
        CHECK_FALSE(agents.authenticate(QStringLiteral("ylegall"), QStringLiteral("second line ignored")));
    }
    SECTION("no password on standard input is refused")
    {
        CHECK(guichetctl(dir, add).code == 1);
    }
    SECTION("a short password is refused")
    {
        CHECK(guichetctl(dir, add, "court\n").code == 1);
    }
    SECTION("a password given as an argument is a usage error")
    {
        CHECK(guichetctl(dir, add + QStringList{password}, password.toUtf8() + '\n').code == 2);
    }
    SECTION("an unknown role or office is refused")
    {
        QStringList badRole = add;
        badRole[badRole.indexOf(QStringLiteral("superviseur"))] = QStringLiteral("chef");
        CHECK(guichetctl(dir, badRole, password.toUtf8() + '\n').code == 1);
        CHECK(guichetctl(dir, add + QStringList{QStringLiteral("--office"), QStringLiteral("XYZ")},
                         password.toUtf8() + '\n').code == 1);
    }
}

TEST_CASE("guichetctl: check nir gives 0 or 1 and the JSON fields", "[cli][check]")
{
    TempDir dir;
    // 1631278477042 → key 97 - (1631278477042 mod 97) = 94 (domain.md §6).
    const Run valid = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("nir"), QStringLiteral("1 63 12 78 477 042 94")});
    CHECK(valid.code == 0);
    CHECK(valid.out.contains(QLatin1String("163127847704294")));

    const Run validJson = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("nir"),
                                           QStringLiteral("1 63 12 78 477 042 94"), QStringLiteral("--json")});
    REQUIRE(validJson.code == 0);
    const QJsonObject v = validJson.json();
    CHECK(v.value(QStringLiteral("kind")).toString() == QStringLiteral("nir"));
    CHECK(v.value(QStringLiteral("input")).toString() == QStringLiteral("1 63 12 78 477 042 94"));
    CHECK(v.value(QStringLiteral("valid")).toBool());
    CHECK(v.value(QStringLiteral("normalized")).toString() == QStringLiteral("163127847704294"));
    CHECK(v.contains(QStringLiteral("field")));
    CHECK(v.contains(QStringLiteral("message")));

    const Run invalid = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("nir"), QStringLiteral("163127847704295")});
    CHECK(invalid.code == 1);
    CHECK_FALSE(invalid.out.trimmed().isEmpty());

    const Run invalidJson = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("nir"),
                                             QStringLiteral("163127847704295"), QStringLiteral("--json")});
    CHECK(invalidJson.code == 1);
    const QJsonObject i = invalidJson.json();
    CHECK_FALSE(i.value(QStringLiteral("valid")).toBool(true));
    CHECK(i.value(QStringLiteral("normalized")).isNull());
    CHECK(i.value(QStringLiteral("field")).toString() == QStringLiteral("nir"));
    CHECK_FALSE(i.value(QStringLiteral("message")).toString().isEmpty());
}

TEST_CASE("guichetctl: check knows INSEE codes, postcodes and phone numbers", "[cli][check]")
{
    TempDir dir;
    const auto check = [&](const char *kind, const char *value) {
        return guichetctl(dir, {QStringLiteral("check"), QLatin1String(kind), QString::fromUtf8(value), QStringLiteral("--json")});
    };
    CHECK(check("insee", "29019").code == 0);
    CHECK(check("insee", "2a004").json().value(QStringLiteral("normalized")).toString() == QStringLiteral("2A004"));
    CHECK(check("insee", "2C004").code == 1);
    // It must exist, and is said as the commune it designates today.
    CHECK(check("insee", "29999").code == 1);
    CHECK(check("insee", "29019").json().value(QStringLiteral("commune")).toString() == QStringLiteral("Brest"));
    const QJsonObject lambezellec = check("insee", "29096").json();
    CHECK(lambezellec.value(QStringLiteral("valid")).toBool());
    CHECK(lambezellec.value(QStringLiteral("former")).toBool());
    CHECK(lambezellec.value(QStringLiteral("currentCode")).toString() == QStringLiteral("29019"));
    CHECK(check("postcode", "29200").code == 0);
    CHECK(check("postcode", "292").code == 1);
    CHECK(check("phone", "02 98 00 80 80").json().value(QStringLiteral("normalized")).toString()
          == QStringLiteral("+33298008080"));
    CHECK(check("phone", "12").code == 1);
    // Bounded before libphonenumber, whose parsing grows with the square of the length.
    CHECK(check("phone", QByteArray(40'000, '6').constData()).code == 1);
}

TEST_CASE("guichetctl: calendar holidays lists 11 days, 13 in Alsace-Moselle", "[cli][calendar]")
{
    TempDir dir;
    const Run metropole = guichetctl(dir, {QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2026")});
    REQUIRE(metropole.code == 0);
    const QStringList days = holidayDates(metropole.out);
    CHECK(days.size() == 11);
    CHECK(days.contains(QStringLiteral("2026-04-06")));   // Easter Monday (Easter: 5 April 2026)
    CHECK_FALSE(days.contains(QStringLiteral("2026-04-03")));

    const Run alsace = guichetctl(dir, {QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2026"),
                                        QStringLiteral("--region"), QStringLiteral("alsace-moselle"), QStringLiteral("--json")});
    REQUIRE(alsace.code == 0);
    const QJsonArray list = alsace.json().value(QStringLiteral("holidays")).toArray();
    CHECK(list.size() == 13);
    QStringList dates;
    for (const auto &h : list)
        dates << h.toObject().value(QStringLiteral("date")).toString();
    CHECK(dates.contains(QStringLiteral("2026-04-03")));   // Good Friday
    CHECK(dates.contains(QStringLiteral("2026-12-26")));
    CHECK(alsace.json().value(QStringLiteral("region")).toString() == QStringLiteral("alsace-moselle"));

    CHECK(guichetctl(dir, {QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2026"),
                           QStringLiteral("--region"), QStringLiteral("atlantide")}).code == 1);
}

TEST_CASE("guichetctl: setting lists, reads and changes office settings within their range", "[cli][setting]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("office.db"));
    REQUIRE(guichetctl(dir, {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("BEL"), QStringLiteral("--db"), db}).code == 0);
    const QString key = QStringLiteral("release_max_age_days");

    const Run list = guichetctl(dir, {QStringLiteral("setting"), QStringLiteral("--db"), db});
    REQUIRE(list.code == 0);
    CHECK(list.out.contains(key + QStringLiteral("\t7\t")));
    CHECK(list.out.contains(QStringLiteral("sync_interval_minutes\t5\t")));
    CHECK(list.out.contains(QStringLiteral("idle_lock_minutes\t5\t")));
    // The desk's idle lock: 0 (never) to 60 minutes.
    REQUIRE(guichetctl(dir, {QStringLiteral("setting"), QStringLiteral("idle_lock_minutes"), QStringLiteral("0"), QStringLiteral("--db"), db}).code == 0);
    CHECK(metaValue(db, QStringLiteral("idle_lock_minutes")) == QStringLiteral("0"));
    const Run tooLong = guichetctl(dir, {QStringLiteral("setting"), QStringLiteral("idle_lock_minutes"), QStringLiteral("61"), QStringLiteral("--db"), db});
    CHECK(tooLong.code == 1);
    CHECK(tooLong.err.contains(QStringLiteral("60")));

    REQUIRE(guichetctl(dir, {QStringLiteral("setting"), key, QStringLiteral("3"), QStringLiteral("--db"), db}).code == 0);
    CHECK(metaValue(db, key) == QStringLiteral("3"));
    CHECK(guichetctl(dir, {QStringLiteral("setting"), key, QStringLiteral("--db"), db}).out == QStringLiteral("3\n"));

    const Run zero = guichetctl(dir, {QStringLiteral("setting"), key, QStringLiteral("0"), QStringLiteral("--db"), db});
    CHECK(zero.code == 1);
    CHECK(zero.err.contains(QStringLiteral("365")));   // the range, in any language
    const Run unknown = guichetctl(dir, {QStringLiteral("setting"), QStringLiteral("colour"), QStringLiteral("--db"), db});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(key));
    CHECK(metaValue(db, key) == QStringLiteral("3"));
}

TEST_CASE("guichetctl: usage errors exit 2, missing databases 3", "[cli][usage]")
{
    TempDir dir;
    const QString missing = dir.file(QStringLiteral("missing.db"));
    const QList<QStringList> usage = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("agent")},
        {QStringLiteral("stats"), QStringLiteral("--bogus")},
        {QStringLiteral("check"), QStringLiteral("nir")},
        {QStringLiteral("check"), QStringLiteral("iban"), QStringLiteral("FR76")},
        {QStringLiteral("calendar"), QStringLiteral("holidays")},
        {QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("deux-mille")},
        {QStringLiteral("init"), QStringLiteral("--db"), missing},
        {QStringLiteral("init"), QStringLiteral("--office")},
        {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("beaucoup"), QStringLiteral("--db"), missing},
        {QStringLiteral("demo"), QStringLiteral("--db"), missing},   // no --office to create it
    };
    for (const QStringList &args : usage) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = guichetctl(dir, args);
        CHECK(r.code == 2);
        CHECK_FALSE(r.err.trimmed().isEmpty());
    }
    CHECK_FALSE(QFile::exists(missing));

    for (const char *command : {"stats", "verify"}) {
        const Run r = guichetctl(dir, {QLatin1String(command), QStringLiteral("--db"), missing});
        CHECK(r.code == 3);
    }
    // An empty file or a device is named as such, and never turned into a new database.
    const QString empty = dir.file(QStringLiteral("empty.db"));
    QFile(empty).open(QIODevice::WriteOnly);
    for (const char *command : {"stats", "verify"}) {
        const Run r = guichetctl(dir, {QLatin1String(command), QStringLiteral("--db"), empty});
        CHECK(r.code == 3);
        CHECK(r.err.contains(empty));
    }
    CHECK(QFileInfo(empty).size() == 0);
    const Run device = guichetctl(dir, {QStringLiteral("stats"), QStringLiteral("--db"), QStringLiteral("/dev/null")});
    CHECK(device.code == 3);
    CHECK(device.err.contains(QStringLiteral("/dev/null")));
    const Run help = guichetctl(dir, {QStringLiteral("--help")});
    CHECK(help.code == 0);
    for (const char *code : {"0", "1", "2", "3", "4"})
        CHECK(help.out.contains(QStringLiteral("\n  %1  ").arg(QLatin1String(code))));
    CHECK(guichetctl(dir, {QStringLiteral("demo"), QStringLiteral("--help")}).code == 0);
}

TEST_CASE("guichetctl: demo data is sound and counted by stats", "[cli][demo]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("demo.db"));
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--citizens"), QStringLiteral("200"),
                              QStringLiteral("--cases"), QStringLiteral("1000"), QStringLiteral("--seed"),
                              QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2026-06-15"),
                              QStringLiteral("--office"), QStringLiteral("BEL"), QStringLiteral("--db"), db};
    const Run r = guichetctl(dir, demo);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QLatin1String("100 %")));

    const Run verify = guichetctl(dir, {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    INFO(verify.out.toStdString());
    CHECK(verify.code == 0);
    CHECK(verify.json().value(QStringLiteral("sound")).toBool());

    const Run stats = guichetctl(dir, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    REQUIRE(stats.code == 0);
    const QJsonObject s = stats.json();
    CHECK(figure(s, "citizens") == 200);
    CHECK(figure(s, "cases") == 1000);
    CHECK(figure(s, "agents") == 3 * officeCodes().size());
    CHECK(figure(s, "case_events") > figure(s, "cases"));   // every case has its "created" event, most more
    CHECK(figure(s, "cases_open") < figure(s, "cases"));
    // One outbox operation per agent, person, case and event at least, plus one per status or document update.
    CHECK(figure(s, "outbox_total") > figure(s, "agents") + figure(s, "citizens") + figure(s, "cases") + figure(s, "case_events"));
    CHECK(figure(s, "outbox_pending") == figure(s, "outbox_total"));
    CHECK(metaValue(db, QStringLiteral("office_code")) == QStringLiteral("BEL"));

    SECTION("demo data never goes into a database that already holds cases")
    {
        CHECK(guichetctl(dir, demo).code == 1);
    }
}

TEST_CASE("guichetctl: the same demo seed gives the same data", "[cli][demo]")
{
    TempDir dir;
    const auto demo = [&](const QString &file, const QString &seed) {
        const QString db = dir.file(file);
        const Run r = guichetctl(dir, {QStringLiteral("demo"), QStringLiteral("--citizens"), QStringLiteral("200"),
                                       QStringLiteral("--cases"), QStringLiteral("1000"), QStringLiteral("--seed"), seed,
                                       QStringLiteral("--today"), QStringLiteral("2026-06-15"), QStringLiteral("--office"),
                                       QStringLiteral("BEL"), QStringLiteral("--db"), db});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return db;
    };
    const QString first = demo(QStringLiteral("a.db"), QStringLiteral("7"));
    const QString second = demo(QStringLiteral("b.db"), QStringLiteral("7"));
    const QString other = demo(QStringLiteral("c.db"), QStringLiteral("8"));

    const auto stats = [&](const QString &db) {
        const Run r = guichetctl(dir, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        REQUIRE(r.code == 0);
        return r.json();
    };
    CHECK(stats(first) == stats(second));

    const QString cases = QStringLiteral("SELECT tracking_number, status, summary FROM cases ORDER BY tracking_number");
    CHECK(rowsHash(first, cases) == rowsHash(second, cases));
    CHECK(rowsHash(first, cases) != rowsHash(other, cases));
    const QString people = QStringLiteral("SELECT hex(id), family_name, first_names, birth_date, address_line, phone, "
                                          "email FROM citizens ORDER BY id");
    CHECK(rowsHash(first, people) == rowsHash(second, people));
}

TEST_CASE("guichetctl: check mrz reads the zone on standard input and names the failing check digit", "[cli][check][mrz]")
{
    TempDir dir;
    // The ICAO 9303 specimen passport, as a document reader types it (CR LF).
    const QByteArray passport = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\n"
                                "L898902C36UTO7408122F1204159ZE184226B<<<<<10\r\n";
    const Run valid = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("mrz")}, passport);
    INFO(valid.err.toStdString());
    CHECK(valid.code == 0);
    CHECK(valid.out.contains(QLatin1String("L898902C3")));
    CHECK(valid.out.contains(QLatin1String("ERIKSSON")));
    CHECK(valid.out.contains(QLatin1String("ANNA MARIA")));
    CHECK(valid.out.contains(QLatin1String("1974-08-12")));
    CHECK(valid.out.contains(QLatin1String("2012-04-15")));

    const Run json = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("mrz"), QStringLiteral("--json")}, passport);
    REQUIRE(json.code == 0);
    const QJsonObject p = json.json();
    CHECK(p.value(QStringLiteral("kind")).toString() == QStringLiteral("mrz"));
    CHECK(p.value(QStringLiteral("valid")).toBool());
    CHECK(p.value(QStringLiteral("format")).toString() == QStringLiteral("td3"));
    CHECK(p.value(QStringLiteral("documentCode")).toString() == QStringLiteral("P"));
    CHECK(p.value(QStringLiteral("documentNumber")).toString() == QStringLiteral("L898902C3"));
    CHECK(p.value(QStringLiteral("surname")).toString() == QStringLiteral("ERIKSSON"));
    CHECK(p.value(QStringLiteral("givenNames")).toArray() == QJsonArray{QStringLiteral("ANNA"), QStringLiteral("MARIA")});
    CHECK(p.value(QStringLiteral("nationality")).toString() == QStringLiteral("UTO"));
    CHECK(p.value(QStringLiteral("birthDate")).toString() == QStringLiteral("1974-08-12"));
    CHECK(p.value(QStringLiteral("sex")).toString() == QStringLiteral("F"));
    CHECK(p.value(QStringLiteral("expiryDate")).toString() == QStringLiteral("2012-04-15"));
    CHECK(p.value(QStringLiteral("field")).isNull());

    // The ICAO TD1 specimen card, its three lines typed in lower case.
    const Run card = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("mrz"), QStringLiteral("--json")},
                                "i<utod231458907<<<<<<<<<<<<<<<\n7408122f1204159uto<<<<<<<<<<<6\neriksson<<anna<maria<<<<<<<<<<\n");
    REQUIRE(card.code == 0);
    CHECK(card.json().value(QStringLiteral("format")).toString() == QStringLiteral("td1"));
    CHECK(card.json().value(QStringLiteral("documentNumber")).toString() == QStringLiteral("D23145890"));

    // The birth date's check digit 2 misread as 3.
    const QByteArray wrong = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                             "L898902C36UTO7408123F1204159ZE184226B<<<<<10\n";
    const Run invalid = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("mrz")}, wrong);
    CHECK(invalid.code == 1);
    CHECK_FALSE(invalid.out.trimmed().isEmpty());
    const Run invalidJson = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("mrz"), QStringLiteral("--json")}, wrong);
    CHECK(invalidJson.code == 1);
    CHECK_FALSE(invalidJson.json().value(QStringLiteral("valid")).toBool(true));
    CHECK(invalidJson.json().value(QStringLiteral("field")).toString() == QStringLiteral("birthDate"));
    const QString message = invalidJson.json().value(QStringLiteral("message")).toString();
    CHECK(message.contains(QLatin1String("2")));
    CHECK(message.contains(QLatin1String("3")));

    // A line cut short, and nothing at all: refused values, exit 1.
    const Run cut = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("mrz"), QStringLiteral("--json")},
                               passport.left(60));
    CHECK(cut.code == 1);
    CHECK(cut.json().value(QStringLiteral("field")).toString() == QStringLiteral("mrz"));
    CHECK(guichetctl(dir, {QStringLiteral("check"), QStringLiteral("mrz")}, {}).code == 1);
    // The lines come on standard input, never as arguments.
    const Run asArgument = guichetctl(dir, {QStringLiteral("check"), QStringLiteral("mrz"), QStringLiteral("P<UTO")});
    CHECK(asArgument.code == 2);
    CHECK_FALSE(asArgument.err.trimmed().isEmpty());
}

// ---- guichetctl answer: the modules' answers without the desk (docs/answers.md) ----

namespace {

QStringList answerArgs(const QString &procedure, const QStringList &facts, const QStringList &options = {})
{
    return QStringList{QStringLiteral("answer"), procedure, QStringLiteral("--date"), QStringLiteral("2026-12-03"),
                       QStringLiteral("--office"), QStringLiteral("BEL")}
        + options + facts;
}

/// The procedures `guichetctl answer --help` lists, one per line after the options.
QStringList answeredProcedures(const TempDir &dir)
{
    const Run help = guichetctl(dir, {QStringLiteral("answer"), QStringLiteral("--help")});
    REQUIRE(help.code == 0);
    QStringList procedures;
    static const QRegularExpression line(QStringLiteral("^  ([a-z-]+\\.[a-z.-]+)$"), QRegularExpression::MultilineOption);
    for (auto m = line.globalMatch(help.out); m.hasNext();)
        procedures << m.next().captured(1);
    return procedures;
}

} // namespace

TEST_CASE("guichetctl answer: every module's procedures answer, and --help lists each one's facts", "[cli][answer]")
{
    TempDir dir;
    const QStringList procedures = answeredProcedures(dir);
    for (const char *expected : {"cni.demande", "passeport.demande", "etat-civil.copie-acte", "etat-civil.declaration"})
        CHECK(procedures.contains(QLatin1String(expected)));
    for (const char *module : {"inscription-scolaire.", "listes-electorales."}) {
        INFO(module);
        CHECK(std::any_of(procedures.begin(), procedures.end(), [&](const QString &p) { return p.startsWith(QLatin1String(module)); }));
    }
    for (const QString &procedure : procedures) {
        INFO(procedure.toStdString());
        const Run help = guichetctl(dir, {QStringLiteral("answer"), procedure, QStringLiteral("--help")});
        CHECK(help.code == 0);
        CHECK(help.out.contains(procedure));
        // One line per fact: "  birth_date=YYYY-MM-DD".
        CHECK(help.out.contains(QRegularExpression(QStringLiteral("^  [a-z_0-9]+="), QRegularExpression::MultilineOption)));
        // With no fact at all, an answer is still given: the facts it lacks are named.
        const Run bare = guichetctl(dir, answerArgs(procedure, {}, {QStringLiteral("--json")}));
        CHECK(bare.code == 0);
        CHECK(bare.json().value(QStringLiteral("procedure")).toString() == procedure);
    }
}

TEST_CASE("guichetctl answer: a lost card costs 25 euros, the answer is stamped with the release, and --json is byte-identical twice",
          "[cli][answer]")
{
    TempDir dir;
    const QStringList args = answerArgs(QStringLiteral("cni.demande"),
                                        {QStringLiteral("situation=perte"), QStringLiteral("birth_date=1990-04-10")},
                                        {QStringLiteral("--json")});
    const Run first = guichetctl(dir, args);
    REQUIRE(first.code == 0);
    const Run second = guichetctl(dir, args);
    CHECK(first.out.toUtf8() == second.out.toUtf8());
    const QJsonObject a = first.json();
    CHECK(a.value(QStringLiteral("schema")).toString() == QStringLiteral("guichet-answer/1"));
    CHECK(a.value(QStringLiteral("verdict")).toString() == QStringLiteral("possible"));
    CHECK(a.value(QStringLiteral("fee")).toObject().value(QStringLiteral("cents")).toInt() == 2500);
    CHECK(a.value(QStringLiteral("office")).toString() == QStringLiteral("BEL"));
    CHECK(a.value(QStringLiteral("at")).toString() == QStringLiteral("2026-12-03T12:00:00"));
    CHECK(a.value(QStringLiteral("release")).toObject().value(QStringLiteral("id")).toString() == QStringLiteral("2026.1"));
    CHECK(a.value(QStringLiteral("release")).toObject().value(QStringLiteral("hash")).toString().size() == 64);
    CHECK(a.value(QStringLiteral("facts")).toObject().value(QStringLiteral("existing_title")).toString() == QStringLiteral("aucun"));
    // The keys of the schema, in the order written.
    const QStringList keys = QJsonDocument(a).object().keys();
    CHECK(keys == QStringList{QStringLiteral("at"), QStringLiteral("checklist"), QStringLiteral("dates"), QStringLiteral("facts"),
                              QStringLiteral("fee"), QStringLiteral("missing"), QStringLiteral("office"), QStringLiteral("procedure"),
                              QStringLiteral("reason"), QStringLiteral("release"), QStringLiteral("rule"), QStringLiteral("schema"),
                              QStringLiteral("text"), QStringLiteral("validityYears"), QStringLiteral("verdict"), QStringLiteral("where")});
}

TEST_CASE("guichetctl answer: a missing fact is named, never guessed", "[cli][answer]")
{
    TempDir dir;
    const Run r = guichetctl(dir, answerArgs(QStringLiteral("passeport.demande"), {QStringLiteral("situation=premiere-demande")},
                                             {QStringLiteral("--json")}));
    REQUIRE(r.code == 0);
    const QJsonObject a = r.json();
    CHECK(a.value(QStringLiteral("verdict")).toString() == QStringLiteral("incomplete"));
    REQUIRE(a.value(QStringLiteral("missing")).toArray().size() == 1);
    CHECK(a.value(QStringLiteral("missing")).toArray().at(0).toObject().value(QStringLiteral("fact")).toString() == QStringLiteral("birth_date"));
    CHECK(a.value(QStringLiteral("fee")).isNull());
    const Run text = guichetctl(dir, answerArgs(QStringLiteral("passeport.demande"), {QStringLiteral("situation=premiere-demande")}));
    CHECK(text.out.contains(QStringLiteral("la date de naissance")) != text.out.contains(QStringLiteral("the birth date")));
}

TEST_CASE("guichetctl answer: an unknown procedure, fact, value or office exits 2 and names what is allowed", "[cli][answer]")
{
    TempDir dir;
    struct Bad { QStringList args; const char *named; const char *allowed; };
    const QList<Bad> bad = {
        {answerArgs(QStringLiteral("cni.renouvellement"), {}), "cni.renouvellement", "cni.demande"},
        {answerArgs(QStringLiteral("cni.demande"), {QStringLiteral("naissance=1990-04-10")}), "naissance", "birth_date"},
        {answerArgs(QStringLiteral("cni.demande"), {QStringLiteral("situation=vol-qualifie")}), "vol-qualifie", "premiere-demande"},
        {answerArgs(QStringLiteral("cni.demande"), {QStringLiteral("birth_date=10/04/1990")}), "10/04/1990", "2009-04-10"},
        {answerArgs(QStringLiteral("cni.demande"), {QStringLiteral("comedec=peut-etre")}), "peut-etre", "oui, non"},
        {answerArgs(QStringLiteral("cni.demande"), {QStringLiteral("situation")}), "situation", "KEY=VALUE"},
        {QStringList{QStringLiteral("answer"), QStringLiteral("cni.demande"), QStringLiteral("--office"), QStringLiteral("XYZ")}, "XYZ", "BEL"},
        {QStringList{QStringLiteral("answer"), QStringLiteral("cni.demande"), QStringLiteral("--date"), QStringLiteral("demain")}, "demain", "--date"},
        {QStringList{QStringLiteral("answer")}, "cni.demande", "--help"},
    };
    for (const Bad &b : bad) {
        INFO(b.args.join(u' ').toStdString());
        const Run r = guichetctl(dir, b.args);
        CHECK(r.code == 2);
        CHECK(r.err.contains(QLatin1String(b.named)));
        CHECK(r.err.contains(QLatin1String(b.allowed)));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("guichetctl answer: with --db, the office and the release are the database's", "[cli][answer]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("sma.db"));
    REQUIRE(guichetctl(dir, {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--office"), QStringLiteral("SMA")}).code == 0);
    const Run r = guichetctl(dir, {QStringLiteral("--db"), db, QStringLiteral("answer"), QStringLiteral("cni.demande"),
                                   QStringLiteral("--date"), QStringLiteral("2026-12-03"), QStringLiteral("--json"),
                                   QStringLiteral("situation=perte")});
    REQUIRE(r.code == 0);
    CHECK(r.json().value(QStringLiteral("office")).toString() == QStringLiteral("SMA"));
    CHECK(r.json().value(QStringLiteral("release")).toObject().value(QStringLiteral("id")).toString() == QStringLiteral("2026.1"));
}

TEST_CASE("guichetctl answer --scenarios: the shipped file meets every expectation, one answer per scenario in order",
          "[cli][answer][scenarios]")
{
    TempDir dir;
    const QString file = test::sourcePath(QStringLiteral("resources/scenarios/answers.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray scenarios = QJsonDocument::fromJson(f.readAll()).array();
    REQUIRE(scenarios.size() >= 50);
    const Run r = guichetctl(dir, {QStringLiteral("answer"), QStringLiteral("--scenarios"), file, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    const QJsonArray answers = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(answers.size() == scenarios.size());
    QSet<QString> modules;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString procedure = scenarios.at(i).toObject().value(QStringLiteral("procedure")).toString();
        CHECK(answers.at(i).toObject().value(QStringLiteral("procedure")).toString() == procedure);
        modules.insert(procedure.section(u'.', 0, 0));
    }
    CHECK(modules == QSet<QString>{QStringLiteral("cni"), QStringLiteral("passeport"), QStringLiteral("etat-civil"),
                                   QStringLiteral("inscription-scolaire"), QStringLiteral("listes-electorales")});
}

TEST_CASE("guichetctl answer --scenarios: a contradicted expectation exits 1 naming the scenario, a malformed file exits 2",
          "[cli][answer][scenarios]")
{
    TempDir dir;
    const QString file = dir.file(QStringLiteral("s.json"));
    auto write = [&](const QByteArray &json) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    };
    write(R"([{"name": "perte", "procedure": "cni.demande", "date": "2026-12-03", "office": "BEL",
               "facts": {"situation": "perte", "birth_date": "1990-04-10"}, "expect": {"feeCents": 2500}},
              {"name": "perte, mauvais tarif attendu", "procedure": "cni.demande", "date": "2026-12-03", "office": "BEL",
               "facts": {"situation": "perte", "birth_date": "1990-04-10"}, "expect": {"feeCents": 8600, "verdict": "possible"}}])");
    const Run wrong = guichetctl(dir, {QStringLiteral("answer"), QStringLiteral("--scenarios"), file});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("mauvais tarif attendu")));
    CHECK(wrong.err.contains(QStringLiteral("8600")));
    CHECK(wrong.err.contains(QStringLiteral("2500")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("verdict")));

    for (const QByteArray &malformed : {QByteArray("{\"procedure\": \"cni.demande\"}"), QByteArray("[{\"procedure\": \"cni.demande\"}]"),
                                        QByteArray("[{\"procedure\": \"cni.demande\", \"date\": \"2026-12-03\", \"facts\": {\"situation\": 3}}]"),
                                        QByteArray("[{\"procedure\": \"cni.demande\", \"date\": \"2026-12-03\", \"facts\": {\"sitution\": \"perte\"}}]"),
                                        QByteArray("[1, 2")}) {
        INFO(malformed.toStdString());
        write(malformed);
        const Run r = guichetctl(dir, {QStringLiteral("answer"), QStringLiteral("--scenarios"), file});
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
    }
}
