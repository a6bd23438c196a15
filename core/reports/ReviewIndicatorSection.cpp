#include "reports/ReviewIndicatorSection.h"

#include "indicators/IndicatorEngine.h"
#include "reports/ReviewFigures.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
QString fraction(double numerator, double denominator, ValueType type)
{
    const int decimals = type == ValueType::Integer ? 0 : 1;
    return formatNumber(numerator, decimals) + QStringLiteral(" / ") +
           formatNumber(denominator, decimals);
}

QString evolutionDetail(const EvolutionFigures &f)
{
    if (f.evaluable == 0)
        return ReportsText::tr("aucune situation évaluée deux fois");
    return ReportsText::tr("%1 en progrès sur %2 évaluées (%3 stables, %4 en recul)")
        .arg(f.improved)
        .arg(f.evaluable)
        .arg(f.stable)
        .arg(f.worsened);
}

ReviewCell evolutionCell(const EvolutionFigures &f, const IndicatorDefinition &d,
                         const ReportingPeriod &period, const QString &source)
{
    if (!f.share())
        return ReviewCell::empty();
    ReviewTraceRef ref = ReviewFigures::traceRef(d, period);
    ref.source = source;
    return ReviewCell::ofPercent(*f.share(), ref);
}
} // namespace

ReviewIndicatorSection::ReviewIndicatorSection(IndicatorEngine &engine, ReviewFigures &figures)
    : m_engine(engine), m_figures(figures)
{
}

ReviewIndicatorSection::Value ReviewIndicatorSection::valueOf(const IndicatorResult &r,
                                                              const IndicatorDefinition *d,
                                                              const ReportingPeriod &period) const
{
    switch (r.kind) {
    case IndicatorResult::Kind::Manual:
        if (!r.entered)
            return {ReviewCell::empty(), ReportsText::tr("non renseigné")};
        if (r.value)
            return {ReviewFigures::valueCell(*r.value, r.valueType, {}),
                    r.text.isEmpty() ? r.comment : r.text};
        return {ReviewCell::ofText(r.text), r.comment};
    case IndicatorResult::Kind::Count:
    case IndicatorResult::Kind::Breakdown:
        return {ReviewFigures::valueCell(r.value.value_or(0), r.valueType,
                                         ReviewFigures::traceRef(*d, period)),
                r.kind == IndicatorResult::Kind::Breakdown
                    ? ReportsText::tr("détail dans le tableau ci-dessous")
                    : QString()};
    case IndicatorResult::Kind::Ratio: {
        const QString detail = fraction(r.numerator, r.denominator, r.valueType);
        if (!r.value)
            return {ReviewCell::empty(), detail + ReportsText::tr(" (dénominateur nul)")};
        ReviewTraceRef ref = ReviewFigures::traceRef(*d, period);
        if (r.display == IndicatorDefinition::Display::Decimal)
            return {ReviewCell::ofDecimal(*r.value, 1, ref), detail};
        return {ReviewCell::ofPercent(*r.value, ref), detail};
    }
    case IndicatorResult::Kind::Evolution:
        break; // two rows, see addIndicator
    }
    return {};
}

