#include "reports/PdfReviewCharts.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
struct Plan
{
    QStringView id;       // exact id, or prefix when it ends with '_'
    QList<int> columns;   // the series: one column of the table each
    const char *title;    // chart title; the table's own title when null
};

// clang-format off
const Plan plans[] = {
    {u"indicator_", {1, 2}, nullptr},
    {u"cases_by_landlord", {1, 2}, nullptr},
    {u"hours_by_role", {3, 4}, QT_TRANSLATE_NOOP("Reports", "Heures effectuées par rôle")},
    {u"interventions_by_channel", {1, 2}, QT_TRANSLATE_NOOP("Reports", "Interventions posées et effectives par canal")},
    {u"partners_by_type", {2, 3}, QT_TRANSLATE_NOOP("Reports", "Mobilisations des partenaires par type")},
    {u"sessions_by_kind", {1, 4}, QT_TRANSLATE_NOOP("Reports", "Actions collectives réalisées par type")},
    {u"participants_by_typology", {1, 2}, nullptr},
    {u"funding", {1, 2}, QT_TRANSLATE_NOOP("Reports", "Financements par financeur (€)")},
    {u"funding_programme", {1, 2}, QT_TRANSLATE_NOOP("Reports", "Financements du dispositif par financeur (€)")},
    {u"assessments", {3, 6}, QT_TRANSLATE_NOOP("Reports", "Part des situations en progrès : regard de la personne et regard de l'équipe")},
};
// clang-format on

const Plan *planFor(const QString &id)
{
    for (const Plan &plan : plans) {
        const bool prefix = plan.id.endsWith(u'_');
        if (prefix ? id.startsWith(plan.id) : id == plan.id)
            return &plan;
    }
    return nullptr;
}

bool isFigure(const ReviewCell &cell)
{
    return cell.type == ReviewCell::Type::Integer || cell.type == ReviewCell::Type::Decimal ||
           cell.type == ReviewCell::Type::Percent;
}

bool isPositive(const ReviewCell &cell)
{
    return (cell.type == ReviewCell::Type::Integer && cell.integer > 0) ||
           ((cell.type == ReviewCell::Type::Decimal || cell.type == ReviewCell::Type::Percent) && cell.number > 0);
}
} // namespace

std::optional<PdfBarChart> PdfReviewCharts::chartFor(const ReviewTable &table)
{
    const Plan *plan = planFor(table.id);
    if (!plan)
        return std::nullopt;
    for (const int c : plan->columns)
        if (c >= table.columns.size())
            return std::nullopt;

    PdfBarChart chart;
    chart.title = plan->title ? ReportsText::tr(plan->title) : table.title;
    for (const int c : plan->columns)
        chart.series.append({table.columns[c].title, {}});
    bool anyPositive = false;
    for (const QList<ReviewCell> &row : table.rows) {
        if (row.isEmpty() || row.first().type != ReviewCell::Type::Text)
            continue;
        // Rows after the total are other measures (the length of interventions counted once).
        if (row.first().text == ReportsText::tr("Total"))
            break;
        bool figures = false;
        for (const int c : plan->columns)
            figures = figures || (c < row.size() && isFigure(row[c]));
        if (!figures)
            continue;
        chart.categories.append(row.first().text);
        for (int s = 0; s < plan->columns.size(); ++s) {
            const ReviewCell cell = row.value(plan->columns[s]);
            chart.series[s].cells.append(isFigure(cell) ? cell : ReviewCell::empty());
            anyPositive = anyPositive || isPositive(cell);
        }
    }
    if (chart.categories.size() < 2 || !anyPositive)
        return std::nullopt;
    return chart;
}

} // namespace passerelle
