#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QSizeF>

class QPaintDevice;

namespace passerelle {

// Fonts, colours and lengths shared by the PDF documents (annual review, action sheet),
// in the device units of the PDF writer they are made for. A4 portrait, 300 dpi.
class PdfStyle
{
public:
    static constexpr int Resolution = 300;

    explicit PdfStyle(const QPaintDevice *device);

    double mm(double millimetres) const { return millimetres * Resolution / 25.4; }
    QSizeF pageSize() const;    // the whole A4 page
    QMarginsF margins() const;  // around the content
    double headerHeight() const { return mm(8); }
    double footerHeight() const { return mm(8); }

    // French number typography: groups of three digits joined by a narrow no-break space.
    static QString groupDigits(const QString &shownNumber);

    const QPaintDevice *device;
    QFont title;
    QFont subtitle;
    QFont heading1;
    QFont heading2;
    QFont body;
    QFont bodyBold;
    QFont small;
    QFont smallItalic;
    QColor ink{0x1f, 0x26, 0x2e};
    QColor muted{0x5f, 0x6b, 0x76};
    QColor accent{0x1f, 0x5f, 0x99};
    QColor accentLight{0xe8, 0xee, 0xf4};
    QColor secondSeries{0xe0, 0x8a, 0x2c};
    QColor rule{0xc4, 0xcc, 0xd4};
};

} // namespace passerelle
