#pragma once

#include <QDate>
#include <QString>

namespace passerelle {

// The days an indicator or a review covers, both bounds included ('YYYY-MM-DD' compare as
// text in SQL, so the bounds are bound as ISO dates).
struct ReportingPeriod
{
    QDate start;
    QDate end;

    static ReportingPeriod calendarYear(int year);
    // From command-line style options: "YYYY-MM-DD" bounds, or a year, or — all empty —
    // the calendar year of `today`. Throws ValidationError naming "from", "to" or "year".
    static ReportingPeriod fromOptions(const QString &from, const QString &to,
                                       const QString &year, const QDate &today);
    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    // Whole calendar months from the first of one month to the last day of another.
    bool isWholeMonths() const;
    bool isCalendarYear() const;
    // The period of the same length just before: the previous year for a calendar year, the
    // same number of months before for whole months, else the same number of days.
    ReportingPeriod previous() const;
    // "2024", "de janvier à juin 2024", "du 03/02/2024 au 17/05/2024".
    QString label() const;

    friend bool operator==(const ReportingPeriod &, const ReportingPeriod &) = default;
};

} // namespace passerelle
