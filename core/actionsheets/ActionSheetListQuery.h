#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace passerelle {

class Database;

// One action sheet as the action sheets page lists it: what tells sheets apart (number,
// title, programme, period), the sheet it continues and how many indicators it has.
struct ActionSheetListRow
{
    Uuid id;
    Uuid programmeId;
    QString programmeCode;
    QString programmeName;
    QString number;
    QString title;
    QDate periodStart;
    QDate periodEnd;
    std::optional<int> startYear;
    std::optional<int> endYear;
    Uuid chainedFromId;
    QString chainedFromNumber;
    QDate chainedFromPeriodStart;
    std::optional<int> chainedFromStartYear;
    int indicatorCount = 0; // current (not archived) indicators
    bool archived = false;
};

// The read model behind the action sheets page, in one statement (ActionSheetRepository::
// list loads every section of every sheet, which a list does not need). By number, then
// period. Throws StorageError. Must not outlive the Database.
class ActionSheetListQuery
{
public:
    explicit ActionSheetListQuery(const Database &db);
    ~ActionSheetListQuery();
    ActionSheetListQuery(const ActionSheetListQuery &) = delete;
    ActionSheetListQuery &operator=(const ActionSheetListQuery &) = delete;

    QList<ActionSheetListRow> rows(bool includeArchived = false);

private:
    QSqlQuery m_rows;
};

} // namespace passerelle
