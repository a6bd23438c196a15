#include "interventions/DayEdit.h"

namespace passerelle {

DayEdit::DayEdit(QWidget *parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true); // Alt+Down or F4 opens the month
}

bool DayEdit::focusNextPrevChild(bool next)
{
    // QDateTimeEdit moves between its sections here; the widget's own chain is wanted.
    return QWidget::focusNextPrevChild(next);
}

} // namespace passerelle
