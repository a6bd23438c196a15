#include "repositories/IndicatorRepository.h"

#include "domain/Validation.h"
#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QCoreApplication>

#include <algorithm>

namespace passerelle {

namespace {
constexpr QLatin1StringView table("indicator");
constexpr auto columns = "id, action_sheet_id, kind, position, label, target, created_at,"
                         " updated_at, archived_at";
constexpr auto valueColumns = "indicator_id, period_start, period_end, value, text_value, comment,"
                              " created_at, updated_at";

Indicator read(const QSqlQuery &q)
{
    Indicator i;
    i.id = sql::uuidAt(q, 0);
    i.actionSheetId = sql::uuidAt(q, 1);
    // The schema's CHECK admits only the three kinds.
    i.kind = indicatorKindFromCode(q.value(2).toString()).value_or(IndicatorKind::Process);
    i.position = q.value(3).toInt();
    i.label = q.value(4).toString();
    i.target = q.value(5).toString();
    i.createdAt = timestampAt(q, 6);
    i.updatedAt = timestampAt(q, 7);
    i.archivedAt = timestampAt(q, 8);
    return i;
}

IndicatorValue readValue(const QSqlQuery &q)
{
    IndicatorValue v;
    v.indicatorId = sql::uuidAt(q, 0);
    v.periodStart = sql::dateAt(q, 1);
    v.periodEnd = sql::dateAt(q, 2);
    if (!q.value(3).isNull())
        v.value = q.value(3).toDouble();
    v.textValue = q.value(4).toString();
    v.comment = q.value(5).toString();
    v.createdAt = timestampAt(q, 6);
    v.updatedAt = timestampAt(q, 7);
    return v;
}

void bindFields(QSqlQuery &q, const Indicator &i)
{
    q.bindValue(QStringLiteral(":id"), sql::uuid(i.id));
    q.bindValue(QStringLiteral(":action_sheet_id"), sql::uuid(i.actionSheetId));
    q.bindValue(QStringLiteral(":kind"), toCode(i.kind));
    q.bindValue(QStringLiteral(":position"), i.position);
    q.bindValue(QStringLiteral(":label"), i.label.trimmed());
    q.bindValue(QStringLiteral(":target"), sql::text(i.target.trimmed()));
}

void bindCell(QSqlQuery &q, const Uuid &indicatorId, const QDate &start, const QDate &end)
{
    q.bindValue(QStringLiteral(":indicator_id"), sql::uuid(indicatorId));
    q.bindValue(QStringLiteral(":period_start"), sql::date(start));
    q.bindValue(QStringLiteral(":period_end"), sql::date(end));
}

QString valueRecord(const Uuid &indicatorId, const QDate &start, const QDate &end)
{
    return QCoreApplication::translate("Domain", "valeur de l'indicateur %1 du %2 au %3")
        .arg(indicatorId.toString(), start.toString(Qt::ISODate), end.toString(Qt::ISODate));
}
} // namespace

IndicatorRepository::IndicatorRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db)
{
}

void IndicatorRepository::checkReferences(const Indicator &i, Validator &v)
{
    if (!i.actionSheetId.isNull() &&
        !m_sql.exists(QLatin1StringView("action_sheet"), i.actionSheetId))
        v.fail(QStringLiteral("action_sheet_id"),
               ValidationText::tr("Cette fiche action n'existe pas."));
}

Uuid IndicatorRepository::create(Indicator i)
{
    if (i.id.isNull())
        i.id = Uuid::createV7();
    Validator v(recordLabel(i));
    validate(i, v);
    Transaction tx(m_db.handle());
    checkReferences(i, v);
    v.throwIfFailed();
    const qint64 now = m_clock.nowMs();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "INSERT INTO indicator(id, action_sheet_id, kind, position, label, definition, target,"
        " created_at, updated_at) VALUES (:id, :action_sheet_id, :kind, :position, :label, NULL,"
        " :target, :created, :updated)"));
    bindFields(q, i);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    sql::exec(q, recordLabel(i));
    tx.commit();
    return i.id;
}

void IndicatorRepository::update(const Indicator &i)
{
    Validator v(recordLabel(i));
    validate(i, v);
    Transaction tx(m_db.handle());
    if (!m_sql.exists(table, i.id))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Indicateur introuvable."),
                              recordLabel(i));
    checkReferences(i, v);
    v.throwIfFailed();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "UPDATE indicator SET action_sheet_id = :action_sheet_id, kind = :kind,"
        " position = :position, label = :label, target = :target, updated_at = :updated"
        " WHERE id = :id"));
    bindFields(q, i);
    q.bindValue(QStringLiteral(":updated"), m_clock.nowMs());
    sql::exec(q, recordLabel(i));
    tx.commit();
}

