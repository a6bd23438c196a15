#include "queries/PartnerDetailQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace passerelle {

namespace {
const char *const referredSql = R"(
SELECT c.id, c.number, c.status, c.referral_date, NULL
  FROM case_file c
 WHERE c.referral_partner_id = :partner AND c.archived_at IS NULL
 ORDER BY c.number, c.id)";

const char *const mobilisedSql = R"(
SELECT c.id, c.number, c.status, cp.mobilised_on, cp.role
  FROM case_partner cp JOIN case_file c ON c.id = cp.case_id
 WHERE cp.partner_id = :partner AND c.archived_at IS NULL
 ORDER BY c.number, c.id)";

CaseReference rowAt(const QSqlQuery &q)
{
    return {sql::uuidAt(q, 0), q.value(1).toString(), q.value(2).toString(), sql::dateAt(q, 3),
            q.value(4).toString()};
}
} // namespace

PartnerDetailQuery::PartnerDetailQuery(const Database &db)
    : m_referred(sql::prepare(db.connection(), QString::fromUtf8(referredSql))),
      m_mobilised(sql::prepare(db.connection(), QString::fromUtf8(mobilisedSql)))
{
    m_referred.setForwardOnly(true);
    m_mobilised.setForwardOnly(true);
}

// The prepared statements must go before the Database removes its connection (see header).
PartnerDetailQuery::~PartnerDetailQuery() = default;

PartnerDetailQuery::Detail PartnerDetailQuery::detail(const Uuid &partnerId)
{
    Detail d;
    m_referred.bindValue(QStringLiteral(":partner"), sql::uuid(partnerId));
    d.referred = sql::readAll(m_referred, rowAt);
    m_mobilised.bindValue(QStringLiteral(":partner"), sql::uuid(partnerId));
    d.mobilised = sql::readAll(m_mobilised, rowAt);
    return d;
}

} // namespace passerelle
