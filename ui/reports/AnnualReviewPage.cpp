#include "reports/AnnualReviewPage.h"

#include "common/DialogService.h"
#include "reports/AnnualReviewBuilder.h"
#include "reports/ReviewHtml.h"
#include "reports/ReviewWriter.h"
#include "reports/ReviewWriters.h"
#include "repositories/ActionSheetRepository.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace passerelle {

namespace {
struct Outcome
{
    std::optional<AnnualReview> review;
    QString error;
};
} // namespace

AnnualReviewPage::AnnualReviewPage(Database &db, DialogService &dialogs, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock)
{
    setObjectName(QStringLiteral("annualReviewPage"));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("actionSheet"));
    m_sheet->setAccessibleName(tr("Fiche action"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setAccessibleName(tr("Année du bilan"));
    m_year->setRange(2000, 2100);
    // The review is written at the start of the year for the year that ended.
    m_year->setValue(m_clock.today().year() - 1);
    m_build = new QPushButton(tr("&Afficher le bilan"), this);
    m_build->setObjectName(QStringLiteral("buildReview"));
    m_build->setDefault(true);

    auto *form = new QFormLayout;
    auto *sheetLabel = new QLabel(tr("&Fiche action :"), this);
    sheetLabel->setBuddy(m_sheet);
    auto *yearLabel = new QLabel(tr("A&nnée :"), this);
    yearLabel->setBuddy(m_year);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_sheet, 1);
    choice->addWidget(yearLabel);
    choice->addWidget(m_year);
    choice->addWidget(m_build);
    form->addRow(sheetLabel, choice);

    auto *exports = new QHBoxLayout;
    exports->addWidget(new QLabel(tr("Exporter :"), this));
    const struct
    {
        const char *format;
        QString label;
    } buttons[] = {{"pdf", tr("&PDF…")}, {"xlsx", tr("&Tableur (XLSX)…")}, {"csv", tr("&CSV…")}, {"json", tr("&JSON…")}};
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.label, this);
        const QString format = QLatin1String(b.format);
        button->setObjectName(QStringLiteral("export_") + format);
        connect(button, &QPushButton::clicked, this, [this, format] { exportAs(format); });
        exports->addWidget(button);
        m_exports.append(button);
    }
    exports->addStretch(1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reviewBusy"));
    m_busy->setRange(0, 0); // busy: the builder has no steps to count
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    exports->addWidget(m_busy);
    exports->addWidget(m_status);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reviewPreview"));
    m_preview->setAccessibleName(tr("Aperçu du bilan"));
    m_preview->setOpenLinks(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(exports);
    layout->addWidget(m_preview, 1);

    connect(m_build, &QPushButton::clicked, this, &AnnualReviewPage::build);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        m_review.reset();
        updateActions();
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_review.reset();
        updateActions();
    });
    setFocusProxy(m_sheet);
    reload();
}

AnnualReviewPage::~AnnualReviewPage()
{
    // The builder holds its own connection; it must finish before the page goes.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void AnnualReviewPage::reload()
{
    const QVariant current = m_sheet->currentData();
    m_sheet->clear();
    ActionSheetRepository sheets(m_db);
    for (const ActionSheet &s : sheets.list())
        m_sheet->addItem(QStringLiteral("%1 — %2 (%3–%4)")
                             .arg(s.number, s.title)
                             .arg(s.periodStart.year())
                             .arg(s.periodEnd.isValid() ? QString::number(s.periodEnd.year()) : QString()),
                         s.id.toString());
    const int again = m_sheet->findData(current);
    if (again >= 0)
        m_sheet->setCurrentIndex(again);
    if (m_sheet->count() == 0)
        m_status->setText(tr("Aucune fiche action : créez-en une pour produire un bilan."));
    updateActions();
}

void AnnualReviewPage::build()
{
    if (m_building || m_sheet->currentIndex() < 0)
        return;
    const Uuid sheet = Uuid::fromString(m_sheet->currentData().toString());
    const ReportingPeriod period = ReportingPeriod::calendarYear(m_year->value());
    const QString path = m_db.path();
    m_building = true;
    m_review.reset();
    m_busy->show();
    m_status->setText(tr("Calcul du bilan…"));
    updateActions();

    auto outcome = std::make_shared<Outcome>();
    auto elapsed = std::make_shared<qint64>(0);
    const Clock &clock = m_clock;
    m_worker = QThread::create([path, sheet, period, outcome, elapsed, &clock] {
        QElapsedTimer timer;
        timer.start();
        try {
            const auto own = Database::open(path, Database::OpenMode::OpenExisting,
                                            Database::IntegrityCheck::Deferred);
            outcome->review = AnnualReviewBuilder(*own, clock).build(sheet, period);
        } catch (const Error &e) {
            outcome->error = e.message();
        }
        *elapsed = timer.elapsed();
    });
    connect(m_worker, &QThread::finished, this, [this, outcome, elapsed] {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
        m_building = false;
        m_busy->hide();
        if (outcome->review)
            m_status->setText(tr("Bilan calculé en %1 s.").arg(QLocale().toString(*elapsed / 1000.0, 'f', 1)));
        showBuilt(outcome->review, outcome->error);
    });
    m_worker->start();
}

void AnnualReviewPage::showBuilt(const std::optional<AnnualReview> &review, const QString &error)
{
    m_review = review;
    if (!review) {
        m_status->setText(tr("Le bilan n'a pas pu être calculé."));
        m_preview->clear();
        m_dialogs.warning(this, tr("Bilan annuel"), tr("Le bilan n'a pas pu être calculé.\n\n%1").arg(error));
    } else {
        m_preview->setHtml(reviewToHtml(*review));
    }
    updateActions();
    Q_EMIT built(review.has_value());
}

void AnnualReviewPage::exportAs(const QString &format)
{
    if (!m_review)
        return;
    const std::unique_ptr<ReviewWriter> writer = ReviewWriters::forFormat(format);
    if (!writer)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("bilan-%1-%2.%3")
                                                .arg(m_review->actionSheetNumber)
                                                .arg(m_review->period.start.year())
                                                .arg(writer->fileSuffix()));
    const QString file = m_dialogs.saveFile(this, tr("Exporter le bilan"), suggested,
                                            tr("%1 (*.%2)").arg(writer->description(), writer->fileSuffix()));
    if (file.isEmpty())
        return;
    // Written beside, then renamed: a failed export never leaves half a file behind.
    QSaveFile out(file);
    try {
        if (!out.open(QIODevice::WriteOnly))
            throw StorageError(out.errorString());
        writer->write(*m_review, out);
        if (!out.commit())
            throw StorageError(out.errorString());
    } catch (const Error &e) {
        out.cancelWriting();
        m_dialogs.warning(this, tr("Bilan annuel"),
                          tr("Le fichier %1 n'a pas pu être écrit.\n\n%2")
                              .arg(QDir::toNativeSeparators(file), e.message()));
        return;
    }
    m_status->setText(tr("Bilan enregistré dans %1").arg(QDir::toNativeSeparators(file)));
}

void AnnualReviewPage::updateActions()
{
    m_build->setEnabled(!m_building && m_sheet->count() > 0);
    for (QPushButton *b : std::as_const(m_exports))
        b->setEnabled(!m_building && m_review.has_value());
}

} // namespace passerelle
