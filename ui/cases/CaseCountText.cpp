#include "cases/CaseCountText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace passerelle::CaseCountText {

QString cases(qint64 count)
{
    // The message keeps the context the catalogues file it under (the main window showed it
    // first): that is where their plural forms are, French ones included.
    return QCoreApplication::translate("passerelle::MainWindow", "%Ln situation(s)", nullptr,
                                       int(std::min<qint64>(count, INT_MAX)));
}

QString casesOutOf(qint64 count, qint64 total)
{
    return QCoreApplication::translate("CaseCount", "%1 sur %2", "12 situations sur 1 500")
        .arg(cases(count), QLocale().toString(total));
}

} // namespace passerelle::CaseCountText
