#include "queries/CaseListChoices.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "util/Errors.h"

#include <QCoreApplication>

namespace passerelle {

CaseListChoices::CaseListChoices(const Database &db) : m_db(db.handle()) {}

QList<CaseListChoices::Choice> CaseListChoices::read(const char *sql) const
{
    QList<Choice> out;
    try {
        SqliteStatement q(m_db, sql);
        while (q.step())
            out.append({Uuid::fromBytes(q.blob(0)), q.text(1), q.text(2), q.int64(3) != 0});
    } catch (const StorageError &e) {
        throw StorageError(QCoreApplication::translate(
                               "CaseListQuery", "La liste des situations n'a pas pu être lue : %1")
                               .arg(e.message()));
    }
    return out;
}

QList<CaseListChoices::Choice> CaseListChoices::programmes() const
{
    return read("SELECT id, code, name, archived_at IS NOT NULL FROM programme "
                "ORDER BY archived_at IS NOT NULL, code, name");
}

QList<CaseListChoices::Choice> CaseListChoices::workers() const
{
    // Inactive workers last: they still have cases, but are rarely the one looked for.
    return read("SELECT id, code, display_name, archived_at IS NOT NULL OR active = 0 FROM worker "
                "ORDER BY archived_at IS NOT NULL OR active = 0, display_name, code");
}

QList<CaseListChoices::Choice> CaseListChoices::landlords() const
{
    return read("SELECT id, '', name, archived_at IS NOT NULL FROM partner p "
                "WHERE partner_type IN ('social_landlord', 'private_landlord') "
                "   OR EXISTS (SELECT 1 FROM household h WHERE h.landlord_partner_id = p.id) "
                "ORDER BY archived_at IS NOT NULL, name");
}

} // namespace passerelle
