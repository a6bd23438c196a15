#include "demo/DemoGenerator.h"

#include "demo/DemoActionSheetBuilder.h"
#include "demo/DemoAssessmentBuilder.h"
#include "demo/DemoCaseBuilder.h"
#include "demo/DemoCasePlanner.h"
#include "demo/DemoInterventionBuilder.h"
#include "demo/DemoOrganisationBuilder.h"
#include "demo/DemoSessionBuilder.h"
#include "demo/DemoWorld.h"
#include "demo/DemoWriter.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Logging.h"
#include "util/TrContext.h"

#include <QElapsedTimer>

namespace passerelle {

namespace {

// The reference year must leave room for the sheets' years (seven before, one after) inside
// the schema's 1990–2100 range.
constexpr int minReferenceYear = 1997;
constexpr int maxReferenceYear = 2098;

// Bulk-load settings for the duration of the load, put back afterwards.
// - A larger page cache keeps the indexes of two million interventions in memory so that
//   no page is written twice.
// - Foreign keys are verified once, over the whole load, just before the commit
//   (verifyForeignKeys) instead of row by row: enforced per row they force SQLite to keep a
//   statement journal for every multi-row INSERT and cost about a third of the time.
//   Nothing that breaks a foreign key is ever committed either way.
// - synchronous stays FULL: the load is one transaction, so durability rests on its single
//   commit.
// PRAGMA foreign_keys has no effect inside a transaction: construct this before it.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(sqlite3 *db) : m_db(db)
    {
        m_cacheSize = pragma("cache_size");
        m_foreignKeys = pragma("foreign_keys");
        execSql(db, "PRAGMA cache_size = -524288"); // 1 GiB at most, taken as pages are touched
        execSql(db, "PRAGMA foreign_keys = OFF");
    }
    ~BulkLoadSettings()
    {
        try {
            execSql(m_db, "PRAGMA cache_size = " + QByteArray::number(m_cacheSize));
            execSql(m_db, "PRAGMA foreign_keys = " + QByteArray::number(m_foreignKeys));
        } catch (const std::exception &e) {
            qCWarning(lcDemo) << "could not restore the connection settings:" << e.what();
        }
    }
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    qint64 pragma(const char *name) const
    {
        SqliteStatement q(m_db, QByteArray("PRAGMA ") + name);
        return q.step() ? q.int64(0) : 0;
    }
    sqlite3 *m_db;
    qint64 m_cacheSize = 0;
    qint64 m_foreignKeys = 1;
};

// Throws StorageError, naming the table, when any row refers to a missing parent.
void verifyForeignKeys(sqlite3 *db)
{
    SqliteStatement check(db, "PRAGMA foreign_key_check");
    if (check.step())
        throw StorageError(
            DemoText::tr("Données de démonstration incohérentes : une ligne de %1 renvoie à "
                         "un enregistrement absent de %2 ; rien n'a été enregistré.")
                .arg(check.text(0), check.text(2)));
}

QDate referenceDate(const DemoOptions &options)
{
    const QDate today = options.today.isValid() ? options.today : systemClock().today();
    if (today.year() < minReferenceYear || today.year() > maxReferenceYear)
        throw ValidationError(
            QStringLiteral("today"),
            DemoText::tr("La date de référence doit être comprise entre %1 et %2.")
                .arg(minReferenceYear)
                .arg(maxReferenceYear));
    return today;
}

void validate(const DemoOptions &options)
{
    if (options.cases < 1 || options.cases > DemoGenerator::maxCases)
        throw ValidationError(
            QStringLiteral("cases"),
            DemoText::tr("Le nombre de situations doit être compris entre 1 et %1.")
                .arg(DemoGenerator::maxCases));
    if (options.interventionsPerCase < 0 ||
        options.interventionsPerCase > DemoGenerator::maxInterventionsPerCase)
        throw ValidationError(
            QStringLiteral("interventions-per-case"),
            DemoText::tr("Le nombre d'interventions par situation doit être compris entre 0 et %1.")
                .arg(DemoGenerator::maxInterventionsPerCase));
    if (qint64(options.cases) * options.interventionsPerCase > DemoGenerator::maxInterventions)
        throw ValidationError(
            QStringLiteral("interventions-per-case"),
            DemoText::tr("Au plus %1 interventions en tout : réduisez le nombre de "
                         "situations ou d'interventions par situation.")
                .arg(DemoGenerator::maxInterventions));
}

// When adding to existing data, the seed is mixed with what is already there so that the
// same command run twice does not produce twin codes.
quint64 effectiveSeed(const Database &db, const DemoOptions &options)
{
    SqliteStatement q(db.handle(),
                      "SELECT (SELECT count(*) FROM programme), (SELECT count(*) FROM case_file), "
                      "(SELECT count(*) FROM person), (SELECT count(*) FROM intervention)");
    q.step();
    quint64 seed = options.seed;
    for (int c = 0; c < 4; ++c)
        seed = DemoRandom::mix(seed, quint64(q.int64(c)));
    return seed == options.seed ? seed + 1 : seed;
}
} // namespace

DemoSummary DemoGenerator::generate(Database &db, const DemoOptions &options)
{
    validate(options);
    const QDate today = referenceDate(options);
    const bool empty = db.isEmpty();
    if (!empty && !options.append)
        throw ValidationError(
            QStringLiteral("append"),
            DemoText::tr("La base contient déjà des programmes ou des situations : les données "
                         "de démonstration ne s'y ajoutent qu'en mode ajout."));
    QElapsedTimer timer;
    timer.start();

    const QDate windowStart = today.addYears(-5);
    DemoWorld world(
        DemoCalendar(QDate(windowStart.year() - 30, 1, 1), QDate(today.year() + 2, 12, 31), today));
    world.seed = empty ? options.seed : effectiveSeed(db, options);
    world.windowStart = world.calendar.dayOf(windowStart);
    world.caseCount = options.cases;
    const int totalUnits = options.cases + options.cases * options.interventionsPerCase;
    if (options.progress)
        world.progress = [&options, totalUnits](int done) { options.progress(done, totalUnits); };

    DemoSummary summary;
    {
        BulkLoadSettings settings(db.handle());
        Transaction tx(db.handle());
        DemoWriter writer(db.handle(), DemoRandom::mix(world.seed, quint64(DemoStream::Ids)));
        QElapsedTimer stage;
        stage.start();
        auto done = [&stage](const char *what) {
            qCDebug(lcDemo) << what << stage.restart() << "ms";
        };
        DemoOrganisationBuilder::write(world, writer);
        DemoActionSheetBuilder::write(world, writer);
        DemoSessionBuilder::plan(world);
        DemoSessionBuilder::write(world, writer);
        done("organisation, sheets, sessions");
        DemoCasePlanner::plan(world);
        done("case plan");
        DemoCaseBuilder::write(world, writer);
        done("cases");
        DemoSessionBuilder::writeReviews(world, writer);
        done("reviews");
        DemoInterventionBuilder::write(world, writer, options.interventionsPerCase, options.cases);
        done("interventions");
        DemoAssessmentBuilder::write(world, writer);
        writer.finish();
        done("assessments");
        verifyForeignKeys(db.handle());
        done("foreign key check");
        tx.commit();
        done("commit");
        summary.rows = writer.rowsPerTable();
    }
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcDemo) << "demo data:" << summary.totalRows() << "rows in" << summary.elapsedMs << "ms";
    return summary;
}

} // namespace passerelle
