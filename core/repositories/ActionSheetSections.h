#pragma once

#include "repositories/ReferenceRepository.h"
#include "repositories/SqlStatements.h"

#include <QDate>
#include <QList>

namespace passerelle {

class Clock;
class Database;
class Validator;
struct ActionSheet;

// The child rows of an action sheet, kept out of ActionSheetRepository so that the sheet's
// own columns and its thirteen sections each read in one place.
//
//  * Checkbox groups (typology, PRS / PRSE 3 axes, determinants, …), communes and partners
//    are association rows: the current set, keyed by the pair. Saving deletes the sheet's
//    rows and inserts the new set; nothing is archived.
//  * Operational objectives and implementation steps are entities with ids (they are
//    edited one by one, and replicas merge them by id): saving updates the rows it still
//    lists (only when they changed), inserts the new ones and archives the ones it no
//    longer lists. Their position is their index in the list.
//
// Every method runs inside the caller's transaction.
class ActionSheetSections
{
public:
    ActionSheetSections(Database &db, const Clock &clock);

    // Adds to `v` every entry that refers to nothing: a code absent from its reference
    // list, an unknown partner, an objective or step id that belongs to another sheet.
    void checkReferences(const ActionSheet &sheet, Validator &v);
    void save(const ActionSheet &sheet);
    // Fills every section of `sheet` from the rows of sheet.id. Sets come back in their
    // reference list's order, communes alphabetically, partners by name.
    void load(ActionSheet &sheet);

private:
    // Objectives and steps have the same shape but for the objective's due_text.
    struct OrderedRow
    {
        Uuid id;
        QString text;
        QDate dueDate;
        QString dueText;
    };
    struct OrderedList
    {
        const char *table;
        const char *field;
        bool hasDueText;
    };
    static const OrderedList objectiveList;
    static const OrderedList stepList;
    static QList<OrderedRow> objectiveRows(const ActionSheet &sheet);
    static QList<OrderedRow> stepRows(const ActionSheet &sheet);

    void checkOrderedIds(const OrderedList &list, const ActionSheet &sheet,
                         const QList<OrderedRow> &rows, Validator &v);
    void replaceCodes(const QString &table, const Uuid &sheetId, const QStringList &codes);
    void saveOrdered(const OrderedList &list, const Uuid &sheetId, QList<OrderedRow> rows);
    QList<OrderedRow> loadOrdered(const OrderedList &list, const Uuid &sheetId);
    void deleteRows(const QString &table, const Uuid &sheetId);

    const Clock &m_clock;
    SqlStatements m_sql;
    ReferenceRepository m_references;
};

} // namespace passerelle
