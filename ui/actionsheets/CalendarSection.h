#pragma once

#include "actionsheets/SheetSection.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace passerelle {

class DateLineEdit;

// "Calendrier prévisionnel": start and end years, duration, frequency (one-off / repeated,
// and how often), and the period the sheet reports on (its annual review's default).
class CalendarSection : public SheetSection
{
    Q_OBJECT

public:
    explicit CalendarSection(FormErrors &errors, QWidget *parent = nullptr);

    void load(const ActionSheet &sheet) override;
    void store(ActionSheet &sheet) const override;
    void checkInput(FieldErrors &problems) const override;

private:
    QSpinBox *year(const QString &objectName);

    QSpinBox *m_startYear = nullptr;
    QSpinBox *m_endYear = nullptr;
    QLineEdit *m_duration = nullptr;
    QComboBox *m_frequency = nullptr;
    QLineEdit *m_frequencyDetail = nullptr;
    DateLineEdit *m_periodStart = nullptr;
    DateLineEdit *m_periodEnd = nullptr;
};

} // namespace passerelle
