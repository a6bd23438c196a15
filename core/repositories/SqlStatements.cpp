#include "repositories/SqlStatements.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <QCoreApplication>

namespace passerelle {

QSqlQuery &SqlStatements::get(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q = sql::prepare(m_db.connection(), sql);
        q.setForwardOnly(true);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return it->second;
}

bool SqlStatements::exists(QLatin1StringView table, const Uuid &id)
{
    if (id.isNull())
        return false;
    QSqlQuery &q =
        get(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

void SqlStatements::setArchived(QLatin1StringView table, const Uuid &id, bool archived,
                                qint64 nowMs, const QString &record)
{
    Transaction tx(m_db.handle());
    // Only a change of state bumps updated_at: archiving twice is not an edit.
    QSqlQuery &q = get(QStringLiteral("UPDATE ") + table +
                       (archived ? QStringLiteral(" SET archived_at = :now, updated_at = :now2"
                                                  " WHERE id = :id AND archived_at IS NULL")
                                 : QStringLiteral(" SET archived_at = NULL, updated_at = :now2"
                                                  " WHERE id = :id AND archived_at IS NOT NULL")));
    if (archived)
        q.bindValue(QStringLiteral(":now"), nowMs);
    q.bindValue(QStringLiteral(":now2"), nowMs);
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q, record);
    if (q.numRowsAffected() == 0 && !exists(table, id))
        throw ValidationError(
            QStringLiteral("id"),
            QCoreApplication::translate("Validation", "Enregistrement introuvable."), record);
    tx.commit();
}

} // namespace passerelle
