// SPDX-License-Identifier: GPL-3.0-or-later
// The sync messages, read as both ends read them: each one survives its own
// JSON, and a member missing or of the wrong type is refused by its name.
#include "sync/messages.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace guichet;
using namespace guichet::sync;

namespace {

Operation sampleOperation()
{
    Operation op;
    op.opId = QUuid::createUuid();
    op.entity = QStringLiteral("case_event");
    op.entityId = QUuid::createUuid();
    op.op = QStringLiteral("append");
    op.fields = {{QStringLiteral("case_id"), uuidText(QUuid::createUuid())}, {QStringLiteral("kind"), QStringLiteral("note")},
                 {QStringLiteral("at"), QStringLiteral("2026-12-02T10:00:00.000Z")}, {QStringLiteral("release_id"), QStringLiteral("2026.1")}};
    op.hlc = (qint64(1) << 60) + 7;  // above 2^53: must survive JSON as text
    op.workstationId = QUuid::createUuid();
    op.schemaVersion = 10;
    op.createdAt = QStringLiteral("2026-12-02T10:00:00.000Z");
    op.hqSeq = 42;
    return op;
}

template<typename Message>
Message roundTrip(const Message &m)
{
    auto read = Message::fromJson(m.toJson());
    INFO((read ? QString() : read.error().message).toStdString());
    REQUIRE(read.has_value());
    return *read;
}

} // namespace

TEST_CASE("A push and a pull page written as JSON text read back as the same messages, awkward characters included",
          "[sync][messages]")
{
    Operation op = sampleOperation();
    // Quotes, backslashes, control characters and accents, in the fields and
    // in a member the text writer writes itself.
    op.fields.insert(QStringLiteral("text"), QStringLiteral("Il a dit \"oui\" \\ puis\n\tnon\x01 — Quéré"));
    op.createdAt = QStringLiteral("2026-12-02T10:00:00.000Z\"\\");
    Operation plain = sampleOperation();
    plain.agentId = QUuid::createUuid();
    plain.hqSeq = 0;

    const PushRequest push{{op, plain}};
    auto pushText = unpack(packed(push));
    REQUIRE(pushText.has_value());
    CHECK(*pushText == push.toJson());
    CHECK(PushRequest::fromJson(*pushText).value().operations == push.operations);

    for (const bool more : {true, false}) {
        const PullAnswer page{{op, plain}, (qint64(1) << 54) + 3, more};
        auto pageText = unpack(packed(page));
        REQUIRE(pageText.has_value());
        CHECK(*pageText == page.toJson());
        const PullAnswer read = PullAnswer::fromJson(*pageText).value();
        CHECK(read.operations == page.operations);
        CHECK(read.last == page.last);
        CHECK(read.more == more);
    }
    const PullAnswer empty{{}, 7, false};
    CHECK(unpack(packed(empty)).value() == empty.toJson());

    const PushAnswer answer{{{op.opId, (qint64(1) << 55) + 1}, {plain.opId, 2}},
                            {{QUuid::createUuid(), QStringLiteral("phone"), QStringLiteral("trop \"long\"")}},
                            {{QUuid::createUuid(), QStringLiteral("case_id"), QStringLiteral("pas encore reçu")}}};
    CHECK(unpack(packed(answer)).value() == answer.toJson());
    CHECK(unpack(packed(PushAnswer{})).value() == PushAnswer{}.toJson());
}

