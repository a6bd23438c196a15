#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace passerelle {

class PdfPageFlow;

// A form laid out like the ARS action-sheet template: each row a shaded label cell on the
// left and its content on the right (paragraphs, ticked or unticked boxes, bullets). A row
// is placed line by line, so a long "local context" continues on the next page with its
// label cell carried along.
class PdfFormBlock
{
public:
    static const QChar Ticked;   // ☒
    static const QChar Unticked; // ☐

    PdfFormBlock(PdfPageFlow &flow, double labelWidth);

    void beginRow(const QString &label);
    void text(const QString &text, bool bold = false);
    // "Non renseigné" in grey: a blank field of the sheet shows as blank, not as missing.
    void notFilled();
    // ☒ label (or ☐ label), then `detail` after a dash ("Objectif 04.0 - Faciliter…").
    void check(const QString &label, bool ticked, const QString &detail = {});
    void bullet(const QString &text, const QString &mark = QStringLiteral("▪"), int level = 0);
    void space();
    void endRow();

private:
    struct Line
    {
        QString text;
        const QFont *font;
        QColor color;
        double indent;
    };

    void addWrapped(const QString &text, const QFont &font, const QColor &color, double indent,
                    double hangingIndent);

    PdfPageFlow &m_flow;
    double m_labelWidth;
    QString m_label;
    QList<Line> m_lines;
};

} // namespace passerelle
