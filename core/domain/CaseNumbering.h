#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

// Human case numbers "<programme code>-<year>-<sequence>", e.g. PA-2025-0017: the sequence has
// at least four digits and counts the cases of one programme identified in one year. Numbers
// are shown and searched, never used as keys (two offline replicas may give the same one).
class CaseNumbering
{
public:
    struct Parts
    {
        QString programmeCode;
        int year = 0;
        int sequence = 0;
    };

    static QString format(const QString &programmeCode, int year, int sequence);
    // "PA-2025-" — what every number of that programme and year starts with.
    static QString prefix(const QString &programmeCode, int year);
    static std::optional<Parts> parse(QStringView number);
    // The number after the highest sequence already given for that programme and year
    // (numbers of other programmes or years and hand-typed ones are ignored). A number is
    // never given twice, even after the case holding it was archived.
    static QString next(const QStringList &existingNumbers, const QString &programmeCode, int year);
};

} // namespace passerelle
