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
    // (n is computed first: lupdate of Qt 6.4 never ends on a template argument list
    // inside the call.)
    const int n = int(std::min(count, qint64(INT_MAX)));
    return QCoreApplication::translate("passerelle::MainWindow", "%Ln situation(s)", nullptr, n);
}

QString casesOutOf(qint64 count, qint64 total)
{
    return QCoreApplication::translate("CaseCount", "%1 sur %2", "12 situations sur 1 500")
        .arg(cases(count), QLocale().toString(total));
}

} // namespace passerelle::CaseCountText
