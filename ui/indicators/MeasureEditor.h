#pragma once

#include "indicators/FilterOptions.h"
#include "indicators/IndicatorDefinition.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace passerelle {

class FilterEditor;

// What to count and its filters: a MeasureSpec with real widgets. The measure is chosen in
// a list of the catalogue's measures (or fixed: the assessments of an evolution); filters
// are added one by one (list + button) from those that apply to the measure and removed with their own
// button, so the form shows only what the definition says. Changing the measure puts aside the
// filters that no longer apply to it, and brings them back for a measure that takes them.
class MeasureEditor : public QWidget
{
    Q_OBJECT

public:
    // `fixed`: the measure is not offered for change. `excluded`: filters never offered.
    MeasureEditor(const FilterOptions &options, const QString &name, std::optional<Measure> fixed = std::nullopt,
                  QSet<Filter> excluded = {}, QWidget *parent = nullptr);

    MeasureSpec spec() const;
    void setSpec(const MeasureSpec &spec);
    Measure measure() const;
    QComboBox *measureBox() const { return m_measure; }
    QComboBox *addFilterBox() const { return m_addFilter; }
    QPushButton *addFilterButton() const { return m_addButton; }
    FilterEditor *filterEditor(Filter filter) const;
    // Adds (or finds) the editor of `filter`; nullptr when it does not apply.
    FilterEditor *addFilter(Filter filter);

Q_SIGNALS:
    void changed();

private:
    void removeFilter(FilterEditor *editor);
    void refreshAddList();
    void measureChanged();

    const FilterOptions &m_options;
    std::optional<Measure> m_fixed;
    QSet<Filter> m_excluded;
    QComboBox *m_measure = nullptr;
    QComboBox *m_addFilter = nullptr;
    QPushButton *m_addButton = nullptr;
    QVBoxLayout *m_filters = nullptr;
    QList<FilterEditor *> m_editors;
    FilterMap m_stash; // filters the current measure does not take, kept for the next one
};

} // namespace passerelle
