#include "actionsheets/CalendarSection.h"

#include "casefile/CaseFileForms.h"
#include "casefile/DateLineEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace passerelle {

namespace {
// The value below the range, shown as "—": no year.
constexpr int noYear = 1989;
} // namespace

CalendarSection::CalendarSection(FormErrors &errors, QWidget *parent) : SheetSection(errors, parent)
{
    QFormLayout *form = addForm();
    m_startYear = year(QStringLiteral("start_year"));
    addField(form, tr("Année de &début :"), m_startYear, QStringLiteral("start_year"));
    m_endYear = year(QStringLiteral("end_year"));
    addField(form, tr("Année de &fin :"), m_endYear, QStringLiteral("end_year"));
    m_duration = new QLineEdit(this);
    m_duration->setPlaceholderText(tr("3 ans, pluriannuelle…"));
    addField(form, tr("D&urée :"), m_duration, QStringLiteral("duration_text"));
    m_frequency = new QComboBox(this);
    m_frequency->addItem(tr("Non renseignée"));
    for (ActionFrequency f : {ActionFrequency::OneOff, ActionFrequency::Repeated})
        m_frequency->addItem(label(f), toCode(f));
    m_frequency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addField(form, tr("Fré&quence :"), m_frequency, QStringLiteral("frequency"));
    m_frequencyDetail = new QLineEdit(this);
    m_frequencyDetail->setPlaceholderText(tr("Interventions hebdomadaires au domicile"));
    addField(form, tr("&Rythme :"), m_frequencyDetail, QStringLiteral("frequency_detail"));
    m_periodStart = new DateLineEdit(this);
    m_periodStart->setPlaceholderText(tr("01/01/2026"));
    addField(form, tr("Début de &période :"), m_periodStart, QStringLiteral("period_start"));
    m_periodEnd = new DateLineEdit(this);
    m_periodEnd->setPlaceholderText(tr("31/12/2026"));
    addField(form, tr("Fin de pér&iode :"), m_periodEnd, QStringLiteral("period_end"));
    for (DateLineEdit *date : {m_periodStart, m_periodEnd})
        date->setMaximumWidth(date->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")) * 2);
    sectionLayout()->addStretch(1);
}

QSpinBox *CalendarSection::year(const QString &objectName)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(noYear, 2100);
    spin->setSpecialValueText(tr("—"));
    spin->setGroupSeparatorShown(false);
    return spin;
}

void CalendarSection::load(const ActionSheet &s)
{
    m_startYear->setValue(s.startYear.value_or(noYear));
    m_endYear->setValue(s.endYear.value_or(noYear));
    m_duration->setText(s.durationText);
    CaseFileForms::selectData(m_frequency, s.frequency ? QVariant(toCode(*s.frequency)) : QVariant());
    m_frequencyDetail->setText(s.frequencyDetail);
    m_periodStart->setDate(s.periodStart);
    m_periodEnd->setDate(s.periodEnd);
}

void CalendarSection::store(ActionSheet &s) const
{
    const auto yearOf = [](const QSpinBox *spin) {
        return spin->value() == noYear ? std::nullopt : std::optional<int>(spin->value());
    };
    s.startYear = yearOf(m_startYear);
    s.endYear = yearOf(m_endYear);
    s.durationText = m_duration->text().trimmed();
    s.frequency = actionFrequencyFromCode(m_frequency->currentData().toString());
    s.frequencyDetail = m_frequencyDetail->text().trimmed();
    s.periodStart = m_periodStart->date();
    s.periodEnd = m_periodEnd->date();
}

void CalendarSection::checkInput(FieldErrors &problems) const
{
    for (const auto &[edit, field] : {std::pair{m_periodStart, QStringLiteral("period_start")},
                                      std::pair{m_periodEnd, QStringLiteral("period_end")}})
        if (!edit->hasValidInput())
            problems.append({field, tr("Date invalide : tapez par exemple 01/01/2026.")});
}

} // namespace passerelle
