#pragma once

#include "indicators/IndicatorResult.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace passerelle {

class BarChart;

// The preview pane of the indicator editor: the year it is computed for, the figure as the
// review writes it, and for a breakdown its table and bars (for an evolution, the cases
// improved, stable and worsened by the person's and the team's view), then "Voir les
// dossiers". It shows what it is given; the editor computes.
class IndicatorPreview : public QGroupBox
{
    Q_OBJECT

public:
    explicit IndicatorPreview(int year, QWidget *parent = nullptr);

    void setYear(int year); // without yearChanged
    void setComputing();
    void showResult(const IndicatorResult &result, const QString &periodLabel);
    void clear(const QString &message);
    // The figure shown; empty when none.
    QString figureText() const;
    QPushButton *traceButton() const { return m_trace; }
    BarChart *chart() const { return m_chart; }

Q_SIGNALS:
    void yearChanged(int year);
    void traceRequested();

private:
    QSpinBox *m_year = nullptr;
    QLabel *m_figure = nullptr;
    QLabel *m_state = nullptr;
    QTableWidget *m_rows = nullptr;
    BarChart *m_chart = nullptr;
    QPushButton *m_trace = nullptr;
};

} // namespace passerelle