void ReviewIndicatorSection::addIndicator(const Indicator &indicator, const ReportingPeriod &period,
                                          const ReportingPeriod &previous, ReviewTable &table,
                                          QList<ReviewTable> &breakdowns)
{
    const auto definition = m_engine.definitionOf(indicator.id);
    const auto computeFor = [&](const ReportingPeriod &p) {
        return definition ? m_figures.compute(*definition, p) : m_engine.compute(indicator, p);
    };
    const IndicatorResult now = computeFor(period);
    const IndicatorResult before = computeFor(previous);
    const ReviewCell target = indicator.target.isEmpty() ? ReviewCell::empty()
                                                         : ReviewCell::ofText(indicator.target);

    if (now.kind == IndicatorResult::Kind::Evolution) {
        for (const QString &source : {QStringLiteral("person"), QStringLiteral("team")}) {
            const bool person = source == QLatin1String("person");
            const EvolutionFigures &a = person ? now.person : now.team;
            const EvolutionFigures &b = person ? before.person : before.team;
            table.rows.append(
                {ReviewCell::ofText(indicator.label + QStringLiteral(" — ") +
                                    (person ? ReportsText::tr("déclaré par la personne")
                                            : ReportsText::tr("observé par l'équipe"))),
                 evolutionCell(a, *definition, period, source),
                 ReviewCell::ofText(evolutionDetail(a)),
                 evolutionCell(b, *definition, previous, source),
                 ReviewCell::ofText(evolutionDetail(b)), target});
        }
        return;
    }
    const Value a = valueOf(now, definition ? &*definition : nullptr, period);
    const Value b = valueOf(before, definition ? &*definition : nullptr, previous);
    table.rows.append({ReviewCell::ofText(indicator.label), a.cell, ReviewCell::ofText(a.detail),
                       b.cell, ReviewCell::ofText(b.detail), target});

    if (now.kind != IndicatorResult::Kind::Breakdown)
        return;
    ReviewTable t;
    t.id = QStringLiteral("indicator_") + indicator.id.toString();
    t.title = indicator.label;
    const ReviewCell::Type type =
        now.valueType == ValueType::Integer ? ReviewCell::Type::Integer : ReviewCell::Type::Decimal;
    t.columns = {{IndicatorCatalogue::label(definition->by), ReviewCell::Type::Text},
                 {period.label(), type},
                 {previous.label(), type}};
    for (const BreakdownRow &row : now.rows) {
        BreakdownRow old{row.code, row.label, 0};
        for (const BreakdownRow &o : before.rows)
            if (o.code == row.code && o.code.isNull() == row.code.isNull())
                old = o;
        t.rows.append({ReviewCell::ofText(row.label),
                       ReviewFigures::groupCell(*definition, row, now.valueType, period),
                       ReviewFigures::groupCell(*definition, old, now.valueType, previous)});
    }
    if (IndicatorCatalogue::isMultiValued(definition->by))
        t.note = ReportsText::tr(
                     "Une situation peut relever de plusieurs catégories : le total (%1) n'est pas "
                     "la somme des lignes.")
                     .arg(a.cell.displayText());
    breakdowns.append(t);
}

ReviewSection ReviewIndicatorSection::build(const QList<Indicator> &indicators,
                                            const ReportingPeriod &period,
                                            const ReportingPeriod &previous)
{
    ReviewSection section;
    section.id = QStringLiteral("indicators");
    section.title = ReportsText::tr("Indicateurs d'évaluation");
    for (const IndicatorKind kind : {IndicatorKind::Process, IndicatorKind::Result, IndicatorKind::Impact}) {
        ReviewTable table;
        table.id = QStringLiteral("indicators_") + toCode(kind);
        table.title = kind == IndicatorKind::Process  ? ReportsText::tr("Indicateurs de processus")
                      : kind == IndicatorKind::Result ? ReportsText::tr("Indicateurs de résultat")
                                                      : ReportsText::tr("Indicateurs d'impact");
        table.columns = {{ReportsText::tr("Indicateur"), ReviewCell::Type::Text},
                         {period.label(), ReviewCell::Type::Empty},
                         {ReportsText::tr("Détail"), ReviewCell::Type::Text},
                         {previous.label(), ReviewCell::Type::Empty},
                         {ReportsText::tr("Détail"), ReviewCell::Type::Text},
                         {ReportsText::tr("Cible"), ReviewCell::Type::Text}};
        QList<ReviewTable> breakdowns;
        for (const Indicator &indicator : indicators)
            if (indicator.kind == kind)
                addIndicator(indicator, period, previous, table, breakdowns);
        if (table.rows.isEmpty())
            continue;
        section.tables.append(table);
        section.tables += breakdowns;
    }
    return section;
}

} // namespace passerelle
