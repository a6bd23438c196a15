#include "indicators/IndicatorPreview.h"

#include "charts/BarChart.h"
#include "charts/ChartData.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace passerelle {

namespace {
QString number(double value, ValueType type)
{
    return formatNumber(value, type == ValueType::Integer ? 0 : 1);
}

ChartData breakdownChart(const IndicatorResult &r)
{
    ChartData d;
    d.title = IndicatorPreview::tr("Répartition");
    ChartData::Series s{IndicatorPreview::tr("Valeur"), {}, {}};
    for (const BreakdownRow &row : r.rows) {
        d.categories.append(row.label);
        s.values.append(row.value);
        s.texts.append(number(row.value, r.valueType));
    }
    d.series.append(s);
    return d;
}

ChartData evolutionChart(const IndicatorResult &r)
{
    ChartData d;
    d.title = IndicatorPreview::tr("Situations évaluées deux fois dans la période");
    d.categories = {IndicatorPreview::tr("En progrès"), IndicatorPreview::tr("Stables"), IndicatorPreview::tr("En recul")};
    for (const auto &[name, f] : {std::pair{IndicatorPreview::tr("Selon la personne"), r.person},
                                  std::pair{IndicatorPreview::tr("Selon l'équipe"), r.team}}) {
        ChartData::Series s{name, {}, {}};
        for (const qint64 v : {f.improved, f.stable, f.worsened}) {
            s.values.append(double(v));
            s.texts.append(QString::number(v));
        }
        d.series.append(s);
    }
    return d;
}
} // namespace

IndicatorPreview::IndicatorPreview(int year, QWidget *parent) : QGroupBox(tr("Aperçu"), parent)
{
    setObjectName(QStringLiteral("indicatorPreview"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("previewYear"));
    m_year->setAccessibleName(tr("Année de l'aperçu"));
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    auto *yearLabel = new QLabel(tr("A&nnée :"), this);
    yearLabel->setBuddy(m_year);
    m_figure = new QLabel(this);
    m_figure->setObjectName(QStringLiteral("previewFigure"));
    m_figure->setAccessibleName(tr("Valeur calculée"));
    m_figure->setWordWrap(true);
    m_figure->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_figure->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("previewState"));
    m_state->setWordWrap(true);
    m_rows = new QTableWidget(0, 2, this);
    m_rows->setObjectName(QStringLiteral("previewRows"));
    m_rows->setAccessibleName(tr("Valeurs par catégorie"));
    m_rows->setHorizontalHeaderLabels({tr("Catégorie"), tr("Valeur")});
    m_rows->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rows->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setAlternatingRowColors(true);
    m_rows->hide();
    m_chart = new BarChart(this);
    m_chart->setObjectName(QStringLiteral("previewChart"));
    m_chart->hide();
    m_trace = new QPushButton(tr("&Voir les dossiers"), this);
    m_trace->setObjectName(QStringLiteral("traceRecords"));
    m_trace->setToolTip(tr("Les enregistrements qui font ce chiffre"));
    m_trace->setEnabled(false);

    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(yearRow);
    layout->addWidget(m_figure);
    layout->addWidget(m_state);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_chart);
    layout->addWidget(m_trace, 0, Qt::AlignLeft);
    layout->addStretch(0);

    connect(m_year, &QSpinBox::valueChanged, this, &IndicatorPreview::yearChanged);
    connect(m_trace, &QPushButton::clicked, this, &IndicatorPreview::traceRequested);
}

void IndicatorPreview::setYear(int year)
{
    const QSignalBlocker block(m_year);
    m_year->setValue(year);
}

void IndicatorPreview::setComputing()
{
    m_figure->clear();
    m_trace->setEnabled(false);
    m_state->setText(tr("Calcul…"));
}

void IndicatorPreview::clear(const QString &message)
{
    m_figure->clear();
    m_rows->setRowCount(0);
    m_rows->hide();
    m_chart->hide();
    m_trace->setEnabled(false);
    m_state->setText(message);
}

void IndicatorPreview::showResult(const IndicatorResult &result, const QString &periodLabel)
{
    m_state->setText(tr("Valeur pour %1, calculée sur les enregistrements du dispositif.").arg(periodLabel));
    m_rows->setRowCount(0);
    m_rows->hide();
    m_chart->hide();
    switch (result.kind) {
    case IndicatorResult::Kind::Breakdown:
        m_figure->setText(tr("Total : %1").arg(result.value ? number(*result.value, result.valueType) : tr("n.d.")));
        m_rows->setRowCount(int(result.rows.size()));
        for (int i = 0; i < result.rows.size(); ++i) {
            m_rows->setItem(i, 0, new QTableWidgetItem(result.rows[i].label));
            auto *value = new QTableWidgetItem(number(result.rows[i].value, result.valueType));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rows->setItem(i, 1, value);
        }
        m_rows->show();
        m_chart->setData(breakdownChart(result));
        m_chart->setVisible(!m_chart->data().isEmpty());
        break;
    case IndicatorResult::Kind::Evolution:
        m_figure->setText(result.displayText());
        m_chart->setData(evolutionChart(result));
        m_chart->setVisible(!m_chart->data().isEmpty());
        break;
    default:
        m_figure->setText(result.displayText());
        break;
    }
    m_trace->setEnabled(true);
}

QString IndicatorPreview::figureText() const
{
    return m_figure->text();
}

} // namespace passerelle
