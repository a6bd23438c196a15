#pragma once

#include "indicators/FilterOptions.h"
#include "indicators/IndicatorDefinition.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;
class QToolButton;

namespace passerelle {

// One filter of a measure, with the widget its shape calls for: a list of codes to tick
// (with "all except these"), a choice of case dates, a yes/no, or an assessment score
// condition. What it edits is exactly a FilterValue of the definition; a list with nothing
// ticked is kept as such, so that validation names the filter instead of counting all.
class FilterEditor : public QWidget
{
    Q_OBJECT

public:
    FilterEditor(Filter filter, Measure measure, const FilterOptions &options, QWidget *parent = nullptr);

    Filter filter() const { return m_filter; }
    FilterValue value() const;
    void setValue(const FilterValue &value);
    // The widget that takes the focus (the list, the combo).
    QWidget *editor() const;

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    Filter m_filter;
    QListWidget *m_codes = nullptr;
    QCheckBox *m_negated = nullptr;
    QComboBox *m_choice = nullptr; // period, flag, assessed dimension
    QComboBox *m_source = nullptr;
    QSpinBox *m_minScore = nullptr;
    QSpinBox *m_maxScore = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace passerelle
