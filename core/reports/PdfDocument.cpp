#include "reports/PdfDocument.h"

#include "util/Errors.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

namespace passerelle {

namespace {
QIODevice &requireGui(QIODevice &out)
{
    // Fonts need a platform integration: without a QGuiApplication Qt would abort.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw StorageError(ReportsText::tr(
            "L'impression en PDF demande une application graphique (QGuiApplication)."));
    return out;
}
} // namespace

PdfDocument::PdfDocument(QIODevice &out, const QString &title, FirstPage firstPage)
    : m_out(out), m_firstPage(firstPage), m_writer(&requireGui(out))
{
    m_writer.setResolution(PdfStyle::Resolution);
    m_writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("Passerelle"));
    m_style = std::make_unique<PdfStyle>(&m_writer);
    const QMarginsF margins = m_style->margins();
    const QRectF page(QPointF(0, 0), m_style->pageSize());
    const QRectF content = page.marginsRemoved(margins).adjusted(0, m_style->headerHeight(), 0, -m_style->footerHeight());
    m_flow = std::make_unique<PdfPageFlow>(*m_style, content);
}

void PdfDocument::setRunningTexts(const QString &headerLeft, const QString &headerRight, const QString &footerLeft)
{
    m_headerLeft = headerLeft;
    m_headerRight = headerRight;
    m_footerLeft = footerLeft;
}

void PdfDocument::paintDecorations(QPainter &painter, int page, int pageCount) const
{
    const PdfStyle &s = *m_style;
    const QRectF area = QRectF(QPointF(0, 0), s.pageSize()).marginsRemoved(s.margins());
    const QFontMetricsF metrics(s.small, painter.device());
    const double line = metrics.lineSpacing();
    const double right = std::max(metrics.horizontalAdvance(m_headerRight),
                                  metrics.horizontalAdvance(ReportsText::tr("Page 999 / 999")));
    const QString left = metrics.elidedText(m_headerLeft, Qt::ElideRight, area.width() - right - s.mm(5));
    PdfPageFlow::drawLines(painter, {left}, s.small, s.muted, area.topLeft(), line);
    PdfPageFlow::drawLines(painter, {m_headerRight}, s.small, s.muted, area.topLeft(), line, Qt::AlignRight, area.width());
    painter.setPen(QPen(s.rule, s.mm(0.2)));
    painter.drawLine(QPointF(area.left(), area.top() + line + s.mm(1)), QPointF(area.right(), area.top() + line + s.mm(1)));

    const double footerTop = area.bottom() - line;
    painter.drawLine(QPointF(area.left(), footerTop - s.mm(1.5)), QPointF(area.right(), footerTop - s.mm(1.5)));
    PdfPageFlow::drawLines(painter, {m_footerLeft}, s.small, s.muted, QPointF(area.left(), footerTop), line);
    PdfPageFlow::drawLines(painter, {ReportsText::tr("Page %1 / %2").arg(page + 1).arg(pageCount)},
                           s.small, s.muted, QPointF(area.left(), footerTop), line, Qt::AlignRight,
                           area.width());
}

void PdfDocument::print()
{
    QPainter painter;
    if (!painter.begin(&m_writer))
        throw StorageError(
            ReportsText::tr("Écriture du PDF impossible : %1").arg(m_out.errorString()));
    const int count = m_flow->pageCount();
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !m_writer.newPage())
            throw StorageError(
                ReportsText::tr("Écriture du PDF impossible : %1").arg(m_out.errorString()));
        if (page > 0 || m_firstPage == FirstPage::Content)
            paintDecorations(painter, page, count);
        m_flow->paintPage(page, painter);
    }
    if (!painter.end())
        throw StorageError(
            ReportsText::tr("Écriture du PDF impossible : %1").arg(m_out.errorString()));
}

} // namespace passerelle
