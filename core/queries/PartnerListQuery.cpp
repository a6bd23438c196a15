#include "queries/PartnerListQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace passerelle {

namespace {
// Both counts use their own index (case_file_referral_partner, case_partner_partner).
const char *const rowsSql = R"(
SELECT pa.id, pa.name, pa.partner_type,
       CASE WHEN :english = 1 AND trim(t.label_en) <> '' THEN t.label_en
            ELSE coalesce(t.label_fr, pa.partner_type) END,
       pa.commune, pa.contact_name, pa.phone, pa.email,
       (SELECT count(*) FROM case_file c
         WHERE c.referral_partner_id = pa.id AND c.archived_at IS NULL),
       (SELECT count(*) FROM case_partner cp JOIN case_file c ON c.id = cp.case_id
         WHERE cp.partner_id = pa.id AND c.archived_at IS NULL),
       pa.archived_at IS NOT NULL
  FROM partner pa
  LEFT JOIN ref_partner_type t ON t.code = pa.partner_type
 WHERE :archived = 1 OR pa.archived_at IS NULL
 ORDER BY pa.name COLLATE NOCASE, pa.id)";

enum Column { Id, Name, Type, TypeLabel, Commune, Contact, Phone, Email, Referred, Mobilised,
              Archived };

PartnerListRow rowAt(const QSqlQuery &q)
{
    PartnerListRow r;
    r.id = sql::uuidAt(q, Id);
    r.name = q.value(Name).toString();
    r.partnerType = q.value(Type).toString();
    r.typeLabel = q.value(TypeLabel).toString();
    r.commune = q.value(Commune).toString();
    r.contactName = q.value(Contact).toString();
    r.phone = q.value(Phone).toString();
    r.email = q.value(Email).toString();
    r.referredCount = q.value(Referred).toInt();
    r.mobilisedCount = q.value(Mobilised).toInt();
    r.archived = q.value(Archived).toBool();
    return r;
}
} // namespace

PartnerListQuery::PartnerListQuery(const Database &db)
    : m_rows(sql::prepare(db.connection(), QString::fromUtf8(rowsSql)))
{
    m_rows.setForwardOnly(true);
}

// The prepared statement must go before the Database removes its connection (see header).
PartnerListQuery::~PartnerListQuery() = default;

QList<PartnerListRow> PartnerListQuery::rows(bool includeArchived, LabelLanguage language)
{
    m_rows.bindValue(QStringLiteral(":english"), language == LabelLanguage::English ? 1 : 0);
    m_rows.bindValue(QStringLiteral(":archived"), includeArchived ? 1 : 0);
    return sql::readAll(m_rows, rowAt);
}

} // namespace passerelle