TEST_CASE("Each sync message reads back what it wrote, 64-bit sequences included", "[sync][messages]")
{
    const Operation op = sampleOperation();

    const PushRequest push = roundTrip(PushRequest{{op}});
    REQUIRE(push.operations.size() == 1);
    CHECK(push.operations.at(0) == op);

    const PushAnswer answer{{{op.opId, (qint64(1) << 55) + 1}},
                            {{QUuid::createUuid(), QStringLiteral("phone"), QStringLiteral("too long")}},
                            {{QUuid::createUuid(), QStringLiteral("case_id"), QStringLiteral("not held yet")}}};
    const PushAnswer answerRead = roundTrip(answer);
    CHECK(answerRead.acks == answer.acks);
    CHECK(answerRead.refused == answer.refused);
    CHECK(answerRead.later == answer.later);

    const PullAnswer page = roundTrip(PullAnswer{{op}, (qint64(1) << 54) + 3, true});
    CHECK(page.operations == QList<Operation>{op});
    CHECK(page.last == (qint64(1) << 54) + 3);
    CHECK(page.more);

    const PullRequest pull = roundTrip(PullRequest{.after = 12345, .limit = 700});
    CHECK(pull.after == 12345);
    CHECK(pull.limit == 700);

    const StateCheckAnswer check = roundTrip(StateCheckAnswer{7, true, "abc", {{QStringLiteral("cases"), "def"}}});
    CHECK(check.seq == 7);
    CHECK(check.hash == "abc");
    CHECK(check.parts.value(QStringLiteral("cases")) == "def");

    const StateRowsAnswer rows = roundTrip(StateRowsAnswer{true, {{QStringLiteral("k1"), "d1"}, {QStringLiteral("k2"), "d2"}}, false});
    REQUIRE(rows.rows.size() == 2);
    CHECK(rows.rows.at(1).first == QStringLiteral("k2"));
    CHECK(rows.rows.at(1).second == "d2");

    Welcome welcome{.protocol = 2, .epoch = QStringLiteral("e1"), .epochStart = 10, .lastSeq = 99,
                    .minimumClientVersion = QStringLiteral("0.1.0"), .releaseId = QStringLiteral("2026.1"),
                    .releaseHash = QStringLiteral("ab"), .officeCode = QStringLiteral("BEL"),
                    .serverTime = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};
    welcome.releases << AnnouncedRelease{QStringLiteral("2026.1"), 1, QString(64, u'a'), QDate(2026, 1, 1)};
    const Welcome welcomeRead = roundTrip(welcome);
    CHECK(welcomeRead.epochStart == 10);
    CHECK(welcomeRead.lastSeq == 99);
    CHECK(welcomeRead.releases == welcome.releases);
    CHECK(welcomeRead.serverTime == welcome.serverTime);
    CHECK_FALSE(welcomeRead.snapshot.has_value());
    // A snapshot is offered only in the format this build takes; another is no offer (the workstation pulls).
    welcome.snapshot = SnapshotInfo{QStringLiteral("snapshot-99-0123456789abcdef.db"), 99, QStringLiteral("e1"), 4096,
                                    QByteArray(64, 'a'), 10, SnapshotFormat};
    CHECK(roundTrip(welcome).snapshot.has_value());
    welcome.snapshot->format = 1;
    CHECK_FALSE(roundTrip(welcome).snapshot.has_value());

    const EnrolRequest enrol = roundTrip(EnrolRequest{QStringLiteral("K7Q2-PX9M"), QStringLiteral("BEL"), op.workstationId});
    CHECK(enrol.workstationId == op.workstationId);
    CHECK(roundTrip(EnrolAnswer{"token", QStringLiteral("e1")}).token == "token");
    CHECK(roundTrip(SnapshotChunkRequest{QStringLiteral("snapshot-1-ab.db"), 8'388'608}).offset == 8'388'608);
    CHECK(roundTrip(ReleaseAnswer{QStringLiteral("2026.1"), "{\"a\":1}"}).content == "{\"a\":1}");
}

