#include "repositories/ReferenceRepository.h"

#include "domain/Validation.h"
#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

namespace passerelle {

namespace {
constexpr auto columns = "code, label_fr, label_en, position, created_at, updated_at, archived_at";

ReferenceItem readItem(const QSqlQuery &q)
{
    ReferenceItem item;
    item.code = q.value(0).toString();
    item.labelFr = q.value(1).toString();
    item.labelEn = q.value(2).toString();
    item.position = q.value(3).toInt();
    item.createdAt = timestampAt(q, 4);
    item.updatedAt = timestampAt(q, 5);
    item.archivedAt = timestampAt(q, 6);
    return item;
}

// label_en is NOT NULL, and QtSql binds a null QString as NULL: an untranslated item
// stores an empty English label.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

[[noreturn]] void throwUnknownCode(const QString &list, const QString &code)
{
    throw ValidationError(
        QStringLiteral("code"),
        ValidationText::tr("Le code « %1 » n'existe pas dans la liste « %2 ».").arg(code, list),
        QStringLiteral("ref_") + list);
}
} // namespace

ReferenceRepository::ReferenceRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db)
{
}

bool ReferenceRepository::isKnownList(const QString &list)
{
    // The shipped lists are exactly the ref_ tables of the schema; checking against them
    // is also what makes splicing the table name into SQL safe.
    return ReferenceData::listNames().contains(list);
}

QString ReferenceRepository::table(const QString &list) const
{
    if (!isKnownList(list))
        throw ValidationError(
            QStringLiteral("list"),
            ValidationText::tr("Liste de référence inconnue : « %1 ».").arg(list));
    return QStringLiteral("ref_") + list;
}

QList<ReferenceItem> ReferenceRepository::items(const QString &list, bool includeArchived)
{
    QSqlQuery &q =
        m_sql.get(QStringLiteral("SELECT %1 FROM %2 WHERE (:all = 1 OR archived_at IS NULL)"
                                 " ORDER BY position, code")
                      .arg(QLatin1StringView(columns), table(list)));
    q.bindValue(QStringLiteral(":all"), includeArchived ? 1 : 0);
    sql::exec(q);
    QList<ReferenceItem> out;
    while (q.next())
        out.append(readItem(q));
    q.finish();
    return out;
}

std::optional<ReferenceItem> ReferenceRepository::find(const QString &list, const QString &code)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM %2 WHERE code = :code")
                                 .arg(QLatin1StringView(columns), table(list)));
    q.bindValue(QStringLiteral(":code"), code);
    sql::exec(q);
    std::optional<ReferenceItem> out;
    if (q.next())
        out = readItem(q);
    q.finish();
    return out;
}

bool ReferenceRepository::contains(const QString &list, const QString &code)
{
    QSqlQuery &q =
        m_sql.get(QStringLiteral("SELECT 1 FROM %1 WHERE code = :code").arg(table(list)));
    q.bindValue(QStringLiteral(":code"), code);
    sql::exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

QString ReferenceRepository::label(const QString &list, const QString &code, LabelLanguage language)
{
    const auto item = find(list, code);
    return item ? item->label(language) : code;
}

void ReferenceRepository::add(const QString &list, ReferenceItem item)
{
    const QString tableName = table(list);
    Validator v(recordLabel(item));
    validate(item, v);
    v.throwIfFailed();

    Transaction tx(m_db.handle());
    if (contains(list, item.code))
        throw ValidationError(
            QStringLiteral("code"),
            ValidationText::tr("Le code « %1 » existe déjà dans cette liste.").arg(item.code),
            recordLabel(item));
    QSqlQuery &last =
        m_sql.get(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM %1").arg(tableName));
    sql::exec(last);
    item.position = last.next() ? last.value(0).toInt() : 0;
    last.finish();

    const qint64 now = m_clock.nowMs();
    QSqlQuery &q = m_sql.get(
        QStringLiteral("INSERT INTO %1(code, label_fr, label_en, position, created_at, updated_at)"
                       " VALUES (:code, :fr, :en, :position, :created, :updated)")
            .arg(tableName));
    q.bindValue(QStringLiteral(":code"), item.code);
    q.bindValue(QStringLiteral(":fr"), item.labelFr.trimmed());
    q.bindValue(QStringLiteral(":en"), notNull(item.labelEn.trimmed()));
    q.bindValue(QStringLiteral(":position"), item.position);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    sql::exec(q, recordLabel(item));
    tx.commit();
}

void ReferenceRepository::relabel(const QString &list, const QString &code, const QString &labelFr,
                                  const QString &labelEn)
{
    const QString tableName = table(list);
    const ReferenceItem item{code, labelFr, labelEn, 0, {}, {}, {}};
    Validator v(recordLabel(item));
    v.requireText(QStringLiteral("label_fr"), labelFr, ValidationText::tr("Libellé (français)"));
    v.maxLength(QStringLiteral("label_fr"), labelFr, 200, ValidationText::tr("Libellé (français)"));
    v.maxLength(QStringLiteral("label_en"), labelEn, 200, ValidationText::tr("Libellé (anglais)"));
    v.throwIfFailed();

    Transaction tx(m_db.handle());
    QSqlQuery &q = m_sql.get(QStringLiteral("UPDATE %1 SET label_fr = :fr, label_en = :en,"
                                            " updated_at = :now WHERE code = :code")
                                 .arg(tableName));
    q.bindValue(QStringLiteral(":fr"), labelFr.trimmed());
    q.bindValue(QStringLiteral(":en"), notNull(labelEn.trimmed()));
    q.bindValue(QStringLiteral(":now"), m_clock.nowMs());
    q.bindValue(QStringLiteral(":code"), code);
    sql::exec(q, recordLabel(item));
    if (q.numRowsAffected() == 0)
        throwUnknownCode(list, code);
    tx.commit();
}

void ReferenceRepository::archive(const QString &list, const QString &code)
{
    setArchived(list, code, true);
}

void ReferenceRepository::restore(const QString &list, const QString &code)
{
    setArchived(list, code, false);
}

void ReferenceRepository::setArchived(const QString &list, const QString &code, bool archived)
{
    const QString tableName = table(list);
    Transaction tx(m_db.handle());
    QSqlQuery &q =
        m_sql.get(archived ? QStringLiteral("UPDATE %1 SET archived_at = :now, updated_at = :now2"
                                            " WHERE code = :code AND archived_at IS NULL")
                                 .arg(tableName)
                           : QStringLiteral("UPDATE %1 SET archived_at = NULL, updated_at = :now2"
                                            " WHERE code = :code AND archived_at IS NOT NULL")
                                 .arg(tableName));
    const qint64 now = m_clock.nowMs();
    if (archived)
        q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":now2"), now);
    q.bindValue(QStringLiteral(":code"), code);
    sql::exec(q, tableName);
    if (q.numRowsAffected() == 0 && !contains(list, code))
        throwUnknownCode(list, code);
    tx.commit();
}

} // namespace passerelle
