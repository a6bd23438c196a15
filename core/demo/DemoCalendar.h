#pragma once

#include <QDate>

#include <vector>

namespace passerelle {

// Days as small integers for the demo generator: millions of rows carry dates, so each
// day's ISO text, year and weekday are computed once here instead of through QDate per row.
// Timestamps are UTC so that the content does not depend on the machine's time zone.
class DemoCalendar
{
public:
    // Covers `first`..`last` (both included); `today` must lie in between.
    DemoCalendar(QDate first, QDate last, QDate today);

    int today() const { return m_today; }
    int first() const { return 0; }
    int last() const { return int(m_year.size()) - 1; }
    int dayOf(QDate date) const { return int(m_first.daysTo(date)); }
    QDate date(int day) const { return m_first.addDays(day); }
    int clamp(int day) const { return day < 0 ? 0 : (day > last() ? last() : day); }

    // "YYYY-MM-DD", NUL-terminated; the pointer lives as long as the calendar.
    const char *iso(int day) const
    {
        Q_ASSERT(day >= 0 && day <= last());
        return m_iso.data() + std::size_t(clamp(day)) * 11;
    }
    int year(int day) const { return m_year[std::size_t(clamp(day))]; }
    int dayOfWeek(int day) const { return m_dayOfWeek[std::size_t(clamp(day))]; } // 1 Mon … 7 Sun
    bool isWeekend(int day) const { return dayOfWeek(day) >= 6; }
    // Friday for a Saturday or Sunday; the day itself otherwise.
    int weekdayOnOrBefore(int day) const;
    // Monday for a Saturday or Sunday; the day itself otherwise.
    int weekdayOnOrAfter(int day) const;
    int startOfYear(int year) const { return dayOf(QDate(year, 1, 1)); }
    // Unix milliseconds (UTC) at a minute of a day.
    qint64 ms(int day, int minuteOfDay) const
    {
        return m_firstMs + qint64(day) * 86'400'000 + qint64(minuteOfDay) * 60'000;
    }

private:
    QDate m_first;
    qint64 m_firstMs = 0;
    int m_today = 0;
    std::vector<char> m_iso;
    std::vector<qint16> m_year;
    std::vector<quint8> m_dayOfWeek;
};

} // namespace passerelle
