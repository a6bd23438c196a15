#include "indicators/FilterEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace passerelle {

FilterEditor::FilterEditor(Filter filter, Measure measure, const FilterOptions &options, QWidget *parent)
    : QWidget(parent), m_filter(filter)
{
    setObjectName(QStringLiteral("filter_") + IndicatorCatalogue::code(filter));
    const QString name = FilterOptions::filterLabel(filter);
    auto *title = new QLabel(name + QStringLiteral(" :"), this);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeFilter"));
    m_remove->setText(tr("Retirer"));
    m_remove->setAccessibleName(tr("Retirer le filtre %1").arg(name));
    connect(m_remove, &QToolButton::clicked, this, &FilterEditor::removeRequested);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    switch (IndicatorCatalogue::shape(filter)) {
    case FilterShape::Codes:
    case FilterShape::Ids: {
        m_codes = new QListWidget(this);
        m_codes->setObjectName(QStringLiteral("codes"));
        m_codes->setAccessibleName(name);
        for (const FilterOptions::Option &o : options.codes(filter, measure)) {
            auto *item = new QListWidgetItem(o.label, m_codes);
            item->setData(Qt::UserRole, o.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        // Four or five rows visible: enough to see what is ticked without a wall of lists.
        const int rows = std::min(5, std::max(2, m_codes->count()));
        m_codes->setFixedHeight(m_codes->sizeHintForRow(0) * rows + 2 * m_codes->frameWidth() + 2);
        connect(m_codes, &QListWidget::itemChanged, this, &FilterEditor::changed);
        m_negated = new QCheckBox(tr("tous sauf ceu&x-ci"), this);
        m_negated->setObjectName(QStringLiteral("negated"));
        m_negated->setAccessibleName(tr("%1 : tous sauf ceux cochés").arg(name));
        connect(m_negated, &QCheckBox::toggled, this, &FilterEditor::changed);
        body->addWidget(m_codes, 1);
        auto *side = new QVBoxLayout;
        side->addWidget(m_negated);
        side->addStretch(1);
        body->addLayout(side);
        break;
    }
    case FilterShape::Choice:
        m_choice = new QComboBox(this);
        for (const CasePeriod p : FilterOptions::casePeriods())
            m_choice->addItem(FilterOptions::casePeriodLabel(p), IndicatorCatalogue::code(p));
        m_choice->setCurrentIndex(m_choice->findData(IndicatorCatalogue::code(IndicatorCatalogue::defaultCasePeriod(measure))));
        break;
    case FilterShape::Flag:
        m_choice = new QComboBox(this);
        m_choice->addItem(tr("oui"), true);
        m_choice->addItem(tr("non"), false);
        break;
    case FilterShape::AssessedCondition: {
        m_choice = new QComboBox(this);
        for (const FilterOptions::Option &o : options.dimensions())
            m_choice->addItem(o.label, o.code);
        m_source = new QComboBox(this);
        m_source->setObjectName(QStringLiteral("source"));
        m_source->setAccessibleName(tr("Regard"));
        m_source->addItem(tr("personne ou équipe"), QString());
        m_source->addItem(tr("la personne"), QStringLiteral("person"));
        m_source->addItem(tr("l'équipe"), QStringLiteral("team"));
        m_minScore = new QSpinBox(this);
        m_minScore->setObjectName(QStringLiteral("minScore"));
        m_minScore->setAccessibleName(tr("Score minimal"));
        m_minScore->setRange(1, 5);
        m_maxScore = new QSpinBox(this);
        m_maxScore->setObjectName(QStringLiteral("maxScore"));
        m_maxScore->setAccessibleName(tr("Score maximal"));
        m_maxScore->setRange(1, 5);
        m_maxScore->setValue(5);
        connect(m_source, &QComboBox::currentIndexChanged, this, &FilterEditor::changed);
        connect(m_minScore, &QSpinBox::valueChanged, this, &FilterEditor::changed);
        connect(m_maxScore, &QSpinBox::valueChanged, this, &FilterEditor::changed);
        break;
    }
    }
    if (m_choice) {
        m_choice->setObjectName(QStringLiteral("choice"));
        m_choice->setAccessibleName(name);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &FilterEditor::changed);
        body->addWidget(m_choice, 1);
    }
    if (m_source) {
        auto *by = new QLabel(tr("re&gard :"), this);
        by->setBuddy(m_source);
        auto *from = new QLabel(tr("score d&e"), this);
        from->setBuddy(m_minScore);
        auto *to = new QLabel(tr("à"), this);
        to->setBuddy(m_maxScore);
        body->addWidget(by);
        body->addWidget(m_source);
        body->addWidget(from);
        body->addWidget(m_minScore);
        body->addWidget(to);
        body->addWidget(m_maxScore);
    }
    title->setBuddy(editor());

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(title, 0, 0, Qt::AlignTop);
    layout->addLayout(body, 0, 1);
    layout->addWidget(m_remove, 0, 2, Qt::AlignTop);
    layout->setColumnStretch(1, 1);
    layout->setColumnMinimumWidth(0, 120);
}

QWidget *FilterEditor::editor() const
{
    if (m_codes)
        return m_codes;
    return m_choice;
}

FilterValue FilterEditor::value() const
{
    FilterValue v;
    switch (IndicatorCatalogue::shape(m_filter)) {
    case FilterShape::Codes:
    case FilterShape::Ids:
        for (int i = 0; i < m_codes->count(); ++i)
            if (m_codes->item(i)->checkState() == Qt::Checked)
                v.codes.append(m_codes->item(i)->data(Qt::UserRole).toString());
        v.negated = m_negated->isChecked();
        break;
    case FilterShape::Choice:
        v.choice = m_choice->currentData().toString();
        break;
    case FilterShape::Flag:
        v.flag = m_choice->currentData().toBool();
        break;
    case FilterShape::AssessedCondition:
        v.assessed.dimension = m_choice->currentData().toString();
        v.assessed.source = m_source->currentData().toString();
        v.assessed.minScore = m_minScore->value();
        v.assessed.maxScore = m_maxScore->value();
        break;
    }
    return v;
}

void FilterEditor::setValue(const FilterValue &value)
{
    const QSignalBlocker block(this);
    switch (IndicatorCatalogue::shape(m_filter)) {
    case FilterShape::Codes:
    case FilterShape::Ids: {
        const QSignalBlocker blockList(m_codes);
        QStringList unknown = value.codes;
        for (int i = 0; i < m_codes->count(); ++i) {
            const QString code = m_codes->item(i)->data(Qt::UserRole).toString();
            m_codes->item(i)->setCheckState(value.codes.contains(code) ? Qt::Checked : Qt::Unchecked);
            unknown.removeAll(code);
        }
        // A code no longer offered (an archived reference item) stays visible and ticked:
        // the definition keeps meaning what it meant.
        for (const QString &code : std::as_const(unknown)) {
            auto *item = new QListWidgetItem(code, m_codes);
            item->setData(Qt::UserRole, code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        const QSignalBlocker blockNegated(m_negated);
        m_negated->setChecked(value.negated);
        break;
    }
    case FilterShape::Choice: {
        const QSignalBlocker b(m_choice);
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(value.choice)));
        break;
    }
    case FilterShape::Flag: {
        const QSignalBlocker b(m_choice);
        m_choice->setCurrentIndex(value.flag ? 0 : 1);
        break;
    }
    case FilterShape::AssessedCondition: {
        const QSignalBlocker b1(m_choice), b2(m_source), b3(m_minScore), b4(m_maxScore);
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(value.assessed.dimension)));
        m_source->setCurrentIndex(std::max(0, m_source->findData(value.assessed.source)));
        m_minScore->setValue(value.assessed.minScore);
        m_maxScore->setValue(value.assessed.maxScore);
        break;
    }
    }
}

} // namespace passerelle
