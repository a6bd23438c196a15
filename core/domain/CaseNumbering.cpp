#include "domain/CaseNumbering.h"

#include <QRegularExpression>

#include <algorithm>

namespace passerelle {

QString CaseNumbering::prefix(const QString &programmeCode, int year)
{
    return programmeCode + u'-' + QString::number(year) + u'-';
}

QString CaseNumbering::format(const QString &programmeCode, int year, int sequence)
{
    return prefix(programmeCode, year) +
           QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

std::optional<CaseNumbering::Parts> CaseNumbering::parse(QStringView number)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Z][A-Z0-9]*)-([0-9]{4})-([0-9]{4,9})$"));
    const auto match = pattern.match(number);
    if (!match.hasMatch())
        return std::nullopt;
    return Parts{match.captured(1), match.captured(2).toInt(), match.captured(3).toInt()};
}

QString CaseNumbering::next(const QStringList &existingNumbers, const QString &programmeCode,
                            int year)
{
    int highest = 0;
    for (const QString &n : existingNumbers) {
        const auto parts = parse(n);
        if (parts && parts->programmeCode == programmeCode && parts->year == year)
            highest = std::max(highest, parts->sequence);
    }
    return format(programmeCode, year, highest + 1);
}

} // namespace passerelle
