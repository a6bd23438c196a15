#include "reports/ReviewExport.h"

#include "common/DialogService.h"
#include "reports/ReviewWriter.h"
#include "reports/ReviewWriters.h"
#include "util/Errors.h"

#include <QCoreApplication>
#include <QBoxLayout>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

namespace passerelle {

namespace {
// Free functions have no tr(): this class gives them the "ReviewExport" context, which
// lupdate reads too (a file-local tr() helper left these strings French in English).
class ReviewExportText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewExport)
};
} // namespace

QString exportReview(const AnnualReview &review, const QString &format, const QString &baseName,
                     DialogService &dialogs, QWidget *parent)
{
    const std::unique_ptr<ReviewWriter> writer = ReviewWriters::forFormat(format);
    if (!writer)
        return {};
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(baseName + QLatin1Char('.') + writer->fileSuffix());
    const QString file = dialogs.saveFile(
        parent, ReviewExportText::tr("Exporter"), suggested,
        QStringLiteral("%1 (*.%2)").arg(writer->description(), writer->fileSuffix()));
    if (file.isEmpty())
        return {};
    QSaveFile out(file);
    try {
        if (!out.open(QIODevice::WriteOnly))
            throw StorageError(out.errorString());
        writer->write(review, out);
        if (!out.commit())
            throw StorageError(out.errorString());
    } catch (const Error &e) {
        out.cancelWriting();
        dialogs.warning(parent, ReviewExportText::tr("Export"),
                        ReviewExportText::tr("Le fichier %1 n'a pas pu être écrit.\n\n%2")
                            .arg(QDir::toNativeSeparators(file), e.message()));
        return {};
    }
    return file;
}

QList<QPushButton *> addExportButtons(QBoxLayout *layout, QWidget *owner, const QStringList &formats,
                                      const std::function<void(const QString &format)> &chosen)
{
    layout->addWidget(new QLabel(ReviewExportText::tr("Exporter :"), owner));
    QList<QPushButton *> buttons;
    for (const QString &format : formats) {
        const QString label = format == u"pdf"    ? ReviewExportText::tr("&PDF…")
                              : format == u"xlsx" ? ReviewExportText::tr("&Tableur (XLSX)…")
                              : format == u"csv"  ? ReviewExportText::tr("&CSV…")
                                                  : ReviewExportText::tr("&JSON…");
        auto *button = new QPushButton(label, owner);
        button->setObjectName(QStringLiteral("export_") + format);
        QObject::connect(button, &QPushButton::clicked, owner, [chosen, format] { chosen(format); });
        layout->addWidget(button);
        buttons.append(button);
    }
    return buttons;
}

} // namespace passerelle
