#include "reports/PdfStyle.h"

#include <QRegularExpression>

namespace passerelle {

namespace {
QFont font(double points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    // DejaVu Sans has every glyph the documents print (accents, €, ☒, ☐, narrow no-break
    // space); the style hint finds another sans-serif face where it is absent.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setItalic(italic);
    return f;
}
} // namespace

PdfStyle::PdfStyle(const QPaintDevice *paintDevice)
    : device(paintDevice), title(font(22, QFont::Bold)), subtitle(font(14)),
      heading1(font(15, QFont::Bold)), heading2(font(11, QFont::Bold)), body(font(9)),
      bodyBold(font(9, QFont::Bold)), small(font(7.5)), smallItalic(font(7.5, QFont::Normal, true))
{
}

QSizeF PdfStyle::pageSize() const
{
    return {mm(210), mm(297)};
}

QMarginsF PdfStyle::margins() const
{
    return {mm(18), mm(20), mm(18), mm(18)};
}

QString PdfStyle::groupDigits(const QString &shown)
{
    static const QRegularExpression digits(QStringLiteral("\\d{4,}"));
    QString out = shown;
    // Only the integer part: the first run of digits; decimals stay as written.
    const QRegularExpressionMatch m = digits.match(out);
    if (!m.hasMatch() || (m.capturedStart() > 0 && out.at(m.capturedStart() - 1) == QLatin1Char(',')))
        return out;
    QString run = m.captured();
    for (qsizetype i = run.size() - 3; i > 0; i -= 3)
        run.insert(i, QChar(0x202F));
    out.replace(m.capturedStart(), m.capturedLength(), run);
    return out;
}

} // namespace passerelle
