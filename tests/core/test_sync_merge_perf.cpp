#include "sync/ChangeRecord.h"
#include "sync/SyncLaptopBench.h"
#include "sync/SyncPhaseTimer.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborValue>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <limits>

using namespace passerelle;

namespace {
RowChange sampleRow()
{
    RowChange row;
    row.table = QStringLiteral("intervention");
    row.key = QByteArray("\x01\x10", 2) + QByteArray(16, '\x42');
    row.rowDot = ChangeDot{1, 7, (qint64(1750000000000) << 16) | 3};
    row.alive = true;
    UnitChange a;
    a.dot = *row.rowDot; // written with the row: travels as -1
    a.columns = {QStringLiteral("date")};
    a.values = {QVariant(QStringLiteral("2025-03-04"))};
    UnitChange b;
    b.dot = ChangeDot{0, 300, 12};
    b.columns = {QStringLiteral("duration_min"), QStringLiteral("note"),
                 QStringLiteral("programme_id"), QStringLiteral("fte"),
                 QStringLiteral("archived_at"),  QStringLiteral("big")};
    b.values = {QVariant(qint64(-45)),
                QVariant(QStringLiteral("Visite à domicile — « été »")),
                QVariant(QByteArray(16, '\xfe')),
                QVariant(0.75),
                QVariant(),
                QVariant(std::numeric_limits<qint64>::min())};
    row.units = {a, b};
    return row;
}

void requireSameRow(const RowChange &x, const RowChange &y)
{
    REQUIRE(x.table == y.table);
    REQUIRE(x.key == y.key);
    REQUIRE(x.rowDot == y.rowDot);
    REQUIRE(x.alive == y.alive);
    REQUIRE(x.units.size() == y.units.size());
    for (qsizetype i = 0; i < x.units.size(); ++i) {
        REQUIRE(x.units[i].dot == y.units[i].dot);
        REQUIRE(x.units[i].columns == y.units[i].columns);
        REQUIRE(x.units[i].values.size() == y.units[i].values.size());
        for (qsizetype j = 0; j < x.units[i].values.size(); ++j) {
            const QVariant &v = x.units[i].values[j];
            const QVariant &w = y.units[i].values[j];
            REQUIRE(v.typeId() == w.typeId());
            REQUIRE(v == w);
        }
    }
}
} // namespace

TEST_CASE("Change records decode in place to what was encoded, every kind and value type",
          "[sync][perf]")
{
    const RowChange row = sampleRow();
    const std::optional<ChangeRecord> back =
        ChangeRecordCodec::decode(ChangeRecordCodec::encode(row));
    REQUIRE(back);
    requireSameRow(row, std::get<RowChange>(*back));

    RowChange removed;
    removed.table = QStringLiteral("case_worker");
    removed.key = QByteArray(34, '\x07');
    removed.rowDot = ChangeDot{2, 1, 0};
    removed.alive = false;
    const auto removedBack = ChangeRecordCodec::decode(ChangeRecordCodec::encode(removed));
    REQUIRE(removedBack);
    requireSameRow(removed, std::get<RowChange>(*removedBack));

    const TombstoneChange tomb{QStringLiteral("person"), QByteArray(16, '\x09'), {3, 99, 5}};
    const auto tombBack = ChangeRecordCodec::decode(ChangeRecordCodec::encode(tomb));
    REQUIRE(tombBack);
    const auto &t = std::get<TombstoneChange>(*tombBack);
    REQUIRE((t.table == tomb.table && t.keyHash == tomb.keyHash && t.dot == tomb.dot));

    const LoserChange loser{QStringLiteral("case_file"),
                            QByteArray(17, '\x01'),
                            QStringLiteral("status,closed_on"),
                            QStringLiteral("'open', NULL"),
                            {0, 4, 8}};
    const auto loserBack = ChangeRecordCodec::decode(ChangeRecordCodec::encode(loser));
    REQUIRE(loserBack);
    const auto &l = std::get<LoserChange>(*loserBack);
    REQUIRE((l.table == loser.table && l.key == loser.key && l.columns == loser.columns &&
             l.value == loser.value && l.dot == loser.dot));

    const EpochChange epoch{1, 42, QByteArray(24, '\x03')};
    const auto epochBack = ChangeRecordCodec::decode(ChangeRecordCodec::encode(epoch));
    REQUIRE(epochBack);
    REQUIRE((std::get<EpochChange>(*epochBack).floor == 42 &&
             std::get<EpochChange>(*epochBack).context == epoch.context));

    const ReplicaTable replicas{{QByteArray(16, 'a'), QByteArray(16, 'b')}};
    const auto replicasBack = ChangeRecordCodec::decode(ChangeRecordCodec::encode(replicas));
    REQUIRE(replicasBack);
    REQUIRE(std::get<ReplicaTable>(*replicasBack).replicas == replicas.replicas);

    const ScopeChange scope{{QByteArray(16, 'c')}, {}};
    const auto scopeBack = ChangeRecordCodec::decode(ChangeRecordCodec::encode(scope));
    REQUIRE(scopeBack);
    REQUIRE(std::get<ScopeChange>(*scopeBack).cases == scope.cases);
    REQUIRE(std::get<ScopeChange>(*scopeBack).entering.isEmpty());
}

