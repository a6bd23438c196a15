#pragma once

// A small world for the indicator engine and annual review tests, built through the
// repositories (so that every row obeys the invariants the application enforces): one
// organisation, a programme with an action sheet, a second programme whose records must
// never leak into the first one's figures, and helpers for each kind of record.

#include "domain/Case.h"
#include "domain/CollectiveSession.h"
#include "domain/Intervention.h"
#include "domain/Worker.h"
#include "indicators/IndicatorDefinition.h"
#include "indicators/IndicatorEngine.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QDate>
#include <QStringList>

namespace passerelle::test {

struct CaseSpec
{
    QDate identified;
    QDate oriented;
    QDate accompanied;
    QDate closed;
    QString closeReason = QStringLiteral("goals_reached");
    Uuid household;
    QList<Uuid> persons; // the first is the main person
    QStringList problems;
    QList<CasePartner> partners;
    QList<CaseWorker> workers;
    Uuid referral;
    Uuid programme; // null = the fixture's programme
};

struct IndicatorFixture
{
    IndicatorFixture();

    Database &db() { return *temp.db; }
    static QDate d(int y, int m, int day) { return QDate(y, m, day); }

    Uuid partner(const QString &type, const QString &name);
    Uuid worker(WorkerRole role, const QString &code, double fte = 0.5, const QDate &trained = {});
    Uuid household(const Uuid &landlord = {}, std::optional<bool> qpv = std::nullopt);
    // A person with a real-looking name (the tests check it never reaches a report).
    Uuid person(const Uuid &household = {}, const QString &lastName = QStringLiteral("Dupont"));
    Uuid addCase(const CaseSpec &spec);
    // The case's human number (PA-2024-0003).
    QString numberOf(const Uuid &caseId);
    Uuid intervention(const QDate &date, InterventionStatus status, const QString &channel,
                      int minutes, const QList<Uuid> &cases = {}, const QList<Uuid> &workers = {},
                      const QString &type = QStringLiteral("home_visit"), const Uuid &programme = {});
    Uuid session(SessionKind kind, const QDate &date, SessionStatus status,
                 const QList<SessionParticipants> &participants = {},
                 const QList<CommissionReview> &reviews = {}, const Uuid &programme = {});
    Uuid assessment(const Uuid &caseId, const QDate &date, const QString &dimension, int score,
                    const QString &source);
    Uuid material(const QString &type, const QDate &made, int quantityMade, int distributed);
    Uuid funding(const QString &funder, int year, qint64 euros, const Uuid &sheet = {});
    Uuid indicator(IndicatorKind kind, const QString &label,
                   const std::optional<IndicatorDefinition> &definition, const Uuid &sheet = {});
    void archive(const char *table, const Uuid &id);

    // The engine over the fixture's programme.
    IndicatorResult compute(const IndicatorDefinition &definition, const ReportingPeriod &period);
    double value(const IndicatorDefinition &definition, const ReportingPeriod &period);

    TempDatabase temp;
    FixedClock clock{QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC)};
    Uuid organisation;
    Uuid programme;      // code PA
    Uuid otherProgramme; // code EM
    Uuid sheet;          // action sheet 3.3.1 of `programme`
    IndicatorEngine engine;
};

// 2024, the year most tests look at.
inline ReportingPeriod year2024()
{
    return ReportingPeriod::calendarYear(2024);
}

} // namespace passerelle::test
