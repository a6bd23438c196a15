#pragma once

#include "domain/Person.h"
#include "util/Errors.h"

#include <QString>

#include <optional>

class QComboBox;
class QLineEdit;

namespace passerelle {

// The editors of a person's own fields, shared by the identity tab, the member dialog and
// the "new case" dialog so that the three read and show them alike.
namespace PersonFields {

QComboBox *sexCombo(QWidget *parent);
void showSex(QComboBox *combo, const std::optional<Sex> &sex);
std::optional<Sex> sexOf(const QComboBox *combo);

// A birth year field: four digits or empty (unknown).
QLineEdit *birthYearEdit(QWidget *parent);
void showBirthYear(QLineEdit *edit, const std::optional<int> &year);
// Reads the year; a field that holds something else adds a message under `field`.
std::optional<int> birthYearOf(const QLineEdit *edit, const QString &field, FieldErrors &problems);

} // namespace PersonFields
} // namespace passerelle
