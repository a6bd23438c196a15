// A child process for the crash test (tests/core/test_sync_crash.cpp): imports one bundle
// into one database exactly as SyncEngine::import does (BundleReader::apply around
// ChangeMerger::merge, one IMMEDIATE transaction that also marks the bundle applied), and
// prints "merging" from inside the transaction, so that the parent can kill it at a known
// moment of the write instead of guessing how long start-up and verification take.
//
// Usage: sync_crash_child DATABASE BUNDLE. Exit 0 once committed, 1 when refused, 3 on error.

#include "storage/Database.h"
#include "sync/BundleReader.h"
#include "sync/ChangeMerger.h"
#include "sync/ReplicaKeys.h"
#include "util/Errors.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace passerelle;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: sync_crash_child DATABASE BUNDLE\n", stderr);
        return 2;
    }
    try {
        const auto db = Database::open(args.at(1), Database::OpenMode::OpenExisting,
                                       Database::IntegrityCheck::Deferred);
        const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return 3;
        const BundleReadResult result = BundleReader(*db, keys).apply(
            file, [&](const BundleHeader &header, const BundleRecords &records) {
                std::fputs("merging\n", stdout);
                std::fflush(stdout);
                ChangeMerger(*db).merge(header, records);
                std::fputs("committing\n", stdout);
                std::fflush(stdout);
            });
        std::fputs(result.isVerified() ? "merged\n" : "refused\n", stdout);
        return result.isVerified() ? 0 : 1;
    } catch (const Error &e) {
        std::fputs(e.what(), stderr);
        std::fputs("\n", stderr);
        return 3;
    }
}
