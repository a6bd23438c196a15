#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace passerelle {

struct AnnualReview;
class DialogService;

// Asks for a file (suggesting `baseName` + the format's suffix in the Documents folder) and
// writes `review` in `format` ("pdf", "xlsx", "csv", "json") through the core writers. The
// file is written beside and renamed, so a failure never leaves half a file; the failure is
// shown with the file named. Returns the path written, or an empty string (cancelled or
// refused).
QString exportReview(const AnnualReview &review, const QString &format, const QString &baseName,
                     DialogService &dialogs, QWidget *parent);

} // namespace passerelle

class QBoxLayout;
class QPushButton;

namespace passerelle {

// Adds "Exporter : [PDF…] [Tableur (XLSX)…] …" to `layout`, one button per format in the
// order given ("pdf", "xlsx", "csv", "json"), each named export_<format> and calling
// `chosen(format)`. Returns the buttons (to enable them once there is something to export).
QList<QPushButton *> addExportButtons(QBoxLayout *layout, QWidget *owner, const QStringList &formats,
                                      const std::function<void(const QString &format)> &chosen);

} // namespace passerelle
