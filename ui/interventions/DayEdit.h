#pragma once

#include <QDateEdit>

namespace passerelle {

// A date field for forms filled with the keyboard: Tab leaves it at once instead of walking
// its day, month and year sections (digits typed still move from section to section, and
// Left / Right still reach them), so a date left at its default costs one Tab, not three.
class DayEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DayEdit(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace passerelle
