#include "reports/TraceDialog.h"

#include "common/BackgroundRead.h"
#include "common/DialogService.h"
#include "indicators/IndicatorDefinition.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorTrace.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace passerelle {

namespace {
TraceSelection selectionOf(const ReviewTraceRef &ref)
{
    TraceSelection s;
    if (ref.part == u"numerator")
        s.part = TraceSelection::Part::Numerator;
    else if (ref.part == u"denominator")
        s.part = TraceSelection::Part::Denominator;
    if (ref.hasCategory)
        s.category = ref.category.isEmpty() ? QString() : ref.category; // "" = not filled in
    s.source = ref.source;
    return s;
}

QString number(double value, ValueType type)
{
    return QLocale().toString(value, 'f', type == ValueType::Integer ? 0 : 1);
}
} // namespace

TraceDialog::TraceDialog(Database &db, DialogService &dialogs, const Uuid &programmeId, const ReviewTraceRef &ref,
                         const QString &figure, QWidget *parent)
    : QDialog(parent), m_read(new BackgroundRead(this))
{
    setObjectName(QStringLiteral("traceDialog"));
    setWindowTitle(tr("D'où vient ce chiffre ?"));
    m_title = new QLabel(tr("Les enregistrements qui font « %1 » (du %2 au %3) :")
                             .arg(figure, ref.period.start.toString(QStringLiteral("dd/MM/yyyy")),
                                  ref.period.end.toString(QStringLiteral("dd/MM/yyyy"))),
                         this);
    m_title->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_records = new QTreeWidget(this);
    m_records->setObjectName(QStringLiteral("traceRecords"));
    m_records->setAccessibleName(tr("Enregistrements"));
    m_records->setHeaderLabels({tr("Référence"), tr("Date"), tr("Détail"), tr("Compte pour")});
    m_records->setRootIsDecorated(true);
    m_records->setUniformRowHeights(true);
    m_records->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_busy);
    layout->addWidget(m_records, 1);
    layout->addWidget(buttons);
    resize(760, 520);

    auto traces = std::make_shared<QList<IndicatorTrace>>();
    const QByteArray definitionJson = ref.definition.toUtf8();
    const TraceSelection selection = selectionOf(ref);
    const ReportingPeriod period = ref.period;
    m_read->start(
        db.path(),
        [definitionJson, selection, period, programmeId, traces](Database &own) {
            const IndicatorDefinition d = IndicatorDefinition::fromJson(definitionJson);
            *traces = IndicatorEngine(own).trace(d, {programmeId}, period, selection);
        },
        [this, &dialogs, traces](const QString &error) {
            m_busy->hide();
            if (!error.isEmpty()) {
                dialogs.warning(this, windowTitle(), tr("Les enregistrements n'ont pas pu être lus.\n\n%1").arg(error));
                Q_EMIT loaded(false);
                return;
            }
            for (const IndicatorTrace &t : std::as_const(*traces)) {
                auto *group = new QTreeWidgetItem(m_records, {t.title, QString(), tr("%n enregistrement(s)", nullptr, int(t.rows.size())),
                                                              number(t.value, t.valueType)});
                QFont bold = group->font(0);
                bold.setBold(true);
                for (int c = 0; c < 4; ++c)
                    group->setFont(c, bold);
                group->setTextAlignment(3, Qt::AlignRight);
                for (const TraceRow &row : t.rows) {
                    auto *item = new QTreeWidgetItem(group, {row.reference, QLocale().toString(row.date, QLocale::ShortFormat),
                                                             row.detail, number(row.weight, t.valueType)});
                    item->setTextAlignment(3, Qt::AlignRight);
                }
                group->setExpanded(true);
            }
            Q_EMIT loaded(true);
        });
}

TraceDialog::~TraceDialog() = default;

} // namespace passerelle