TEST_CASE("A sync message with a member missing or of the wrong type is refused by that member's name", "[sync][messages]")
{
    auto refusedField = [](const Result<PullRequest> &r) { return r ? QString() : r.error().field; };
    CHECK(refusedField(PullRequest::fromJson({})) == QStringLiteral("after"));
    CHECK(refusedField(PullRequest::fromJson({{QStringLiteral("after"), 5}})) == QStringLiteral("after"));  // a number, not text
    CHECK(refusedField(PullRequest::fromJson({{QStringLiteral("after"), QStringLiteral("-1")}})) == QStringLiteral("after"));

    // HQ's limit is kept within bounds, never trusted.
    auto huge = PullRequest::fromJson({{QStringLiteral("after"), QStringLiteral("0")}, {QStringLiteral("limit"), 1'000'000}});
    REQUIRE(huge.has_value());
    CHECK(huge->limit == PullRequest::MaxPullLimit);

    QJsonObject answer = PushAnswer{}.toJson();
    answer.insert(QStringLiteral("acks"), QJsonArray{QJsonArray{QStringLiteral("not-a-uuid"), QStringLiteral("3")}});
    auto acks = PushAnswer::fromJson(answer);
    REQUIRE_FALSE(acks.has_value());
    CHECK(acks.error().field == QStringLiteral("acks"));

    auto empty = PushRequest::fromJson({{QStringLiteral("operations"), QJsonArray{}}});
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().field == QStringLiteral("operations"));

    QJsonObject broken = sampleOperation().toJson();
    broken.remove(QStringLiteral("hlc"));
    auto push = PushRequest::fromJson({{QStringLiteral("operations"), QJsonArray{sampleOperation().toJson(), broken}}});
    REQUIRE_FALSE(push.has_value());
    CHECK(push.error().field == QStringLiteral("hlc"));
    CHECK(push.error().message.startsWith(QStringLiteral("Operation 2")));

    QJsonObject page = PullAnswer{}.toJson();
    page.remove(QStringLiteral("more"));
    auto pull = PullAnswer::fromJson(page);
    REQUIRE_FALSE(pull.has_value());
    CHECK(pull.error().field == QStringLiteral("more"));
}

TEST_CASE("HQ's refusal of a status change is one typed case event every end recognises", "[sync][messages]")
{
    const StatusRefusal refusal{.caseId = QUuid::createUuid(), .at = QStringLiteral("2026-12-02T10:00:00.000Z"),
                                .releaseId = QStringLiteral("2026.1"), .to = QStringLiteral("remis"),
                                .status = QStringLiteral("instruction"), .reason = StatusRefusal::Reason::NotAllowed,
                                .refusedOp = QUuid::createUuid(), .refusedWorkstation = QUuid::createUuid()};
    Operation op = sampleOperation();
    op.fields = refusal.toFields();
    REQUIRE(StatusRefusal::isRefusal(op));
    const auto read = StatusRefusal::of(op);
    REQUIRE(read.has_value());
    CHECK(read->caseId == refusal.caseId);
    CHECK(read->reason == StatusRefusal::Reason::NotAllowed);
    CHECK(read->refusedWorkstation == refusal.refusedWorkstation);
    CHECK(op.fields.value(QStringLiteral("reason")).toString() == QStringLiteral("not_allowed"));
    // A case event is valid on the wire as any other.
    CHECK(validate(op).has_value());

    op.fields.insert(QStringLiteral("kind"), QStringLiteral("note"));
    CHECK_FALSE(StatusRefusal::isRefusal(op));
    CHECK_FALSE(StatusRefusal::of(op).has_value());
}

TEST_CASE("What a workstation writes of an operation is what HQ accepts of it: one list", "[sync][messages]")
{
    const QStringList caseUpdate = writtenFields(QStringLiteral("case"), QStringLiteral("update"));
    CHECK(caseUpdate.contains(QStringLiteral("status")));
    CHECK_FALSE(caseUpdate.contains(QStringLiteral("_base")));
    CHECK_FALSE(caseUpdate.contains(QStringLiteral("tracking_number")));  // set once, at the insert
    const QStringList citizenInsert = writtenFields(QStringLiteral("citizen"), QStringLiteral("insert"));
    CHECK(citizenInsert.first() == QStringLiteral("family_name"));
    CHECK_FALSE(citizenInsert.contains(QStringLiteral("created_at")));
    CHECK(writtenFields(QStringLiteral("agent"), QStringLiteral("update")).contains(QStringLiteral("active")));
    CHECK(writtenFields(QStringLiteral("nothing"), QStringLiteral("insert")).isEmpty());
}
