#include "interventions/EntryText.h"

#include <QRegularExpression>

namespace passerelle {

std::optional<QTime> EntryText::parseTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QTime();
    // Hours, then optionally a separator and minutes: "9", "14h", "14h30", "14:30", "14 h 30".
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})(?:\\s*[:hH.]\\s*(\\d{2})?)?$"));
    // Digits only, as on a keypad: "930", "1430".
    static const QRegularExpression packed(QStringLiteral("^(\\d{1,2})(\\d{2})$"));
    QRegularExpressionMatch m = packed.match(t);
    if (!m.hasMatch())
        m = separated.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(1).toInt();
    const int minutes = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return QTime(hours, minutes);
}

std::optional<int> EntryText::parseDuration(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    static const QRegularExpression minutesOnly(
        QStringLiteral("^(\\d{1,4})\\s*(?:min|mn|m)?$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hoursMinutes(
        QStringLiteral("^(\\d{1,2})\\s*[:hH]\\s*(?:(\\d{1,2})\\s*(?:min|mn|m)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = minutesOnly.match(t); m.hasMatch())
        return m.captured(1).toInt();
    if (const auto m = hoursMinutes.match(t); m.hasMatch()) {
        const int minutes = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        if (minutes > 59)
            return std::nullopt;
        return m.captured(1).toInt() * 60 + minutes;
    }
    return std::nullopt;
}

QString EntryText::durationForEditing(int minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return QString::number(minutes);
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString EntryText::durationForDisplay(int minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString EntryText::timeForEditing(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace passerelle
