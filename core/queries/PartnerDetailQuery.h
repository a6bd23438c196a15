#pragma once

#include "queries/CaseReference.h"

#include <QList>
#include <QSqlQuery>

namespace passerelle {

class Database;

// What the partners page shows beside the chosen partner: the cases it referred and the
// cases where it is mobilised, by case number (archived cases left out). Throws
// StorageError when SQLite refuses a statement. Must not outlive the Database.
class PartnerDetailQuery
{
public:
    struct Detail
    {
        QList<CaseReference> referred;  // date = referral date; by number
        QList<CaseReference> mobilised; // date = mobilised_on, role = its role; by number
    };

    explicit PartnerDetailQuery(const Database &db);
    ~PartnerDetailQuery();
    PartnerDetailQuery(const PartnerDetailQuery &) = delete;
    PartnerDetailQuery &operator=(const PartnerDetailQuery &) = delete;

    Detail detail(const Uuid &partnerId);

private:
    QSqlQuery m_referred;
    QSqlQuery m_mobilised;
};

} // namespace passerelle
