#include "repositories/FundingRepository.h"

#include "domain/Validation.h"
#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
constexpr QLatin1StringView table("funding");
constexpr auto columns = "id, programme_id, action_sheet_id, funder, funder_partner_id, year,"
                         " amount_cents, note, created_at, updated_at, archived_at";
constexpr auto filterClause = " WHERE (:programme IS NULL OR programme_id = :programme2)"
                              " AND (:sheet IS NULL OR action_sheet_id = :sheet2)"
                              " AND (:year IS NULL OR year = :year2)"
                              " AND (:all = 1 OR archived_at IS NULL)";

Funding read(const QSqlQuery &q)
{
    Funding f;
    f.id = sql::uuidAt(q, 0);
    f.programmeId = sql::uuidAt(q, 1);
    f.actionSheetId = sql::uuidAt(q, 2);
    f.funder = q.value(3).toString();
    f.funderPartnerId = sql::uuidAt(q, 4);
    f.year = q.value(5).toInt();
    f.amountCents = q.value(6).toLongLong();
    f.note = q.value(7).toString();
    f.createdAt = timestampAt(q, 8);
    f.updatedAt = timestampAt(q, 9);
    f.archivedAt = timestampAt(q, 10);
    return f;
}

void bindFields(QSqlQuery &q, const Funding &f)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(f.id));
    q.bindValue(QStringLiteral(":programme_id"), sql::uuid(f.programmeId));
    q.bindValue(QStringLiteral(":action_sheet_id"), sql::uuid(f.actionSheetId));
    q.bindValue(QStringLiteral(":funder"), f.funder.trimmed());
    q.bindValue(QStringLiteral(":funder_partner_id"), sql::uuid(f.funderPartnerId));
    q.bindValue(QStringLiteral(":year"), f.year);
    q.bindValue(QStringLiteral(":amount_cents"), f.amountCents);
    q.bindValue(QStringLiteral(":note"), sql::text(f.note));
}
} // namespace

FundingRepository::FundingRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db)
{
}

void FundingRepository::checkReferences(const Funding &f, Validator &v)
{
    if (!f.programmeId.isNull() && !m_sql.exists(QLatin1StringView("programme"), f.programmeId))
        v.fail(QStringLiteral("programme_id"), ValidationText::tr("Ce programme n'existe pas."));
    if (!f.funderPartnerId.isNull() &&
        !m_sql.exists(QLatin1StringView("partner"), f.funderPartnerId))
        v.fail(QStringLiteral("funder_partner_id"),
               ValidationText::tr("Ce partenaire n'existe pas."));
    if (f.actionSheetId.isNull())
        return;
    // Invariant 8: money earmarked for a sheet is money of the sheet's programme.
    QSqlQuery &q =
        m_sql.get(QStringLiteral("SELECT programme_id FROM action_sheet WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), sql::uuid(f.actionSheetId));
    sql::exec(q);
    if (!q.next())
        v.fail(QStringLiteral("action_sheet_id"),
               ValidationText::tr("Cette fiche action n'existe pas."));
    else if (sql::uuidAt(q, 0) != f.programmeId)
        v.fail(QStringLiteral("action_sheet_id"),
               ValidationText::tr(
                   "La fiche action appartient à un autre programme que ce financement."));
    q.finish();
}

Uuid FundingRepository::create(Funding f)
{
    if (f.id.isNull())
        f.id = Uuid::createV7();
    Validator v(recordLabel(f));
    validate(f, v);
    Transaction tx(m_db.handle());
    checkReferences(f, v);
    v.throwIfFailed();
    const qint64 now = m_clock.nowMs();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "INSERT INTO funding(id, programme_id, action_sheet_id, funder, funder_partner_id, year,"
        " amount_cents, note, created_at, updated_at) VALUES (:id, :programme_id,"
        " :action_sheet_id, :funder, :funder_partner_id, :year, :amount_cents, :note, :created,"
        " :updated)"));
    bindFields(q, f);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    sql::exec(q, recordLabel(f));
    tx.commit();
    return f.id;
}

void FundingRepository::update(const Funding &f)
{
    Validator v(recordLabel(f));
    validate(f, v);
    Transaction tx(m_db.handle());
    if (!m_sql.exists(table, f.id))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Financement introuvable."),
                              recordLabel(f));
    checkReferences(f, v);
    v.throwIfFailed();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "UPDATE funding SET programme_id = :programme_id, action_sheet_id = :action_sheet_id,"
        " funder = :funder, funder_partner_id = :funder_partner_id, year = :year,"
        " amount_cents = :amount_cents, note = :note, updated_at = :updated WHERE id = :id"));
    bindFields(q, f);
    q.bindValue(QStringLiteral(":updated"), m_clock.nowMs());
    sql::exec(q, recordLabel(f));
    tx.commit();
}

std::optional<Funding> FundingRepository::find(const Uuid &id)
{
    QSqlQuery &q = m_sql.get(
        QStringLiteral("SELECT %1 FROM funding WHERE id = :id").arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q);
    std::optional<Funding> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

void FundingRepository::bindFilter(QSqlQuery &q, const FundingFilter &f)
{
    const QVariant year = sql::integer(f.year ? std::optional<qint64>(*f.year) : std::nullopt);
    q.bindValue(QStringLiteral(":programme"), sql::uuid(f.programmeId));
    q.bindValue(QStringLiteral(":programme2"), sql::uuid(f.programmeId));
    q.bindValue(QStringLiteral(":sheet"), sql::uuid(f.actionSheetId));
    q.bindValue(QStringLiteral(":sheet2"), sql::uuid(f.actionSheetId));
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":year2"), year);
    q.bindValue(QStringLiteral(":all"), f.includeArchived ? 1 : 0);
}

QList<Funding> FundingRepository::list(const FundingFilter &filter)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM funding%2 ORDER BY year, funder, id")
                                 .arg(QLatin1StringView(columns), QLatin1StringView(filterClause)));
    bindFilter(q, filter);
    sql::exec(q);
    QList<Funding> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

qint64 FundingRepository::totalCents(const FundingFilter &filter)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM funding%1")
                                 .arg(QLatin1StringView(filterClause)));
    bindFilter(q, filter);
    sql::exec(q);
    const qint64 total = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return total;
}

void FundingRepository::archive(const Uuid &id)
{
    m_sql.setArchived(table, id, true, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

void FundingRepository::restore(const Uuid &id)
{
    m_sql.setArchived(table, id, false, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

} // namespace passerelle
