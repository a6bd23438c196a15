#include "reports/AnnualReviewBuilder.h"

#include "indicators/IndicatorEngine.h"
#include "reports/ReviewActivitySections.h"
#include "reports/ReviewFigures.h"
#include "reports/ReviewIndicatorSection.h"
#include "reports/ReviewSectionRepository.h"
#include "repositories/IndicatorRepository.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QElapsedTimer>
#include <QMap>

#include <QThread>

#include <algorithm>
#include <array>
#include <atomic>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace passerelle {

namespace {
QString yearsLabel(const ReportingPeriod &p)
{
    return p.start.year() == p.end.year()
               ? QString::number(p.start.year())
               : QStringLiteral("%1–%2").arg(p.start.year()).arg(p.end.year());
}

// Amounts by funder over the years the period touches (funding is recorded per year).
QMap<QString, qint64> fundingByFunder(Database &db, const QList<Uuid> &sheets, const Uuid &programme,
                                      const ReportingPeriod &p)
{
    QMap<QString, qint64> out;
    const bool perSheet = !sheets.isEmpty();
    QByteArray sql = "SELECT funder, sum(amount_cents) FROM funding WHERE archived_at IS NULL"
                     " AND year BETWEEN ? AND ? AND ";
    sql += perSheet ? "action_sheet_id IN (?, ?)" : "programme_id = ? AND action_sheet_id IS NULL";
    sql += " GROUP BY funder";
    SqliteStatement q(db.handle(), sql);
    q.bind(1, qint64(p.start.year()));
    q.bind(2, qint64(p.end.year()));
    if (perSheet) {
        q.bindBlob(3, sheets.value(0).bytes());
        q.bindBlob(4, sheets.value(1, sheets.value(0)).bytes());
    } else {
        q.bindBlob(3, programme.bytes());
    }
    while (q.step())
        out.insert(q.text(0), q.int64(1));
    return out;
}

ReviewTable fundingTable(const QString &id, const QString &title,
                         const QMap<QString, qint64> &now, const QMap<QString, qint64> &before,
                         const ReportingPeriod &p, const ReportingPeriod &previous)
{
    ReviewTable t;
    t.id = id;
    t.title = title;
    t.columns = {
        {ReportsText::tr("Financeur"), ReviewCell::Type::Text},
        {ReportsText::tr("Montant %1 (€)").arg(yearsLabel(p)), ReviewCell::Type::Decimal},
        {ReportsText::tr("Montant %1 (€)").arg(yearsLabel(previous)), ReviewCell::Type::Decimal}};
    QStringList funders = now.keys();
    for (const QString &f : before.keys())
        if (!funders.contains(f))
            funders.append(f);
    // Largest contribution of the period first, as funders read their share.
    std::sort(funders.begin(), funders.end(), [&](const QString &a, const QString &b) {
        const qint64 x = now.value(a), y = now.value(b);
        return x != y ? x > y : before.value(a) != before.value(b) ? before.value(a) > before.value(b) : a < b;
    });
    qint64 totalNow = 0, totalBefore = 0;
    for (const QString &f : funders) {
        t.rows.append({ReviewCell::ofText(f), ReviewCell::ofDecimal(now.value(f) / 100.0, 2),
                       ReviewCell::ofDecimal(before.value(f) / 100.0, 2)});
        totalNow += now.value(f);
        totalBefore += before.value(f);
    }
    t.rows.append({ReviewCell::ofText(ReportsText::tr("Total")),
                   ReviewCell::ofDecimal(totalNow / 100.0, 2),
                   ReviewCell::ofDecimal(totalBefore / 100.0, 2)});
    return t;
}
} // namespace

