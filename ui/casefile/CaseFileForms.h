#pragma once

#include "domain/ReferenceItem.h"

#include <QDate>
#include <QString>
#include <QVariant>

class QComboBox;
class QFormLayout;
class QLabel;
class QTableView;
class QWidget;

namespace passerelle {

class FormErrors;
struct Person;

// Small helpers the case file's forms and dialogs share, so every field is built the same
// way: a label with its mnemonic as buddy, an accessible name, an object name after the
// field, and a message line under the editor for the field's validation message.
namespace CaseFileForms {

// Adds "label: editor" to `form`, with a message label under the editor bound in `errors` to
// `field`. The editor's object name becomes `objectName` (or `field` when empty).
QLabel *addField(QFormLayout *form, FormErrors &errors, const QString &labelText, QWidget *editor,
                 const QString &field, const QString &objectName = {});

// "(aucun)" / "—" entry with empty data first, then the items (code as data).
void fillReferenceCombo(QComboBox *combo, const QList<ReferenceItem> &items,
                        const QString &noneText = {});
// Selects the entry holding `data`; the first entry when none does.
void selectData(QComboBox *combo, const QVariant &data);

// A read-only table of a few rows (members, assignments, partners, history): whole rows
// selected, columns sized to their contents, `stretchColumn` taking the room left, Tab
// leaving the table rather than walking its cells.
QTableView *listView(QWidget *parent, const QString &objectName, const QString &accessibleName);
void fitColumns(QTableView *view, int stretchColumn);

// "12/03/2025", or "—" for no date.
QString dateText(const QDate &date);
// "1 234,50 €" in the current locale.
QString eurosText(qint64 cents);
// "Jeanne Dupont" or, with no name recorded, the pseudonymous code.
QString personName(const Person &person);

} // namespace CaseFileForms
} // namespace passerelle