std::optional<Indicator> IndicatorRepository::find(const Uuid &id)
{
    QSqlQuery &q = m_sql.get(
        QStringLiteral("SELECT %1 FROM indicator WHERE id = :id").arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q);
    std::optional<Indicator> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

QList<Indicator> IndicatorRepository::list(const Uuid &actionSheetId, bool includeArchived)
{
    QSqlQuery &q =
        m_sql.get(QStringLiteral("SELECT %1 FROM indicator WHERE action_sheet_id = :sheet"
                                 " AND (:all = 1 OR archived_at IS NULL)"
                                 " ORDER BY CASE kind WHEN 'process' THEN 0"
                                 " WHEN 'result' THEN 1 ELSE 2 END, position, id")
                      .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":sheet"), sql::uuid(actionSheetId));
    q.bindValue(QStringLiteral(":all"), includeArchived ? 1 : 0);
    sql::exec(q);
    QList<Indicator> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

bool IndicatorRepository::move(const Uuid &id, int delta)
{
    Transaction tx(m_db.handle());
    const std::optional<Indicator> moved = find(id);
    if (!moved || moved->archivedAt.isValid())
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Indicateur introuvable."),
                              table + QLatin1Char(' ') + id.toString());
    QList<Indicator> sameKind;
    for (const Indicator &i : list(moved->actionSheetId))
        if (i.kind == moved->kind)
            sameKind.append(i);
    const qsizetype from = std::find_if(sameKind.cbegin(), sameKind.cend(),
                                        [&](const Indicator &i) { return i.id == id; }) -
                           sameKind.cbegin();
    const qsizetype to = from + (delta < 0 ? -1 : 1);
    if (delta == 0 || to < 0 || to >= sameKind.size())
        return false;
    sameKind.swapItemsAt(from, to);
    // Positions written only where they change: templates and old sheets may hold gaps or
    // equal positions, which the renumbering removes.
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "UPDATE indicator SET position = :position, updated_at = :updated WHERE id = :id"));
    const qint64 now = m_clock.nowMs();
    for (qsizetype n = 0; n < sameKind.size(); ++n) {
        if (sameKind[n].position == int(n + 1))
            continue;
        q.bindValue(QStringLiteral(":position"), int(n + 1));
        q.bindValue(QStringLiteral(":updated"), now);
        q.bindValue(QStringLiteral(":id"), sql::uuid(sameKind[n].id));
        sql::exec(q, recordLabel(sameKind[n]));
    }
    tx.commit();
    return true;
}

void IndicatorRepository::archive(const Uuid &id)
{
    m_sql.setArchived(table, id, true, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

void IndicatorRepository::restore(const Uuid &id)
{
    m_sql.setArchived(table, id, false, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

void IndicatorRepository::setValue(const IndicatorValue &iv)
{
    Validator v(valueRecord(iv.indicatorId, iv.periodStart, iv.periodEnd));
    validate(iv, v);
    Transaction tx(m_db.handle());
    if (!iv.indicatorId.isNull() && !m_sql.exists(table, iv.indicatorId))
        v.fail(QStringLiteral("indicator_id"), ValidationText::tr("Cet indicateur n'existe pas."));
    v.throwIfFailed();
    const qint64 now = m_clock.nowMs();
    // The cell is keyed by its period: a second entry for the same period replaces the
    // first, and keeps when the cell was first filled.
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "INSERT INTO indicator_value(indicator_id, period_start, period_end, value, text_value,"
        " comment, created_at, updated_at) VALUES (:indicator_id, :period_start, :period_end,"
        " :value, :text_value, :comment, :created, :updated)"
        " ON CONFLICT(indicator_id, period_start, period_end) DO UPDATE SET"
        " value = excluded.value, text_value = excluded.text_value, comment = excluded.comment,"
        " updated_at = excluded.updated_at"));
    bindCell(q, iv.indicatorId, iv.periodStart, iv.periodEnd);
    q.bindValue(QStringLiteral(":value"),
                iv.value ? QVariant(*iv.value) : QVariant(QMetaType::fromType<double>()));
    q.bindValue(QStringLiteral(":text_value"), sql::text(iv.textValue.trimmed()));
    q.bindValue(QStringLiteral(":comment"), sql::text(iv.comment));
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    sql::exec(q, valueRecord(iv.indicatorId, iv.periodStart, iv.periodEnd));
    tx.commit();
}

bool IndicatorRepository::clearValue(const Uuid &indicatorId, const QDate &periodStart,
                                     const QDate &periodEnd)
{
    Transaction tx(m_db.handle());
    // A cell is not an entity with a history: emptying it removes the row.
    QSqlQuery &q =
        m_sql.get(QStringLiteral("DELETE FROM indicator_value WHERE indicator_id = :indicator_id"
                                 " AND period_start = :period_start AND period_end = :period_end"));
    bindCell(q, indicatorId, periodStart, periodEnd);
    sql::exec(q, valueRecord(indicatorId, periodStart, periodEnd));
    const bool removed = q.numRowsAffected() > 0;
    tx.commit();
    return removed;
}

std::optional<IndicatorValue> IndicatorRepository::value(const Uuid &indicatorId,
                                                         const QDate &periodStart,
                                                         const QDate &periodEnd)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM indicator_value WHERE"
                                            " indicator_id = :indicator_id AND period_start ="
                                            " :period_start AND period_end = :period_end")
                                 .arg(QLatin1StringView(valueColumns)));
    bindCell(q, indicatorId, periodStart, periodEnd);
    sql::exec(q);
    std::optional<IndicatorValue> out;
    if (q.next())
        out = readValue(q);
    q.finish();
    return out;
}

QList<IndicatorValue> IndicatorRepository::values(const Uuid &indicatorId)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM indicator_value WHERE"
                                            " indicator_id = :indicator_id"
                                            " ORDER BY period_start, period_end")
                                 .arg(QLatin1StringView(valueColumns)));
    q.bindValue(QStringLiteral(":indicator_id"), sql::uuid(indicatorId));
    sql::exec(q);
    QList<IndicatorValue> out;
    while (q.next())
        out.append(readValue(q));
    q.finish();
    return out;
}

} // namespace passerelle
