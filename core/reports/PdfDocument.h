#pragma once

#include "reports/PdfPageFlow.h"
#include "reports/PdfStyle.h"

#include <QPdfWriter>

#include <memory>

class QIODevice;

namespace passerelle {

// An A4 PDF being composed: the writer on the output device, its style, the flow of pages,
// and the running header and footer painted on every page but the first (the title page)
// once the number of pages is known. Shared by the annual review and the action sheet.
class PdfDocument
{
public:
    enum class FirstPage
    {
        Title,  // a title page, without running header and footer
        Content // decorated like the others
    };

    // Throws StorageError when there is no QGuiApplication to paint with.
    PdfDocument(QIODevice &out, const QString &title, FirstPage firstPage = FirstPage::Title);

    const PdfStyle &style() const { return *m_style; }
    PdfPageFlow &flow() { return *m_flow; }

    // Texts of the running header (left and right) and of the footer's left side; the
    // footer's right side is "Page n / N".
    void setRunningTexts(const QString &headerLeft, const QString &headerRight, const QString &footerLeft);

    // Paints every page; throws StorageError when the device refuses the bytes.
    void print();

private:
    void paintDecorations(QPainter &painter, int page, int pageCount) const;

    QIODevice &m_out;
    FirstPage m_firstPage;
    QPdfWriter m_writer;
    std::unique_ptr<PdfStyle> m_style;
    std::unique_ptr<PdfPageFlow> m_flow;
    QString m_headerLeft;
    QString m_headerRight;
    QString m_footerLeft;
};

} // namespace passerelle
