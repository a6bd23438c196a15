#include "demo/DemoCalendar.h"

#include <cstdio>

namespace passerelle {

DemoCalendar::DemoCalendar(QDate first, QDate last, QDate today)
    : m_first(first), m_firstMs(first.startOfDay(Qt::UTC).toMSecsSinceEpoch()),
      m_today(int(first.daysTo(today)))
{
    const auto days = std::size_t(first.daysTo(last) + 1);
    m_iso.resize(days * 11);
    m_year.resize(days);
    m_dayOfWeek.resize(days);
    QDate d = first;
    for (std::size_t i = 0; i < days; ++i, d = d.addDays(1)) {
        std::snprintf(m_iso.data() + i * 11, 11, "%04d-%02d-%02d", d.year(), d.month(), d.day());
        m_year[i] = qint16(d.year());
        m_dayOfWeek[i] = quint8(d.dayOfWeek());
    }
}

int DemoCalendar::weekdayOnOrBefore(int day) const
{
    const int dow = dayOfWeek(day);
    return dow >= 6 ? day - (dow - 5) : day;
}

int DemoCalendar::weekdayOnOrAfter(int day) const
{
    const int dow = dayOfWeek(day);
    return dow >= 6 ? day + (8 - dow) : day;
}

} // namespace passerelle
