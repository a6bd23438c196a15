#pragma once

#include "indicators/IndicatorCatalogue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <map>
#include <optional>

namespace passerelle {

// "assessed": cases with at least one assessment in the period on `dimension` (by `source`
// when given) scoring between minScore and maxScore.
struct AssessedCondition
{
    QString dimension;
    QString source; // "person", "team", or empty for either
    int minScore = 1;
    int maxScore = 5;
    friend bool operator==(const AssessedCondition &, const AssessedCondition &) = default;
};

// The value of one filter; which member is used depends on the filter's shape.
struct FilterValue
{
    QStringList codes;     // Codes / Ids, in the order written
    bool negated = false;  // {"not": […]}: records matching none of the codes (or without one)
    QString choice;        // Choice
    bool flag = false;     // Flag
    AssessedCondition assessed;
    friend bool operator==(const FilterValue &, const FilterValue &) = default;
};

using FilterMap = std::map<Filter, FilterValue>;

// A measure and its filters: one count (or sum) over the period.
struct MeasureSpec
{
    Measure measure = Measure::Cases;
    FilterMap filters;

    bool has(Filter f) const { return filters.find(f) != filters.end(); }
    const FilterValue *filter(Filter f) const;
    // The "period" filter, or the measure's default.
    CasePeriod casePeriod() const;
    friend bool operator==(const MeasureSpec &, const MeasureSpec &) = default;
};

// How a computed indicator gets its value, stored as JSON in indicator.definition (NULL =
// entered by hand). docs/indicator-definitions.md documents the JSON; parsing validates
// everything that does not need the database (shape, codes of fixed lists, what applies to
// what) and names the refused field by its path ("definition.numerator.filters.channel").
struct IndicatorDefinition
{
    enum class Type
    {
        Count,     // one measure
        Ratio,     // numerator / denominator
        Breakdown, // one measure grouped by a category (typology table)
        Evolution  // share of cases whose score on a dimension improved, person and team
    };
    enum class Display
    {
        Percent, // 12 / 17 shown as 70,6 %
        Decimal  // 51 / 17 shown as 3,0 (an average: partners per case)
    };

    Type type = Type::Count;
    MeasureSpec measure;     // Count, Breakdown, the numerator of a Ratio, the case filters
                             // of an Evolution (measure Assessments)
    MeasureSpec denominator; // Ratio
    Display display = Display::Percent;
    Category by = Category::Status; // Breakdown
    QString dimension;              // Evolution: ref_outcome_dimension code

    static IndicatorDefinition count(Measure m, FilterMap filters = {});
    static IndicatorDefinition ratio(MeasureSpec numerator, MeasureSpec denominator,
                                     Display display = Display::Percent);
    static IndicatorDefinition breakdown(Measure m, Category by, FilterMap filters = {});
    static IndicatorDefinition evolution(const QString &dimension, FilterMap filters = {});

    // Throws ValidationError naming the field path (prefixed with `field`).
    static IndicatorDefinition fromJson(const QByteArray &json,
                                        const QString &field = QStringLiteral("definition"));
    static IndicatorDefinition fromJson(const QJsonObject &object,
                                        const QString &field = QStringLiteral("definition"));
    QJsonObject toJsonObject() const;
    // Compact, keys sorted: equal definitions give equal bytes.
    QByteArray toJson() const;

    // Checks a definition built in code the same way parsing does (round trip through JSON).
    void validate() const;

    friend bool operator==(const IndicatorDefinition &, const IndicatorDefinition &) = default;
};

QString toCode(IndicatorDefinition::Type type);

// Filter helpers for building definitions in code (templates, the review, tests).
FilterValue codes(std::initializer_list<const char *> values);
FilterValue codes(const QStringList &values);
FilterValue notCodes(const QStringList &values);
FilterValue choice(CasePeriod period);
FilterValue flag(bool value);
FilterValue assessed(const QString &dimension, const QString &source, int minScore,
                     int maxScore = 5);

} // namespace passerelle