TEST_CASE("Change records: a cut, padded or retyped record is refused, never half read",
          "[sync][perf]")
{
    const QByteArray bytes = ChangeRecordCodec::encode(sampleRow());
    for (qsizetype cut = 0; cut < bytes.size(); ++cut)
        REQUIRE_FALSE(ChangeRecordCodec::decode(QByteArrayView(bytes).first(cut)));
    REQUIRE_FALSE(ChangeRecordCodec::decode(QByteArray(bytes + '\0')));

    // Well-formed CBOR of the wrong shapes.
    auto encoded = [](const QCborArray &a) { return QCborValue(a).toCbor(); };
    REQUIRE_FALSE(ChangeRecordCodec::decode(encoded({})));
    REQUIRE_FALSE(ChangeRecordCodec::decode(encoded({99})));
    REQUIRE_FALSE(ChangeRecordCodec::decode(encoded({3, QStringLiteral("t")})));
    // A unit that says "the row's dot" in a row without one.
    REQUIRE_FALSE(ChangeRecordCodec::decode(
        encoded({3, QStringLiteral("t"), QByteArray("k"), QCborValue(QCborValue::Null),
                 QCborArray{-1, QStringLiteral("c"), 1}})));
    // A unit whose column is not a name.
    REQUIRE_FALSE(
        ChangeRecordCodec::decode(encoded({3, QStringLiteral("t"), QByteArray("k"),
                                           QCborArray{true, 0, 1, 1}, QCborArray{-1, 5, 1}})));
    // A dot with no counter.
    REQUIRE_FALSE(
        ChangeRecordCodec::decode(encoded({2, QStringLiteral("t"), QByteArray(16, 'h'), 0, 0, 1})));
    // Indefinite lengths are never written by the encoder: refused.
    REQUIRE_FALSE(ChangeRecordCodec::decode(QByteArray::fromHex("9f0302ff")));
    // A float value in half precision reads as the double it stands for.
    const QByteArray half =
        QByteArray::fromHex("85") + QCborValue(3).toCbor() +
        QCborValue(QStringLiteral("t")).toCbor() + QCborValue(QByteArray("k")).toCbor() +
        QCborValue(QCborArray{true, 0, 1, 1}).toCbor() + QByteArray::fromHex("83") +
        QCborValue(-1).toCbor() + QCborValue(QStringLiteral("fte")).toCbor() +
        QByteArray::fromHex("f93e00");
    const auto withHalf = ChangeRecordCodec::decode(half);
    REQUIRE(withHalf);
    REQUIRE(std::get<RowChange>(*withHalf).units.at(0).values.at(0) == QVariant(1.5));
}

TEST_CASE(
    "Change records: randomly damaged bytes are refused or read whole, never crash the reader",
    "[sync][perf]")
{
    // A paired device is trusted to sign, not to encode correctly: the in-place reader must
    // survive any bytes. 3 000 records with one to four bytes replaced, then cut at random.
    const QByteArray pristine = ChangeRecordCodec::encode(sampleRow());
    QRandomGenerator random(20261123);
    int refused = 0;
    for (int n = 0; n < 3000; ++n) {
        QByteArray bytes = pristine;
        const int damage = 1 + int(random.bounded(4));
        for (int d = 0; d < damage; ++d)
            bytes[qsizetype(random.bounded(int(bytes.size())))] = char(random.bounded(256));
        if (random.bounded(2) == 0)
            bytes.truncate(qsizetype(random.bounded(int(bytes.size()) + 1)));
        const auto decoded = ChangeRecordCodec::decode(bytes);
        if (!decoded) {
            ++refused;
            continue;
        }
        // What is read is a whole record: it encodes again without trouble.
        CHECK_FALSE(ChangeRecordCodec::encode(*decoded).isEmpty());
    }
    CHECK(refused > 1500); // most damage is seen
}

TEST_CASE("Sync phase timer: time goes to the innermost phase, and nothing when off",
          "[sync][perf]")
{
    {
        SyncPhaseTimer ignored(SyncPhase::Decode); // measuring is off: counts nothing
    }
    SyncPhaseTimes::start();
    {
        SyncPhaseTimer outer(SyncPhase::Compare);
        QThread::msleep(5);
        {
            SyncPhaseTimer inner(SyncPhase::WriteRow);
            QThread::msleep(60);
        }
    }
    const SyncPhaseTimes times = SyncPhaseTimes::stop();
    REQUIRE(times.nanos(SyncPhase::Decode) == 0);
    REQUIRE(times.nanos(SyncPhase::WriteRow) >= 60'000'000);
    // The outer phase paused while the inner one ran: counted once, not 65 ms.
    REQUIRE(times.nanos(SyncPhase::Compare) >= 5'000'000);
    REQUIRE(times.nanos(SyncPhase::Compare) < 60'000'000);
    REQUIRE(times.totalNanos() >= 65'000'000);
    for (int p = 0; p < int(SyncPhase::Count); ++p)
        REQUIRE_FALSE(SyncPhaseTimes::name(SyncPhase(p)).isEmpty());
}

TEST_CASE("Laptop first-sync bench: the laptop holds exactly its worker's cases", "[sync][perf]")
{
    QTemporaryDir dir;
    const SyncLaptopFigures f = SyncLaptopBench::run(dir.path(), 12, 120);
    REQUIRE(f.scopeExact);
    REQUIRE(f.laptopCases == 12);
    REQUIRE(f.mergedRows > 12);
    REQUIRE(f.bundleBytes > 0);
    REQUIRE(f.bundleRecords >= f.mergedRows);
    REQUIRE(f.importPhases.totalNanos() > 0);
}
