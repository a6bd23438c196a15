#include "storage/Migrator.h"

#include "storage/ReferenceData.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Logging.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace passerelle {

const QList<Migrator::Step> &Migrator::shippedSteps()
{
    static const QList<Step> steps = [] {
        QList<Step> out;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out.append({match.captured(1).toInt(), match.captured(2), f.readAll()});
        }
        std::sort(out.begin(), out.end(),
                  [](const Step &a, const Step &b) { return a.version < b.version; });
        return out;
    }();
    return steps;
}

int Migrator::latestVersion()
{
    const auto &steps = shippedSteps();
    return steps.isEmpty() ? 0 : steps.last().version;
}

int Migrator::currentVersion(sqlite3 *db)
{
    SqliteStatement q(db, "PRAGMA user_version");
    return q.step() ? int(q.int64(0)) : 0;
}

int Migrator::migrate(sqlite3 *db, const Clock &clock)
{
    return migrate(db, shippedSteps(), clock);
}

int Migrator::migrate(sqlite3 *db, const QList<Step> &steps, const Clock &clock)
{
    const int from = currentVersion(db);
    const int target = steps.isEmpty() ? from : steps.last().version;
    if (from >= target)
        return from;

    Transaction tx(db, Transaction::Mode::Immediate);
    for (const Step &step : steps) {
        if (step.version <= from)
            continue;
        qCInfo(lcStorage) << "applying migration" << step.version << step.name;
        try {
            execSql(db, step.sql);
        } catch (const StorageError &e) {
            throw StorageError(
                QCoreApplication::translate(
                    "Storage", "La migration %1 (%2) a échoué : %3. La base n'a pas été modifiée.")
                    .arg(step.version)
                    .arg(step.name, e.message()));
        }
    }
    // Shipped reference items are (re)offered after every upgrade; existing codes are kept
    // as the coordinator may have relabelled them.
    ReferenceData::loadShipped(db, clock);

    SqliteStatement hasReplica(db, "SELECT 1 FROM replica_meta WHERE key = 'replica_id'");
    if (!hasReplica.step()) {
        // A random (v4) id: it names this copy of the data, not a moment.
        QByteArray id(16, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(id.data()), 4);
        id[6] = char((id[6] & 0x0F) | 0x40);
        id[8] = char((id[8] & 0x3F) | 0x80);
        SqliteStatement insert(db, "INSERT INTO replica_meta(key, value) VALUES (?, ?)");
        insert.bindUtf8(1, "replica_id");
        insert.bindBlob(2, id);
        insert.execute();
        insert.bindUtf8(1, "created_at");
        insert.bind(2, clock.nowMs());
        insert.execute();
    }
    execSql(db, "PRAGMA user_version = " + QByteArray::number(target));
    tx.commit();
    return from;
}

} // namespace passerelle
