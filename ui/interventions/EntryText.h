#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

#include <optional>

namespace passerelle {

// What a person types in the quick entry for a time or a duration, read the ways people
// write them in French ("14h30", "1h30", "90") and written back the way screens show them.
class EntryText
{
    Q_DECLARE_TR_FUNCTIONS(EntryText)

public:
    // "14:30", "14h30", "14 h 30", "14h", "14", "1430", "930" → that time; an empty text is
    // "no time" (an invalid QTime); std::nullopt when the text is not a time of day.
    static std::optional<QTime> parseTime(const QString &text);
    // "45", "45 min", "1:30", "1h30", "1 h 30", "2h" → minutes; an empty text is 0;
    // std::nullopt when the text is not a duration. The range (0–1440) is the domain's.
    static std::optional<int> parseDuration(const QString &text);

    // For an editor: "" (none), "45", "1:30", "2:00" — parseDuration reads it back.
    static QString durationForEditing(int minutes);
    // For a list: "", "45 min", "1 h 30", "2 h".
    static QString durationForDisplay(int minutes);
    static QString timeForEditing(const QTime &time); // "14:30", "" when invalid
};

} // namespace passerelle
