#pragma once

#include <QColor>

namespace passerelle::ChartPalette {

// The colours of the PDF's charts (PdfStyle), so that the screen and the printed review
// read the same: this period / the person in blue, the previous period / the team in orange.
inline QColor series(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x5f, 0x99), QColor(0xe0, 0x8a, 0x2c),
                                     QColor(0x4f, 0x9a, 0x5a), QColor(0x8e, 0x5a, 0xa8)};
    return colours[index % 4];
}

inline QColor rule()
{
    return QColor(0xc4, 0xcc, 0xd4);
}

inline QColor stripe()
{
    return QColor(0xf5, 0xf7, 0xf9);
}

} // namespace passerelle::ChartPalette
