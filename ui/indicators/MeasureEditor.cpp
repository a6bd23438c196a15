#include "indicators/MeasureEditor.h"

#include "indicators/FilterEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passerelle {

MeasureEditor::MeasureEditor(const FilterOptions &options, const QString &name, std::optional<Measure> fixed,
                             QSet<Filter> excluded, QWidget *parent)
    : QWidget(parent), m_options(options), m_fixed(fixed), m_excluded(std::move(excluded))
{
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("measure"));
    m_measure->setAccessibleName(tr("%1 : ce qui est compté").arg(name));
    for (const Measure m : IndicatorCatalogue::measures())
        if (!fixed || *fixed == m)
            m_measure->addItem(IndicatorCatalogue::label(m), IndicatorCatalogue::code(m));
    m_measure->setEnabled(!fixed);
    m_addFilter = new QComboBox(this);
    m_addFilter->setObjectName(QStringLiteral("addFilter"));
    m_addFilter->setAccessibleName(tr("%1 : ajouter un filtre").arg(name));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    auto *measureLabel = new QLabel(tr("&Compter :"), this);
    measureLabel->setBuddy(m_measure);
    form->addRow(measureLabel, m_measure);
    m_addButton = new QPushButton(tr("Ajo&uter ce filtre"), this);
    m_addButton->setObjectName(QStringLiteral("addFilterButton"));
    m_addButton->setAutoDefault(false);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addFilter, 1);
    addRow->addWidget(m_addButton);
    auto *addLabel = new QLabel(tr("&Filtres :"), this);
    addLabel->setBuddy(m_addFilter);
    form->addRow(addLabel, addRow);
    m_filters = new QVBoxLayout;
    m_filters->setContentsMargins(0, 0, 0, 0);
    m_filters->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(m_filters);

    connect(m_measure, &QComboBox::currentIndexChanged, this, &MeasureEditor::measureChanged);
    // A filter is added with its button, not on choosing it in the list: going through the
    // list with the arrow keys must not add every filter on the way.
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const auto filter = IndicatorCatalogue::filterFromCode(m_addFilter->currentData().toString());
        if (!filter)
            return;
        FilterEditor *editor = addFilter(*filter);
        Q_EMIT changed();
        if (editor && editor->editor())
            editor->editor()->setFocus();
    });
    refreshAddList();
}

Measure MeasureEditor::measure() const
{
    return IndicatorCatalogue::measureFromCode(m_measure->currentData().toString()).value_or(Measure::Cases);
}

FilterEditor *MeasureEditor::filterEditor(Filter filter) const
{
    for (FilterEditor *e : m_editors)
        if (e->filter() == filter)
            return e;
    return nullptr;
}

FilterEditor *MeasureEditor::addFilter(Filter filter)
{
    if (FilterEditor *existing = filterEditor(filter))
        return existing;
    if (!IndicatorCatalogue::appliesTo(filter, measure()) || m_excluded.contains(filter))
        return nullptr;
    auto *editor = new FilterEditor(filter, measure(), m_options, this);
    connect(editor, &FilterEditor::changed, this, &MeasureEditor::changed);
    connect(editor, &FilterEditor::removeRequested, this, [this, editor] {
        m_stash.erase(editor->filter());
        removeFilter(editor);
        Q_EMIT changed();
        m_addFilter->setFocus();
    });
    // Filters stay in the catalogue's order whatever the order they were added in.
    const qsizetype at = std::count_if(m_editors.begin(), m_editors.end(), [filter](FilterEditor *e) {
        return IndicatorCatalogue::filters().indexOf(e->filter()) < IndicatorCatalogue::filters().indexOf(filter);
    });
    m_editors.insert(at, editor);
    m_filters->insertWidget(int(at), editor);
    refreshAddList();
    return editor;
}

void MeasureEditor::removeFilter(FilterEditor *editor)
{
    m_editors.removeAll(editor);
    editor->hide();
    editor->deleteLater();
    refreshAddList();
}

void MeasureEditor::refreshAddList()
{
    const QSignalBlocker block(m_addFilter);
    m_addFilter->clear();
    for (const Filter f : IndicatorCatalogue::filters())
        if (IndicatorCatalogue::appliesTo(f, measure()) && !m_excluded.contains(f) && !filterEditor(f))
            m_addFilter->addItem(FilterOptions::filterLabel(f), IndicatorCatalogue::code(f));
    if (m_addFilter->count() == 0)
        m_addFilter->addItem(tr("aucun autre filtre possible"), QString());
    m_addFilter->setCurrentIndex(0);
    m_addFilter->setEnabled(!m_addFilter->itemData(0).toString().isEmpty());
    m_addButton->setEnabled(m_addFilter->isEnabled());
}

void MeasureEditor::measureChanged()
{
    // Filters of the old measure that the new one does not take go; the others keep their
    // value but are rebuilt (the codes offered depend on the measure: statuses).
    // Candidates: the filters on screen, and those an earlier measure change put aside
    // (browsing the list of measures with the arrow keys must not lose them).
    FilterMap candidates = m_stash;
    for (const auto &[filter, value] : spec().filters)
        candidates[filter] = value;
    m_stash.clear();
    for (FilterEditor *e : std::as_const(m_editors)) {
        e->hide();
        e->deleteLater();
    }
    m_editors.clear();
    for (const auto &[filter, value] : candidates) {
        FilterValue kept = value;
        if (IndicatorCatalogue::shape(filter) == FilterShape::Codes && !value.codes.isEmpty()) {
            // Statuses differ from one measure to another: keep the codes the new measure
            // knows; with none left the filter waits aside rather than stand empty.
            const QList<FilterOptions::Option> offered = m_options.codes(filter, measure());
            kept.codes.removeIf([&offered](const QString &code) {
                return std::none_of(offered.begin(), offered.end(),
                                    [&code](const FilterOptions::Option &o) { return o.code == code; });
            });
        }
        FilterEditor *e = kept.codes.isEmpty() && !value.codes.isEmpty() ? nullptr : addFilter(filter);
        if (e)
            e->setValue(kept);
        else
            m_stash[filter] = value;
    }
    refreshAddList();
    Q_EMIT changed();
}

MeasureSpec MeasureEditor::spec() const
{
    MeasureSpec s;
    s.measure = measure();
    for (FilterEditor *e : m_editors)
        s.filters[e->filter()] = e->value();
    return s;
}

void MeasureEditor::setSpec(const MeasureSpec &spec)
{
    const QSignalBlocker block(this);
    for (FilterEditor *e : std::as_const(m_editors)) {
        e->hide();
        e->deleteLater();
    }
    m_editors.clear();
    m_stash.clear();
    {
        const QSignalBlocker blockMeasure(m_measure);
        m_measure->setCurrentIndex(std::max(0, m_measure->findData(IndicatorCatalogue::code(spec.measure))));
    }
    for (const auto &[filter, value] : spec.filters)
        if (FilterEditor *e = addFilter(filter))
            e->setValue(value);
    refreshAddList();
}

} // namespace passerelle
