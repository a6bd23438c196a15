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

#include <QCoreApplication>
#include <QElapsedTimer>

namespace passerelle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

// The reference year must leave room for the sheets' years (seven before, one after) inside
// the schema's 1990–2100 range.
constexpr int minReferenceYear = 1997;
constexpr int maxReferenceYear = 2098;

// Bulk-load settings for the duration of the load, put back afterwards. Only the page cache
// grows: the whole load is one transaction, so durability rests on its single commit, which
// keeps the connection's synchronous = FULL.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(sqlite3 *db) : m_db(db)
    {
        SqliteStatement q(db, "PRAGMA cache_size");
        m_cacheSize = q.step() ? q.int64(0) : -65536;
        // 1 GiB at most, taken only as pages are touched: enough to keep the indexes of two
        // million interventions in memory so that no page is written twice.
        execSql(db, "PRAGMA cache_size = -1048576");
    }
    ~BulkLoadSettings()
    {
        try {
            execSql(m_db, "PRAGMA cache_size = " + QByteArray::number(m_cacheSize));
        } catch (const std::exception &e) {
            qCWarning(lcDemo) << "could not restore cache_size:" << e.what();
        }
    }
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

private:
    sqlite3 *m_db;
    qint64 m_cacheSize;
};

QDate referenceDate(const DemoOptions &options)
{
    const QDate today = options.today.isValid() ? options.today : systemClock().today();
    if (today.year() < minReferenceYear || today.year() > maxReferenceYear)
        throw ValidationError(QStringLiteral("today"),
                              tr("La date de référence doit être comprise entre %1 et %2.")
                                  .arg(minReferenceYear)
                                  .arg(maxReferenceYear));
    return today;
}

void validate(const DemoOptions &options)
{
    if (options.cases < 1 || options.cases > DemoGenerator::maxCases)
        throw ValidationError(QStringLiteral("cases"),
                              tr("Le nombre de situations doit être compris entre 1 et %1.")
                                  .arg(DemoGenerator::maxCases));
    if (options.interventionsPerCase < 0 || options.interventionsPerCase > DemoGenerator::maxInterventionsPerCase)
        throw ValidationError(QStringLiteral("interventions-per-case"),
                              tr("Le nombre d'interventions par situation doit être compris entre 0 et %1.")
                                  .arg(DemoGenerator::maxInterventionsPerCase));
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
        throw ValidationError(QStringLiteral("append"),
                              tr("La base contient déjà des programmes ou des situations : les données "
                                 "de démonstration ne s'y ajoutent qu'en mode ajout."));
    QElapsedTimer timer;
    timer.start();

    const QDate windowStart = today.addYears(-5);
    DemoWorld world(DemoCalendar(QDate(windowStart.year() - 30, 1, 1), QDate(today.year() + 2, 12, 31), today));
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
        done("assessments");
        tx.commit();
        done("commit");
        summary.rows = writer.rowsPerTable();
    }
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcDemo) << "demo data:" << summary.totalRows() << "rows in" << summary.elapsedMs << "ms";
    return summary;
}

} // namespace passerelle
