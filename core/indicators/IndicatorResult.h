#pragma once

#include "indicators/IndicatorDefinition.h"

#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

// One group of a breakdown. `code` is null for records where the category is not filled
// in (a case without problem, a household without landlord).
struct BreakdownRow
{
    QString code;
    QString label;
    double value = 0;
    friend bool operator==(const BreakdownRow &, const BreakdownRow &) = default;
};

// For one source (the person, the team): cases assessed on two different days of the
// period on the dimension, and how their last score compares with their first.
struct EvolutionFigures
{
    qint64 evaluable = 0;
    qint64 improved = 0;
    qint64 stable = 0;
    qint64 worsened = 0;
    // improved / evaluable; nullopt when no case is evaluable.
    std::optional<double> share() const;
    friend bool operator==(const EvolutionFigures &, const EvolutionFigures &) = default;
};

// The value of an indicator for a period, whatever its kind.
struct IndicatorResult
{
    enum class Kind
    {
        Manual,
        Count,
        Ratio,
        Breakdown,
        Evolution
    };

    Kind kind = Kind::Manual;
    ValueType valueType = ValueType::Integer;
    // Count: the count. Ratio: numerator / denominator, nullopt when the denominator is 0.
    // Breakdown: the total (records counted once, even when they fall in several groups).
    // Manual: the number entered, if any.
    std::optional<double> value;
    double numerator = 0;
    double denominator = 0;
    IndicatorDefinition::Display display = IndicatorDefinition::Display::Percent;
    QList<BreakdownRow> rows;
    EvolutionFigures person;
    EvolutionFigures team;
    // Manual: the text entered ("12 / 17", a sentence) and its comment. `entered` is false
    // when nothing was entered for the period.
    QString text;
    QString comment;
    bool entered = false;

    // The value in French for a line of text: "17", "200,5", "12 / 17 (70,6 %)",
    // "personne : 60 % (6 / 10) · équipe : 70 % (7 / 10)", "n.d." when there is none.
    QString displayText() const;
};

// French number formatting shared by results, the review and its writers: decimal comma,
// no thousands separator (spreadsheets read "70000,00" as a number, not "70 000,00").
QString formatNumber(double value, int decimals);
QString formatPercent(double fraction, int decimals = 1);

} // namespace passerelle
