#include "queries/CaseNumberLookup.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace passerelle {

CaseNumberLookup::CaseNumberLookup(const Database &db)
    : m_complete(sql::prepare(
          db.connection(), QStringLiteral("SELECT number FROM case_file "
                                          "WHERE programme_id = :programme AND status <> 'closed' "
                                          "AND archived_at IS NULL "
                                          "AND number >= :low AND number < :high "
                                          "ORDER BY number DESC LIMIT :limit"))),
      m_resolve(
          sql::prepare(db.connection(),
                       QStringLiteral("SELECT id FROM case_file WHERE programme_id = :programme "
                                      "AND number = :number LIMIT 1"))),
      m_numberOf(sql::prepare(db.connection(),
                              QStringLiteral("SELECT number FROM case_file WHERE id = :id")))
{
}

QStringList CaseNumberLookup::complete(const Uuid &programmeId, const QString &prefix, int limit)
{
    // A range on the number index: LIKE would scan (it is case-insensitive, the index is
    // not). Numbers are upper-case by construction.
    const QString low = prefix.trimmed().toUpper();
    m_complete.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
    m_complete.bindValue(QStringLiteral(":low"), low);
    m_complete.bindValue(QStringLiteral(":high"), QString(low + QChar(0xFFFF)));
    m_complete.bindValue(QStringLiteral(":limit"), limit);
    return sql::readAll(m_complete, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

std::optional<Uuid> CaseNumberLookup::resolve(const Uuid &programmeId, const QString &number)
{
    m_resolve.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
    m_resolve.bindValue(QStringLiteral(":number"), number.trimmed().toUpper());
    return sql::readOne(m_resolve, [](const QSqlQuery &q) { return sql::uuidAt(q, 0); });
}

} // namespace passerelle

namespace passerelle {

QString CaseNumberLookup::numberOf(const Uuid &caseId)
{
    m_numberOf.bindValue(QStringLiteral(":id"), sql::uuid(caseId));
    return sql::readOne(m_numberOf, [](const QSqlQuery &q) { return q.value(0).toString(); })
        .value_or(QString());
}

} // namespace passerelle
