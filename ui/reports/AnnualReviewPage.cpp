#include "reports/AnnualReviewPage.h"

#include "charts/ReviewChartsView.h"
#include "common/BackgroundRead.h"
#include "common/DialogService.h"
#include "reports/AnnualReviewBuilder.h"
#include "reports/ReviewHtml.h"
#include "reports/ReviewExport.h"
#include "reports/TraceDialog.h"
#include "repositories/ActionSheetRepository.h"
#include "storage/Database.h"
#include "util/Errors.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace passerelle {

AnnualReviewPage::AnnualReviewPage(Database &db, DialogService &dialogs, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs), m_clock(clock), m_read(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("annualReviewPage"));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("actionSheet"));
    m_sheet->setAccessibleName(tr("Fiche action"));
    // Sheet titles are long: the combo takes the room left, it does not push the year and
    // the button out of a narrow window.
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sheet->setMinimumContentsLength(30);
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
    m_exports = addExportButtons(exports, this, {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv"),
                                                 QStringLiteral("json")},
                                 [this](const QString &format) { exportAs(format); });
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reviewBusy"));
    m_busy->setRange(0, 0); // busy: the builder has no steps to count
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    // The status takes the rest of the row and wraps (a saved file's path is long).
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    exports->addWidget(m_busy);
    exports->addWidget(m_status, 1);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reviewPreview"));
    m_preview->setAccessibleName(tr("Aperçu du bilan"));
    m_preview->setOpenLinks(false);
    m_preview->setToolTip(tr("Cliquez sur un chiffre pour voir les enregistrements qui le font."));
    connect(m_preview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"trace")
            traceFigure(url.path().toInt());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(exports);
    // The tables (with their traceable figures) and, beside them, the charts people would
    // rather look at than read.
    m_charts = new ReviewChartsView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(m_preview, tr("&Tableaux"));
    m_tabs->addTab(m_charts, tr("&Graphiques"));
    layout->addWidget(m_tabs, 1);

    connect(m_build, &QPushButton::clicked, this, &AnnualReviewPage::build);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        m_review.reset();
        m_charts->clear();
        updateActions();
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_review.reset();
        m_charts->clear();
        updateActions();
    });
    setFocusProxy(m_sheet);
    reload();
}

AnnualReviewPage::~AnnualReviewPage() = default; // m_read waits for a build still running

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

    auto review = std::make_shared<std::optional<AnnualReview>>();
    auto elapsed = std::make_shared<qint64>(0);
    const Clock &clock = m_clock;
    m_read->start(
        path,
        [sheet, period, review, elapsed, &clock](Database &own) {
            QElapsedTimer timer;
            timer.start();
            *review = AnnualReviewBuilder(own, clock).build(sheet, period);
            *elapsed = timer.elapsed();
        },
        [this, review, elapsed](const QString &error) {
            m_building = false;
            m_busy->hide();
            if (*review)
                m_status->setText(tr("Bilan calculé en %1 s.").arg(QLocale().toString(*elapsed / 1000.0, 'f', 1)));
            showBuilt(*review, error);
        });
}

void AnnualReviewPage::showBuilt(const std::optional<AnnualReview> &review, const QString &error)
{
    m_review = review;
    if (!review) {
        m_status->setText(tr("Le bilan n'a pas pu être calculé."));
        m_preview->clear();
        m_charts->clear();
        m_dialogs.warning(this, tr("Bilan annuel"), tr("Le bilan n'a pas pu être calculé.\n\n%1").arg(error));
    } else {
        m_links.clear();
        m_preview->setHtml(reviewToHtml(*review, &m_links));
        m_charts->setReview(*review);
    }
    updateActions();
    Q_EMIT built(review.has_value());
}

void AnnualReviewPage::exportAs(const QString &format)
{
    if (!m_review)
        return;
    const QString file = exportReview(*m_review, format,
                                      tr("bilan-%1-%2").arg(m_review->actionSheetNumber).arg(m_review->period.start.year()),
                                      m_dialogs, this);
    if (!file.isEmpty())
        m_status->setText(tr("Bilan enregistré dans %1").arg(QDir::toNativeSeparators(file)));
}

void AnnualReviewPage::traceFigure(int index)
{
    if (!m_review || index < 0 || index >= m_links.size())
        return;
    const std::optional<ActionSheet> sheet = ActionSheetRepository(m_db).find(m_review->actionSheetId);
    if (!sheet)
        return;
    auto *dialog = new TraceDialog(m_db, m_dialogs, sheet->programmeId, m_links.at(index).trace,
                                   m_links.at(index).figure, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AnnualReviewPage::updateActions()
{
    m_build->setEnabled(!m_building && m_sheet->count() > 0);
    for (QPushButton *b : std::as_const(m_exports))
        b->setEnabled(!m_building && m_review.has_value());
}

} // namespace passerelle
