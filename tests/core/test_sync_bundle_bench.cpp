#include "test_sync_fixtures.h"

#include "sync/BundleReader.h"
#include "util/Uuid.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace passerelle;
using namespace passerelle::test;

namespace {
// Records shaped like the changes a laptop sends after a week of visits: one intervention
// row each, with its ids, date, codes and the dot that made it.
QList<QByteArray> interventionLikeRecords(int count)
{
    QRandomGenerator random(2025);
    const char *statuses[] = {"done", "planned", "cancelled", "missed"};
    const char *channels[] = {"face_to_face", "phone", "video"};
    const char *types[] = {"home_visit", "interview", "accompaniment", "administrative_step",
                           "decluttering"};
    const QByteArray replica = Uuid::createV7().toString().toLatin1();
    QList<Uuid> cases;
    for (int i = 0; i < 500; ++i)
        cases.append(Uuid::createV7());
    QList<QByteArray> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray date =
            QDate(2025, 1, 1).addDays(random.bounded(365)).toString(Qt::ISODate).toLatin1();
        records.append("{\"t\":\"intervention\",\"id\":\"" +
                       Uuid::createV7().toString().toLatin1() + "\",\"case\":\"" +
                       cases[random.bounded(500)].toString().toLatin1() + "\",\"date\":\"" + date +
                       "\",\"status\":\"" + statuses[random.bounded(4)] + "\",\"duration_min\":" +
                       QByteArray::number(15 * (1 + random.bounded(8))) + ",\"channel\":\"" +
                       channels[random.bounded(3)] + "\",\"type\":\"" + types[random.bounded(5)] +
                       "\",\"dot\":[\"" + replica + "\"," + QByteArray::number(i + 1) + "]}");
    }
    return records;
}
} // namespace

// Hidden: run with `build/tests/core_tests "Bundle throughput and size per record"`
// (figures in docs/sync-bundle-format.md).
TEST_CASE("Bundle throughput and size per record", "[.bench]")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);
    const QList<QByteArray> records = interventionLikeRecords(200000);
    qint64 plain = 0;
    for (const QByteArray &r : records)
        plain += r.size();
    const double mb = double(plain) / (1024 * 1024);
    std::printf("%lld records, %.1f MiB of record bytes (%.0f bytes per record)\n",
                static_cast<long long>(records.size()), mb, double(plain) / records.size());

    for (const int level : {1, 6, 9}) {
        BundleWriter writer(*office.keys);
        writer.setCompressionLevel(level);
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        writer.write(out, laptop.asPeer(), {}, records);
        const double writeSeconds = timer.nsecsElapsed() / 1e9;

        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        timer.restart();
        const BundleReadResult result = BundleReader(laptop.db(), *laptop.keys).read(in);
        const double readSeconds = timer.nsecsElapsed() / 1e9;
        REQUIRE(result.isVerified());
        REQUIRE(result.records.count() == records.size());
        std::printf(
            "zlib level %d: %.1f MiB file, %.1f bytes per record (%.0f%% of the records), "
            "write %.0f MiB/s, read %.0f MiB/s\n",
            level, double(bytes.size()) / (1024 * 1024), double(bytes.size()) / records.size(),
            100.0 * double(bytes.size()) / double(plain), mb / writeSeconds, mb / readSeconds);
    }
}
