// SPDX-License-Identifier: GPL-3.0-or-later
// A new workstation starts from HQ's snapshot of the merged state instead of
// replaying every operation, and ends exactly where one that pulled everything is.
#include "syncfixture.h"

#include <QDir>
#include <QFile>

using namespace guichet;
using namespace guichet::test;

namespace {

qint64 hqOperations(Hq &hq)
{
    auto last = hq.store->lastSequence();
    REQUIRE(last.has_value());
    return *last;
}

/// Nothing synced on this workstation: what a refused snapshot must leave.
void requireNothingImported(Workstation &w)
{
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM citizens")) == 0);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM applied_ops")) == 0);
    CHECK(w.count(QStringLiteral("SELECT count(*) FROM citizens_fts")) == 0);
    CHECK(sync::Replicator(*w.db).cursor() == 0);
}

QStringList partFiles(Workstation &w)
{
    return QDir(QFileInfo(w.db->path()).path()).entryList({QStringLiteral("*.part")}, QDir::Files);
}

} // namespace

TEST_CASE("Snapshot: a new workstation started from HQ's snapshot holds what one that pulled everything holds, and syncs on",
          "[sync][snapshot]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation a(hq, QStringLiteral("BEL"), 1);
    Workstation b(hq, QStringLiteral("SMA"), 1);
    const Citizen person = a.person();
    // A number of the new workstation's own series (slot 2), made elsewhere.
    REQUIRE(a.db->setMeta(QStringLiteral("tracking_slot"), QStringLiteral("2")));
    REQUIRE(a.request(person.id, QStringLiteral("BEL")).trackingNumber == QStringLiteral("BEL-2026-000012"));
    REQUIRE(a.db->setMeta(QStringLiteral("tracking_slot"), QStringLiteral("1")));
    a.request(person.id, QStringLiteral("BEL"));
    b.request(b.person(QStringLiteral("Quéré")).id, QStringLiteral("SMA"));
    // A case deleted and two records of one person merged: both travel in the snapshot.
    REQUIRE(CaseRepository(*b.db).remove(b.request(b.person(QStringLiteral("Morvan")).id, QStringLiteral("SMA")).id,
                                         QStringLiteral("Saisi par erreur"), b.agent));
    REQUIRE(CitizenRepository(*a.db).merge(a.person(QStringLiteral("Abgrall")).id, person.id, a.agent));
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);
    REQUIRE(a.sync().ok);
    // The same phone changed in both offices while apart: a conflict both hold.
    Citizen atA = CitizenRepository(*a.db).read(person.id, a.agent, QStringLiteral("test")).value();
    atA.phone = QStringLiteral("0298000001");
    REQUIRE(CitizenRepository(*a.db).update(atA, a.agent));
    b.clock.advance(60'000);
    Citizen atB = CitizenRepository(*b.db).read(person.id, b.agent, QStringLiteral("test")).value();
    atB.phone = QStringLiteral("0298000002");
    REQUIRE(CitizenRepository(*b.db).update(atB, b.agent));
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);
    REQUIRE(a.sync().ok);
    REQUIRE(a.hash() == b.hash());
    REQUIRE(ConflictRepository(*a.db).openCount().value() == 1);

    const sync::SnapshotInfo snapshot = hq.snapshot();
    CHECK(snapshot.seq == hqOperations(hq));

    Workstation fresh(hq, QStringLiteral("BEL"), 2);
    const QUuid identity = fresh.db->workstationId();
    const auto first = fresh.sync();
    REQUIRE(first.ok);
    // The file became its database, with its own identity and settings and nothing of HQ's replay.
    CHECK(fresh.db->meta(QStringLiteral("workstation_id")) == identity.toString(QUuid::WithoutBraces));
    CHECK(fresh.db->meta(QStringLiteral("office_code")) == QStringLiteral("BEL"));
    CHECK(fresh.count(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'snapshot%'")) == 0);
    CHECK(first.snapshotSeq == snapshot.seq);
    CHECK(first.received == 0);  // everything came in the snapshot
    CHECK(fresh.hash() == a.hash());
    CHECK(hq.store->stateHash().value() == fresh.hash());
    CHECK(ConflictRepository(*fresh.db).openCount().value() == 1);
    CHECK(CitizenRepository(*fresh.db).search(QStringLiteral("quere"), 10).value().size() == 1);
    CHECK(CitizenRepository(*fresh.db).search(QStringLiteral("abgrall"), 10).value().isEmpty());  // merged
    CHECK(fresh.count(QStringLiteral("SELECT count(*) FROM cases WHERE deleted = 1")) == 1);
    CHECK(partFiles(fresh).isEmpty());
    QSqlQuery mode(fresh.db->connection());
    REQUIRE((mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next()));
    CHECK(mode.value(0).toString() == QStringLiteral("wal"));  // back after the bulk import
    mode.finish();

    // It syncs on like any workstation, numbering past its series' numbers it received.
    const Case made = fresh.request(person.id, QStringLiteral("BEL"));
    CHECK(made.trackingNumber == QStringLiteral("BEL-2026-000022"));
    REQUIRE(fresh.sync().ok);
    REQUIRE(a.sync().ok);
    REQUIRE(b.sync().ok);
    CHECK(a.hash() == fresh.hash());
    CHECK(b.hash() == fresh.hash());
    CHECK(hq.store->stateHash().value() == fresh.hash());
}

TEST_CASE("Snapshot: operations pushed after the snapshot are pulled after it, once", "[sync][snapshot]")
{
    const QString server = backend();
    if (server.isEmpty())
        return;
    Hq hq(server);
    Workstation a(hq, QStringLiteral("BEL"), 1);
    a.request(a.person().id, QStringLiteral("BEL"));
    REQUIRE(a.sync().ok);
    const sync::SnapshotInfo snapshot = hq.snapshot();
    a.request(a.person(QStringLiteral("Morvan")).id, QStringLiteral("BEL"));  // 3 operations after it
    REQUIRE(a.sync().ok);
    REQUIRE(hqOperations(hq) == snapshot.seq + 3);

    Workstation fresh(hq, QStringLiteral("SMA"), 1);
    const auto first = fresh.sync();
    REQUIRE(first.ok);
    CHECK(first.snapshotSeq == snapshot.seq);
    CHECK(first.received == 3);
    CHECK(fresh.hash() == a.hash());
    const auto again = fresh.sync();
    REQUIRE(again.ok);
    CHECK(again.snapshotSeq == 0);
    CHECK(again.received == 0);

    // The next snapshot is made from the replay kept at HQ, with only what came since.
    const sync::SnapshotInfo next = hq.snapshot();
    CHECK(next.seq == snapshot.seq + 3);
    Workstation later(hq, QStringLiteral("CEN"), 1);
    const auto third = later.sync();
    REQUIRE(third.ok);
    CHECK(third.snapshotSeq == next.seq);
    CHECK(later.hash() == a.hash());
}

TEST_CASE("Snapshot: a damaged or cut snapshot is refused with a clear error and nothing imported", "[sync][snapshot]")
{
    Hq hq;
    Workstation a(hq, QStringLiteral("BEL"), 1);
    a.request(a.person().id, QStringLiteral("BEL"));
    REQUIRE(a.sync().ok);
    const sync::SnapshotInfo snapshot = hq.snapshot();
    const QString atHq = QDir(hq.snapshotDir()).filePath(snapshot.name);
    QFile original(atHq);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray sound = original.readAll();
    original.close();
    Workstation fresh(hq, QStringLiteral("SMA"), 1);

    SECTION("a file damaged at HQ: the download does not match its hash")
    {
        QByteArray damaged = sound;
        damaged.replace(damaged.size() / 2, 64, QByteArray(64, 'x'));
        QFile file(atHq);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(damaged) == damaged.size());
        file.close();
        const auto r = fresh.sync();
        CHECK_FALSE(r.ok);
        CHECK(r.error.message.contains(QStringLiteral("SHA-256")));
        CHECK(r.error.message.contains(QStringLiteral("nothing was imported")));
        requireNothingImported(fresh);
        CHECK(partFiles(fresh).isEmpty());  // the next sync starts the download again

        // Once HQ has a sound file again, the same workstation starts cleanly.
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(sound) == sound.size());
        file.close();
        const auto retry = fresh.sync();
        REQUIRE(retry.ok);
        CHECK(retry.snapshotSeq == snapshot.seq);
        CHECK(fresh.hash() == a.hash());
    }
    SECTION("a cut file is refused before anything is read into the database")
    {
        const QString cut = fresh.dir.file(QStringLiteral("cut.db"));
        QFile file(cut);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(sound.left(sound.size() / 2)) > 0);
        file.close();
        const auto r = sync::importSnapshot(*fresh.db, cut, snapshot);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("cut download")));
        requireNothingImported(fresh);
    }
    SECTION("a file that is not what it says is refused by its own description")
    {
        // Right size and hash, announced as another sequence.
        sync::SnapshotInfo other = snapshot;
        other.seq += 1;
        const auto r = sync::importSnapshot(*fresh.db, atHq, other);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message.contains(QStringLiteral("not the snapshot HQ announced")));
        requireNothingImported(fresh);
    }
    SECTION("a cut download resumes where it stopped")
    {
        // Half of the file already here from an earlier, interrupted sync.
        const QString part = fresh.db->path() + QStringLiteral(".snapshot-") + snapshot.name + QStringLiteral(".part");
        QFile file(part);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(sound.left(sound.size() / 2)) > 0);
        file.close();
        const auto r = fresh.sync();
        REQUIRE(r.ok);
        CHECK(r.snapshotSeq == snapshot.seq);
        CHECK(fresh.hash() == a.hash());
        CHECK(partFiles(fresh).isEmpty());
    }
}

TEST_CASE("Snapshot: a workstation that already has data never imports one", "[sync][snapshot]")
{
    Hq hq;
    Workstation a(hq, QStringLiteral("BEL"), 1);
    a.request(a.person().id, QStringLiteral("BEL"));
    REQUIRE(a.sync().ok);
    const sync::SnapshotInfo snapshot = hq.snapshot();

    Workstation busy(hq, QStringLiteral("SMA"), 1);
    busy.person(QStringLiteral("Morvan"));  // made here before its first sync
    const auto r = busy.sync();
    REQUIRE(r.ok);
    CHECK(r.snapshotSeq == 0);
    CHECK(r.received == 3);  // pulled, operation by operation
    CHECK(r.sent == 1);
    REQUIRE(a.sync().ok);
    CHECK(busy.hash() == a.hash());

    // Asked directly, the import refuses and changes nothing.
    const QByteArray before = busy.hash();
    const auto imported = sync::importSnapshot(*busy.db, QDir(hq.snapshotDir()).filePath(snapshot.name), snapshot);
    REQUIRE_FALSE(imported.has_value());
    CHECK(imported.error().code == Error::Code::Conflict);
    CHECK(busy.hash() == before);
}
