#include "reports/ReviewSectionRepository.h"

#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
constexpr auto columns = "action_sheet_id, period_start, period_end, section, text, created_at,"
                         " updated_at";

QString recordOf(const ReviewSectionText &s)
{
    return QCoreApplication::translate("Reports", "section « %1 » du bilan %2")
        .arg(label(s.kind), s.period.label());
}

ReviewSectionText read(const QSqlQuery &q)
{
    ReviewSectionText s;
    s.actionSheetId = sql::uuidAt(q, 0);
    s.period = {sql::dateAt(q, 1), sql::dateAt(q, 2)};
    s.kind = reviewTextKindFromCode(q.value(3).toString()).value_or(ReviewTextKind::Highlights);
    s.text = q.value(4).toString();
    s.createdAt = timestampAt(q, 5);
    s.updatedAt = timestampAt(q, 6);
    return s;
}
} // namespace

ReviewSectionRepository::ReviewSectionRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db)
{
}

void ReviewSectionRepository::save(const ReviewSectionText &s)
{
    validate(s);
    Transaction tx(m_db.handle());
    if (!m_sql.exists(QLatin1StringView("action_sheet"), s.actionSheetId))
        throw ValidationError(QStringLiteral("action_sheet_id"),
                              QCoreApplication::translate("Validation",
                                                          "Cette fiche action n'existe pas."),
                              recordOf(s));
    const qint64 now = m_clock.nowMs();
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "INSERT INTO review_section(action_sheet_id, period_start, period_end, section, text,"
        " created_at, updated_at) VALUES (:sheet, :start, :end, :section, :text, :now, :now2)"
        " ON CONFLICT(action_sheet_id, period_start, period_end, section) DO UPDATE SET"
        " text = excluded.text, updated_at = excluded.updated_at"));
    q.bindValue(QStringLiteral(":sheet"), sql::uuid(s.actionSheetId));
    q.bindValue(QStringLiteral(":start"), sql::date(s.period.start));
    q.bindValue(QStringLiteral(":end"), sql::date(s.period.end));
    q.bindValue(QStringLiteral(":section"), toCode(s.kind));
    // An emptied section is '' (it travels to the other replicas), never NULL: a null
    // QString binds as NULL.
    const QString text = s.text.trimmed();
    q.bindValue(QStringLiteral(":text"), text.isNull() ? QStringLiteral("") : text);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":now2"), now);
    sql::exec(q, recordOf(s));
    tx.commit();
}

std::optional<ReviewSectionText> ReviewSectionRepository::find(const Uuid &actionSheetId,
                                                               const ReportingPeriod &period,
                                                               ReviewTextKind kind)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM review_section WHERE action_sheet_id ="
                                            " :sheet AND period_start = :start AND period_end ="
                                            " :end AND section = :section")
                                 .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":sheet"), sql::uuid(actionSheetId));
    q.bindValue(QStringLiteral(":start"), sql::date(period.start));
    q.bindValue(QStringLiteral(":end"), sql::date(period.end));
    q.bindValue(QStringLiteral(":section"), toCode(kind));
    sql::exec(q);
    std::optional<ReviewSectionText> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

QList<ReviewSectionText> ReviewSectionRepository::list(const Uuid &actionSheetId,
                                                       const ReportingPeriod &period)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM review_section WHERE action_sheet_id ="
                                            " :sheet AND period_start = :start AND period_end = :end"
                                            " ORDER BY CASE section WHEN 'highlights' THEN 0"
                                            " WHEN 'limits' THEN 1 ELSE 2 END")
                                 .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":sheet"), sql::uuid(actionSheetId));
    q.bindValue(QStringLiteral(":start"), sql::date(period.start));
    q.bindValue(QStringLiteral(":end"), sql::date(period.end));
    sql::exec(q);
    QList<ReviewSectionText> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    return out;
}

} // namespace passerelle
