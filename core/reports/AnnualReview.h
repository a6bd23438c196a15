#pragma once

#include "indicators/ReportingPeriod.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace passerelle {

// The annual review (bilan annuel) as plain values: sections → tables → rows of typed
// cells. Renderers (JSON, CSV, and later PDF and XLSX) walk it without knowing the domain:
// every label is already French text, every number carries its type and precision.

// Where a figure comes from, so that a screen can list its records (IndicatorEngine::trace
// with this definition, part and group over `period`). Empty for cells that are not counts.
struct ReviewTraceRef
{
    QString definition; // IndicatorDefinition JSON
    QString part;       // "numerator", "denominator", or empty
    QString category;   // breakdown group code ("" with hasCategory = "not filled in")
    bool hasCategory = false;
    QString source; // evolution: "person" / "team"
    ReportingPeriod period;
    bool isNull() const { return definition.isEmpty(); }
    friend bool operator==(const ReviewTraceRef &, const ReviewTraceRef &) = default;
};

struct ReviewCell
{
    enum class Type
    {
        Empty, // nothing to show (no value: a ratio over zero, a figure not entered)
        Text,
        Integer,
        Decimal, // `decimals` digits after the comma
        Percent  // `number` is a fraction: 0.706 is shown 70,6 %
    };

    Type type = Type::Empty;
    QString text;
    qint64 integer = 0;
    double number = 0;
    int decimals = 0;
    ReviewTraceRef trace;

    static ReviewCell empty() { return {}; }
    static ReviewCell ofText(const QString &text);
    static ReviewCell ofInteger(qint64 value, ReviewTraceRef trace = {});
    static ReviewCell ofDecimal(double value, int decimals, ReviewTraceRef trace = {});
    static ReviewCell ofPercent(double fraction, ReviewTraceRef trace = {}, int decimals = 1);

    // The cell in French ("17", "200,5", "70,6 %"): what a renderer without number types
    // shows.
    QString displayText() const;
    friend bool operator==(const ReviewCell &, const ReviewCell &) = default;
};

struct ReviewColumn
{
    QString title;
    ReviewCell::Type type = ReviewCell::Type::Text; // the type of its cells (or Empty)
    friend bool operator==(const ReviewColumn &, const ReviewColumn &) = default;
};

struct ReviewTable
{
    QString id; // stable, for machines: "caseload", "hours_by_role", "indicator_7"
    QString title;
    QList<ReviewColumn> columns;
    QList<QList<ReviewCell>> rows; // each row has one cell per column
    QString note;                  // how the figures were counted, shown under the table
    friend bool operator==(const ReviewTable &, const ReviewTable &) = default;
};

struct ReviewSection
{
    QString id; // "indicators", "caseload", …, "highlights", "limits", "outlook"
    QString title;
    QList<ReviewTable> tables;
    QString text; // free-text sections; may be empty
    friend bool operator==(const ReviewSection &, const ReviewSection &) = default;
};

struct AnnualReview
{
    QString title; // "Bilan annuel 2024 — 3.3.1 Dispositif de PAIR-AIDANCE"
    Uuid actionSheetId;
    QString actionSheetNumber;
    QString actionSheetTitle;
    QString programmeCode;
    QString programmeName;
    QString carrier; // structure porteuse
    ReportingPeriod period;
    ReportingPeriod previousPeriod;
    QDateTime generatedAt;
    QList<ReviewSection> sections;

    const ReviewSection *section(QStringView id) const;
    const ReviewTable *table(QStringView id) const; // in any section
};

} // namespace passerelle
