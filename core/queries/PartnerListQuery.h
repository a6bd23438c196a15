#pragma once

#include "domain/ReferenceItem.h"
#include "util/Uuid.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace passerelle {

class Database;

// One partner as the partners page lists it, with how many cases it referred and on how
// many it is mobilised (archived cases left out of both).
struct PartnerListRow
{
    Uuid id;
    QString name;
    QString partnerType;
    QString typeLabel;
    QString commune;
    QString contactName;
    QString phone;
    QString email;
    int referredCount = 0;
    int mobilisedCount = 0;
    bool archived = false;
};

// The read model behind the partners page: every partner by name, with its two counts, in
// one statement. Throws StorageError when SQLite refuses a statement. Must not outlive the
// Database.
class PartnerListQuery
{
public:
    explicit PartnerListQuery(const Database &db);
    ~PartnerListQuery();
    PartnerListQuery(const PartnerListQuery &) = delete;
    PartnerListQuery &operator=(const PartnerListQuery &) = delete;

    QList<PartnerListRow> rows(bool includeArchived = false,
                               LabelLanguage language = currentLabelLanguage());

private:
    QSqlQuery m_rows;
};

} // namespace passerelle
