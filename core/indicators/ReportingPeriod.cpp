#include "indicators/ReportingPeriod.h"

#include "util/Errors.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QLocale>

namespace passerelle {

ReportingPeriod ReportingPeriod::calendarYear(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

ReportingPeriod ReportingPeriod::fromOptions(const QString &from, const QString &to,
                                             const QString &year, const QDate &today)
{
    if (!year.isEmpty()) {
        if (!from.isEmpty() || !to.isEmpty())
            throw ValidationError(QStringLiteral("year"),
                                  ReportsText::tr("Indiquez soit une année, soit --from et --to."));
        bool ok = false;
        const int y = year.toInt(&ok);
        if (!ok || y < 1990 || y > 2100)
            throw ValidationError(QStringLiteral("year"),
                                  ReportsText::tr("Année attendue (AAAA), reçu « %1 ».").arg(year));
        return calendarYear(y);
    }
    if (from.isEmpty() && to.isEmpty())
        return calendarYear(today.year());
    const QDate start = QDate::fromString(from, Qt::ISODate);
    const QDate end = QDate::fromString(to, Qt::ISODate);
    if (!start.isValid())
        throw ValidationError(
            QStringLiteral("from"),
            ReportsText::tr("Date attendue (AAAA-MM-JJ), reçu « %1 ».").arg(from));
    if (!end.isValid())
        throw ValidationError(QStringLiteral("to"),
                              ReportsText::tr("Date attendue (AAAA-MM-JJ), reçu « %1 ».").arg(to));
    if (end < start)
        throw ValidationError(QStringLiteral("to"),
                              ReportsText::tr("La fin de période précède son début."));
    return {start, end};
}

bool ReportingPeriod::isWholeMonths() const
{
    return isValid() && start.day() == 1 && end.day() == end.daysInMonth();
}

bool ReportingPeriod::isCalendarYear() const
{
    return isValid() && start == QDate(start.year(), 1, 1) && end == QDate(start.year(), 12, 31);
}

ReportingPeriod ReportingPeriod::previous() const
{
    if (!isValid())
        return {};
    if (isWholeMonths()) {
        const int months = (end.year() - start.year()) * 12 + end.month() - start.month() + 1;
        const QDate first = start.addMonths(-months);
        const QDate last = start.addDays(-1);
        return {first, last};
    }
    const qint64 days = start.daysTo(end) + 1;
    return {start.addDays(-days), start.addDays(-1)};
}

QString ReportingPeriod::label() const
{
    if (!isValid())
        return {};
    if (isCalendarYear())
        return QString::number(start.year());
    const QLocale locale = messageLocale();
    if (isWholeMonths() && start.year() == end.year()) {
        if (start.month() == end.month())
            return locale.monthName(start.month()) + QLatin1Char(' ') +
                   QString::number(start.year());
        return QCoreApplication::translate("Reports", "de %1 à %2 %3")
            .arg(locale.monthName(start.month()), locale.monthName(end.month()))
            .arg(start.year());
    }
    return QCoreApplication::translate("Reports", "du %1 au %2")
        .arg(start.toString(QStringLiteral("dd/MM/yyyy")), end.toString(QStringLiteral("dd/MM/yyyy")));
}

} // namespace passerelle
