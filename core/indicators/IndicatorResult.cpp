#include "indicators/IndicatorResult.h"
#include "util/TrContext.h"

#include <cmath>

namespace passerelle {

namespace {
QString number(double value, ValueType type)
{
    return formatNumber(value, type == ValueType::Integer ? 0 : 1);
}

QString evolutionText(const EvolutionFigures &f)
{
    if (f.evaluable == 0)
        return IndicatorsText::tr("n.d.");
    return QStringLiteral("%1 (%2 / %3)")
        .arg(formatPercent(*f.share(), 0))
        .arg(f.improved)
        .arg(f.evaluable);
}
} // namespace

std::optional<double> EvolutionFigures::share() const
{
    if (evaluable == 0)
        return std::nullopt;
    return double(improved) / double(evaluable);
}

QString formatNumber(double value, int decimals)
{
    // Round half away from zero at the shown precision, then write the comma.
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // never "-0,0"
    QString text = QString::number(rounded, 'f', decimals);
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

QString formatPercent(double fraction, int decimals)
{
    return formatNumber(fraction * 100.0, decimals) + QStringLiteral(" %");
}

QString IndicatorResult::displayText() const
{
    switch (kind) {
    case Kind::Manual:
        if (!entered)
            return IndicatorsText::tr("non renseigné");
        if (!text.isEmpty())
            return text;
        return value ? formatNumber(*value, *value == std::round(*value) ? 0 : 2)
                     : IndicatorsText::tr("n.d.");
    case Kind::Count:
        return value ? number(*value, valueType) : IndicatorsText::tr("n.d.");
    case Kind::Ratio: {
        const QString fraction = QStringLiteral("%1 / %2")
                                     .arg(number(numerator, valueType), number(denominator, valueType));
        if (!value)
            return fraction + QStringLiteral(" (") + IndicatorsText::tr("n.d.") + QLatin1Char(')');
        return fraction + QStringLiteral(" (") +
               (display == IndicatorDefinition::Display::Percent ? formatPercent(*value)
                                                                 : formatNumber(*value, 1)) +
               QLatin1Char(')');
    }
    case Kind::Breakdown: {
        QStringList parts;
        for (const BreakdownRow &r : rows)
            if (r.value != 0)
                parts.append(QStringLiteral("%1 %2").arg(r.label, number(r.value, valueType)));
        const QString total = value ? number(*value, valueType) : IndicatorsText::tr("n.d.");
        return parts.isEmpty() ? total : total + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case Kind::Evolution:
        return IndicatorsText::tr("personne : %1 · équipe : %2")
            .arg(evolutionText(person), evolutionText(team));
    }
    return {};
}

} // namespace passerelle
