#pragma once

#include <QDate>
#include <QLineEdit>

namespace passerelle {

// A date that may be left empty (referral date, tenancy start, end of an assignment): typed
// as 12/03/2025, 12032025 or 2025-03-12, or nothing. QDateEdit cannot be empty, and a
// special "no date" value would need the mouse or many keystrokes to reach.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    // The typed date; invalid when the field is empty or does not hold a date.
    QDate date() const;
    // False when something was typed that is not a date (the form reports it beside the field).
    bool hasValidInput() const;
    void setDate(const QDate &date); // an invalid date empties the field

    static QDate parse(const QString &text);
};

} // namespace passerelle
