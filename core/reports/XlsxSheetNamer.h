#pragma once

#include <QSet>
#include <QString>

namespace passerelle {

// Hands out worksheet names that Excel and LibreOffice accept: at most 31 characters, none
// of []:*?/\, not starting or ending with an apostrophe, not blank, not the reserved
// "History", and unique without regard to case (Excel compares names that way). A name
// that collides gets " (2)", " (3)", … within the 31 characters.
class XlsxSheetNamer
{
public:
    static constexpr int MaxLength = 31;

    QString take(const QString &wanted);

private:
    static QString sanitized(const QString &wanted);
    QSet<QString> m_taken; // case-folded
};

} // namespace passerelle
