#include "queries/CasePickerQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSet>

#include <algorithm>

namespace passerelle {

// Prefixes are ranges on an index (number >= 'PA-20' AND number < 'PA-20' || U+FFFF):
// LIKE would scan, since it ignores case and the indexes do not. Numbers are generated in
// capitals and the demo's codes are too, so the capitalised prefix is tried first and the
// prefix as typed only when it differs (a code typed in lower case by a coordinator).
// Walking the number index backwards under a LIMIT stops after a dozen matches, however
// many cases share the prefix.

namespace {
const char *const columns = R"(
SELECT c.id, c.programme_id, c.number, c.status, %1
  FROM %2
 WHERE c.archived_at IS NULL AND (:programme IS NULL OR c.programme_id = :programme) )";

// The main person's code, else the first person's.
const char *const mainPersonCode = R"(
(SELECT pe.code FROM case_person cp JOIN person pe ON pe.id = cp.person_id
  WHERE cp.case_id = c.id ORDER BY cp.role <> 'main', pe.code LIMIT 1))";

const char *const personJoin =
    "person pe CROSS JOIN case_person cp ON cp.person_id = pe.id "
    "CROSS JOIN case_file c ON c.id = cp.case_id";

QString statement(const char *code, const char *from, const char *where)
{
    return QString::fromUtf8(columns).arg(QString::fromUtf8(code), QString::fromUtf8(from)) +
           QString::fromUtf8(where);
}

CasePickerQuery::Row rowAt(const QSqlQuery &q)
{
    return {sql::uuidAt(q, 0), sql::uuidAt(q, 1), q.value(2).toString(), q.value(4).toString(),
            q.value(3).toString()};
}

// The prefixes to try for what the person typed: in capitals, then as typed if different.
QStringList prefixesOf(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return {};
    QStringList prefixes{trimmed.toUpper()};
    if (trimmed != prefixes.first())
        prefixes.append(trimmed);
    return prefixes;
}

void bindPrefix(QSqlQuery &q, const Uuid &programmeId, const QString &prefix, int limit)
{
    q.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
    q.bindValue(QStringLiteral(":low"), prefix);
    q.bindValue(QStringLiteral(":high"), QString(prefix + QChar(0xFFFF)));
    q.bindValue(QStringLiteral(":limit"), limit);
}
} // namespace

CasePickerQuery::CasePickerQuery(const Database &db)
    : m_byNumberPrefix(sql::prepare(
          db.connection(),
          statement(mainPersonCode, "case_file c",
                    " AND c.status <> 'closed' AND c.number >= :low AND c.number < :high "
                    "ORDER BY c.number DESC LIMIT :limit"))),
      m_byCodePrefix(sql::prepare(
          db.connection(),
          statement("pe.code", personJoin,
                    " AND c.status <> 'closed' AND pe.code >= :low AND pe.code < :high "
                    "ORDER BY pe.code, c.number DESC LIMIT :limit"))),
      m_byNumber(sql::prepare(db.connection(),
                              statement(mainPersonCode, "case_file c",
                                        " AND c.number = :number ORDER BY c.id"))),
      m_byCode(sql::prepare(db.connection(),
                            statement("pe.code", personJoin,
                                      " AND c.status <> 'closed' AND pe.code = :code "
                                      "ORDER BY c.number DESC"))),
      m_byId(sql::prepare(
          db.connection(),
          QStringLiteral("SELECT c.id, c.programme_id, c.number, c.status, %1 FROM case_file c "
                         "WHERE c.id = :id")
              .arg(QString::fromUtf8(mainPersonCode))))
{
}

// The prepared statements must go before the Database removes its connection (header).
CasePickerQuery::~CasePickerQuery() = default;

QList<CasePickerQuery::Row> CasePickerQuery::search(const Uuid &programmeId,
                                                    const QString &prefix, int limit)
{
    QList<Row> found;
    QSet<Uuid> seen;
    const auto collect = [&](QSqlQuery &q, QList<Row> &into) {
        for (const QString &p : prefixesOf(prefix)) {
            bindPrefix(q, programmeId, p, limit);
            for (const Row &r : sql::readAll(q, rowAt)) {
                if (!seen.contains(r.id)) {
                    seen.insert(r.id);
                    into.append(r);
                }
            }
        }
    };
    QList<Row> byNumber;
    collect(m_byNumberPrefix, byNumber);
    std::sort(byNumber.begin(), byNumber.end(),
              [](const Row &a, const Row &b) { return a.number > b.number; });
    QList<Row> byCode;
    collect(m_byCodePrefix, byCode);
    std::sort(byCode.begin(), byCode.end(), [](const Row &a, const Row &b) {
        return a.personCode != b.personCode ? a.personCode < b.personCode : a.number > b.number;
    });
    found = byNumber + byCode;
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

CasePickerQuery::Resolution CasePickerQuery::resolve(const Uuid &programmeId,
                                                     const QString &token)
{
    Resolution resolution;
    const QStringList candidates = prefixesOf(token);
    for (const QString &text : candidates) {
        m_byNumber.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
        m_byNumber.bindValue(QStringLiteral(":number"), text);
        resolution.cases = sql::readAll(m_byNumber, rowAt);
        if (!resolution.cases.isEmpty())
            return resolution;
    }
    resolution.byPersonCode = true;
    for (const QString &text : candidates) {
        m_byCode.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
        m_byCode.bindValue(QStringLiteral(":code"), text);
        resolution.cases = sql::readAll(m_byCode, rowAt);
        if (!resolution.cases.isEmpty())
            return resolution;
    }
    return resolution;
}

std::optional<CasePickerQuery::Row> CasePickerQuery::find(const Uuid &caseId)
{
    if (caseId.isNull())
        return std::nullopt;
    m_byId.bindValue(QStringLiteral(":id"), sql::uuid(caseId));
    return sql::readOne(m_byId, rowAt);
}

} // namespace passerelle