AnnualReviewBuilder::AnnualReviewBuilder(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

ReviewSection AnnualReviewBuilder::funding(const Uuid &sheetId, const Uuid &chainedFrom,
                                           const Uuid &programmeId, const ReportingPeriod &p,
                                           const ReportingPeriod &previous)
{
    ReviewSection s{QStringLiteral("funding"), ReportsText::tr("Financements"), {}, {}};
    // A sheet chained year to year takes over its predecessor's funding lines.
    const QList<Uuid> sheets{sheetId, chainedFrom.isNull() ? sheetId : chainedFrom};
    ReviewTable t = fundingTable(QStringLiteral("funding"),
                                 ReportsText::tr("Financements de l'action par financeur"),
                                 fundingByFunder(m_db, sheets, programmeId, p),
                                 fundingByFunder(m_db, sheets, programmeId, previous), p, previous);
    t.note = ReportsText::tr(
        "Montants affectés à la fiche action (et à la fiche dont elle prend la suite) pour "
        "les années de la période.");
    s.tables.append(t);
    const QMap<QString, qint64> general = fundingByFunder(m_db, {}, programmeId, p);
    const QMap<QString, qint64> generalBefore = fundingByFunder(m_db, {}, programmeId, previous);
    if (!general.isEmpty() || !generalBefore.isEmpty())
        s.tables.append(
            fundingTable(QStringLiteral("funding_programme"),
                         ReportsText::tr("Financements du dispositif non affectés à une fiche"),
                         general, generalBefore, p, previous));
    return s;
}

QList<ReviewSection> AnnualReviewBuilder::freeText(const Uuid &sheetId, const ReportingPeriod &p)
{
    ReviewSectionRepository repository(m_db, m_clock);
    const QList<ReviewSectionText> saved = repository.list(sheetId, p);
    QList<ReviewSection> out;
    for (const ReviewTextKind kind : reviewTextKinds()) {
        ReviewSection s{toCode(kind), label(kind), {}, {}};
        for (const ReviewSectionText &text : saved)
            if (text.kind == kind)
                s.text = text.text;
        out.append(s);
    }
    return out;
}

QList<AnnualReviewBuilder::SectionTiming> AnnualReviewBuilder::activitySections(
    const Uuid &programmeId, const ReportingPeriod &period, const ReportingPeriod &previous,
    QList<ReviewSection> &out)
{
    using Build = ReviewSection (ReviewActivitySections::*)();
    struct Job
    {
        QString name;
        Build build;
        ReviewSection section;
        SectionTiming timing;
    };
    // Heaviest first (measured on the 100 000-case file), so that the last job to start is
    // a short one.
    std::vector<Job> jobs{
        {QStringLiteral("caseload"), &ReviewActivitySections::caseload, {}, {}},
        {QStringLiteral("hours"), &ReviewActivitySections::hours, {}, {}},
        {QStringLiteral("interventions"), &ReviewActivitySections::interventions, {}, {}},
        {QStringLiteral("partners"), &ReviewActivitySections::partners, {}, {}},
        {QStringLiteral("sessions"), &ReviewActivitySections::sessions, {}, {}},
        {QStringLiteral("assessments"), &ReviewActivitySections::assessments, {}, {}},
    };
    const std::array<int, 6> order{5, 1, 2, 0, 3, 4};
    std::atomic<int> next{0};
    std::mutex failureMutex;
    std::exception_ptr failure;
    const auto work = [&](Database &db) {
        IndicatorEngine engine(db);
        ReviewFigures figures(engine, programmeId);
        ReviewActivitySections sections(db, figures, period, previous);
        for (int i = next++; i < int(order.size()); i = next++) {
            Job &job = jobs[size_t(order[size_t(i)])];
            QElapsedTimer timer;
            timer.start();
            const int before = figures.queries();
            job.section = (sections.*job.build)();
            job.timing = {job.name, double(timer.nsecsElapsed()) / 1e6, figures.queries() - before};
        }
    };
    // PASSERELLE_REVIEW_THREADS=1 computes them one after the other (to compare, in benchmarks).
    const int wanted = qEnvironmentVariableIntValue("PASSERELLE_REVIEW_THREADS");
    const int threads =
        std::clamp(wanted > 0 ? wanted : QThread::idealThreadCount(), 1, int(jobs.size()));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back([&] {
            try {
                const std::unique_ptr<Database> reader = m_db.openReader();
                Transaction snapshot(reader->handle(), Transaction::Mode::Deferred);
                work(*reader);
                snapshot.commit();
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                failure = std::current_exception();
                next = int(order.size()); // the others stop after their current section
            }
        });
    try {
        work(m_db); // this thread takes its share, inside the caller's read transaction
    } catch (...) {
        const std::lock_guard lock(failureMutex);
        if (!failure)
            failure = std::current_exception();
        next = int(order.size());
    }
    for (std::thread &w : workers)
        w.join();
    if (failure)
        std::rethrow_exception(failure);
    QList<SectionTiming> timings;
    for (Job &job : jobs) {
        out.append(std::move(job.section));
        timings.append(job.timing);
    }
    return timings;
}

AnnualReview AnnualReviewBuilder::build(const Uuid &sheetId, const ReportingPeriod &period)
{
    if (!period.isValid())
        throw ValidationError(
            QStringLiteral("period"),
            ReportsText::tr("La période doit avoir un début et une fin, dans cet ordre."));
    m_timings.clear();
    // One read transaction: every figure of the review sees the same data.
    Transaction snapshot(m_db.handle(), Transaction::Mode::Deferred);
    SqliteStatement head(m_db.handle(),
                         "SELECT s.number, s.title, s.carrier_structure, s.chained_from_id,"
                         " p.id, p.code, p.name FROM action_sheet s JOIN programme p"
                         " ON p.id = s.programme_id WHERE s.id = ?");
    head.bindBlob(1, sheetId.bytes());
    if (!head.step())
        throw ValidationError(QStringLiteral("action_sheet_id"),
                              ReportsText::tr("Cette fiche action n'existe pas."));

    AnnualReview review;
    review.actionSheetId = sheetId;
    review.actionSheetNumber = head.text(0);
    review.actionSheetTitle = head.text(1);
    review.carrier = head.text(2);
    const Uuid chainedFrom = Uuid::fromBytes(head.blob(3));
    const Uuid programmeId = Uuid::fromBytes(head.blob(4));
    review.programmeCode = head.text(5);
    review.programmeName = head.text(6);
    review.period = period;
    review.previousPeriod = period.previous();
    review.generatedAt = m_clock.now();
    review.title = ReportsText::tr("Bilan annuel %1 — %2 %3")
                       .arg(period.label(), review.actionSheetNumber, review.actionSheetTitle);

    IndicatorEngine engine(m_db);
    ReviewFigures figures(engine, programmeId);
    const ReportingPeriod &previous = review.previousPeriod;
    const auto timed = [&](const QString &name, const std::function<void()> &work) {
        QElapsedTimer timer;
        timer.start();
        const int queriesBefore = figures.queries();
        work();
        m_timings.append({name, double(timer.nsecsElapsed()) / 1e6, figures.queries() - queriesBefore});
    };

    timed(QStringLiteral("indicators"), [&] {
        IndicatorRepository indicators(m_db, m_clock);
        ReviewIndicatorSection section(engine, figures);
        review.sections.append(section.build(indicators.list(sheetId), period, previous));
    });
    // The activity sections are independent aggregates over the largest tables: each runs
    // on a connection of its own, on as many threads as the machine has cores. They read
    // the same data as this connection: its read transaction holds the file's shared lock,
    // so no write can commit before every reader has started its own.
    m_timings += activitySections(programmeId, period, previous, review.sections);
    timed(QStringLiteral("funding"), [&] {
        review.sections.append(funding(sheetId, chainedFrom, programmeId, period, previous));
    });
    timed(QStringLiteral("free_text"), [&] { review.sections += freeText(sheetId, period); });
    snapshot.commit();
    return review;
}

} // namespace passerelle
