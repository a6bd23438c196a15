#include "reports/XlsxSheetNamer.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
// Cuts to `length` characters without splitting a surrogate pair (Excel counts UTF-16 units,
// libxlsxwriter counts code points: staying within both is staying within UTF-16 units).
QString leftUnits(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

QString trimmedOfApostrophes(QString text)
{
    text = text.trimmed();
    while (text.startsWith(QLatin1Char('\'')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('\'')))
        text.chop(1);
    return text.trimmed();
}
} // namespace

QString XlsxSheetNamer::sanitized(const QString &wanted)
{
    QString name;
    name.reserve(wanted.size());
    for (const QChar c : wanted) {
        if (QStringView(u"[]:*?/\\").contains(c))
            name += QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                 c == QChar::ParagraphSeparator)
            name += QLatin1Char(' ');
        else
            name += c;
    }
    name = trimmedOfApostrophes(name.simplified());
    name = trimmedOfApostrophes(leftUnits(name, MaxLength));
    if (name.isEmpty() || name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        name = QCoreApplication::translate("Reports", "Feuille");
    return name;
}

QString XlsxSheetNamer::take(const QString &wanted)
{
    const QString base = sanitized(wanted);
    QString name = base;
    for (int n = 2; m_taken.contains(name.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = trimmedOfApostrophes(leftUnits(base, MaxLength - suffix.size())) + suffix;
    }
    m_taken.insert(name.toCaseFolded());
    return name;
}

} // namespace passerelle
