#include "reports/Dashboard.h"

#include "indicators/IndicatorEngine.h"
#include "reports/ReviewFigures.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
using D = IndicatorDefinition;

} // namespace

ReviewTable Dashboard::build(Database &db, const Uuid &programmeId, int year)
{
    const ReportingPeriod yearPeriod = ReportingPeriod::calendarYear(year);
    Transaction snapshot(db.handle(), Transaction::Mode::Deferred);
    IndicatorEngine engine(db);
    ReviewFigures figures(engine, programmeId);

    const FilterMap done{{Filter::Status, codes({"done"})}};
    const struct
    {
        QString title;
        D definition;
    } measures[] = {
        {ReportsText::tr("Situations identifiées"),
         D::breakdown(Measure::Cases, Category::Month,
                      {{Filter::Period, choice(CasePeriod::Identified)}})},
        {ReportsText::tr("Accompagnements commencés"),
         D::breakdown(Measure::Cases, Category::Month,
                      {{Filter::Period, choice(CasePeriod::Accompanied)}})},
        {ReportsText::tr("Situations clôturées"),
         D::breakdown(Measure::Cases, Category::Month,
                      {{Filter::Period, choice(CasePeriod::Closed)}})},
        {ReportsText::tr("Interventions posées"),
         D::breakdown(Measure::Interventions, Category::Month)},
        {ReportsText::tr("Interventions effectives"),
         D::breakdown(Measure::Interventions, Category::Month, done)},
        {ReportsText::tr("Heures d'intervention"), D::breakdown(Measure::Hours, Category::Month)},
        {ReportsText::tr("Heures des travailleurs pairs"),
         D::breakdown(Measure::WorkerHours, Category::Month,
                      {{Filter::WorkerRole, codes({"peer_worker"})}})},
        {ReportsText::tr("Actions collectives réalisées"),
         D::breakdown(Measure::Sessions, Category::Month, done)},
        {ReportsText::tr("Participants"), D::breakdown(Measure::Participants, Category::Month)},
    };

    ReviewTable t;
    t.id = QStringLiteral("dashboard");
    t.title = ReportsText::tr("Tableau de bord de suivi des activités %1").arg(year);
    t.columns.append({ReportsText::tr("Mois"), ReviewCell::Type::Text});
    QList<IndicatorResult> results;
    for (const auto &m : measures) {
        const IndicatorResult r = figures.compute(m.definition, yearPeriod);
        t.columns.append({m.title, r.valueType == ValueType::Integer ? ReviewCell::Type::Integer
                                                                     : ReviewCell::Type::Decimal});
        results.append(r);
    }
    t.columns.append({ReportsText::tr("File active en fin de mois"), ReviewCell::Type::Integer});

    const D activeAtEnd = D::count(Measure::Cases, {{Filter::Period, choice(CasePeriod::ActiveAtEnd)}});
    for (int month = 1; month <= 12; ++month) {
        const QDate first(year, month, 1);
        QList<ReviewCell> row;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const BreakdownRow &group = results[i].rows[month - 1]; // the twelve months, in order
            if (i == 0)
                row.append(ReviewCell::ofText(group.label));
            row.append(ReviewFigures::groupCell(measures[i].definition, group, results[i].valueType,
                                                yearPeriod));
        }
        row.append(figures.count(activeAtEnd, {first, first.addMonths(1).addDays(-1)}));
        t.rows.append(row);
    }
    QList<ReviewCell> total{ReviewCell::ofText(ReportsText::tr("Total"))};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const D &d = measures[i].definition;
        total.append(ReviewFigures::valueCell(
            results[i].value.value_or(0), results[i].valueType,
            ReviewFigures::traceRef(D::count(d.measure.measure, d.measure.filters), yearPeriod)));
    }
    total.append(ReviewCell::empty()); // a caseload is a stock: it does not add up over months
    t.rows.append(total);
    t.note = ReportsText::tr(
        "Heures d'intervention : durée des interventions effectuées, chacune comptée une "
        "fois ; heures des travailleurs pairs : par travailleur pair présent.");
    snapshot.commit();
    return t;
}

} // namespace passerelle
