#include "exchange/IntegrityChecker.h"

#include "exchange/InvariantRules.h"
#include "exchange/RecordNaming.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"
#include "util/Logging.h"
#include "util/TrContext.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

namespace passerelle {

namespace {
// A stored value as a person reads it: UUID blobs in their canonical text form.
QString valueText(const SqliteStatement &q, int column)
{
    switch (q.columnType(column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB: {
        const QByteArray bytes = q.blob(column);
        return bytes.size() == 16 ? Uuid::fromBytes(bytes).toString()
                                  : QString::fromLatin1(bytes.toHex());
    }
    default:
        return q.text(column);
    }
}

// SELECT <primary key>, <human number or NULL>, <fk column> FROM table
QByteArray describeSelect(const TableInfo &table, const QString &fkColumn)
{
    QByteArray sql = "SELECT ";
    const QStringList pk = table.primaryKey();
    for (const QString &c : pk)
        sql += "t." + sqlIdentifier(c) + ',';
    const QString human = RecordNaming::humanColumn(table);
    sql += human.isEmpty() ? QByteArray("NULL") : "t." + sqlIdentifier(human);
    sql += ", t." + sqlIdentifier(fkColumn) + " FROM " + sqlIdentifier(table.name) + " t";
    return sql;
}

QString expectedKind(ColumnInfo::Kind kind)
{
    switch (kind) {
    case ColumnInfo::Kind::Uuid:
        return IntegrityText::tr("un UUID de 16 octets");
    case ColumnInfo::Kind::Integer:
        return IntegrityText::tr("un entier");
    case ColumnInfo::Kind::Real:
        return IntegrityText::tr("un nombre fini");
    case ColumnInfo::Kind::Text:
        return IntegrityText::tr("du texte");
    }
    return {};
}

struct ForeignKeyRef
{
    QString column;
    QString parentTable;
    QString parentColumn;
};

// pragma_foreign_key_list ids, as PRAGMA foreign_key_check reports them in its fkid column.
QHash<int, ForeignKeyRef> foreignKeysById(sqlite3 *db, const QString &table)
{
    QHash<int, ForeignKeyRef> out;
    SqliteStatement q(db, "SELECT id, \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(" +
                              QByteArray("'" + table.toUtf8() + "'") + ") ORDER BY id, seq");
    while (q.step())
        if (!out.contains(int(q.int64(0))))
            out.insert(int(q.int64(0)), {q.text(1), q.text(2), q.text(3)});
    return out;
}

Violation foreignKeyViolation(const TableInfo &table, const ForeignKeyRef &fk,
                              const SqliteStatement &row)
{
    Violation v;
    v.rule = QStringLiteral("foreign_key");
    v.table = table.name;
    v.field = fk.column;
    const int keyCount = int(table.primaryKey().size());
    for (int i = 0; i < keyCount; ++i)
        v.key.append(valueText(row, i));
    v.number = valueText(row, keyCount);
    v.message =
        IntegrityText::tr("référence orpheline : aucun enregistrement %1 ne porte la valeur %2")
            .arg(fk.parentTable, valueText(row, keyCount + 1));
    return v;
}
} // namespace

IntegrityChecker::IntegrityChecker(const Database &db, const Clock &clock)
    : IntegrityChecker(db.handle(), clock)
{
}

IntegrityChecker::IntegrityChecker(sqlite3 *db, const Clock &clock) : m_db(db), m_clock(clock) {}

IntegrityReport IntegrityChecker::run(StorageCheck mode, int maxPerRule) const
{
    IntegrityReport report(maxPerRule);
    checkStorage(report, mode);
    checkColumnTypes(report);
    checkForeignKeys(report);
    checkInvariants(report);
    qCInfo(lcExchange) << "integrity check:" << report.errorCount() << "errors,"
                       << report.warningCount() << "warnings";
    return report;
}

void IntegrityChecker::checkStorage(IntegrityReport &report, StorageCheck mode) const
{
    SqliteStatement q(m_db,
                      mode == StorageCheck::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    while (q.step()) {
        const QString line = q.text(0);
        if (line == QLatin1String("ok"))
            continue;
        Violation v;
        v.rule = QStringLiteral("storage");
        v.table = QStringLiteral("sqlite");
        v.message = IntegrityText::tr("fichier endommagé : %1").arg(line);
        report.add(std::move(v));
    }
}

void IntegrityChecker::checkColumnTypes(IntegrityReport &report) const
{
    const QString rule = QStringLiteral("column_type");
    for (const TableInfo &table : Schema::replicatedTables(m_db)) {
        // One scan per table; the CASE names the first column holding a foreign value.
        QByteArray cases;
        for (const ColumnInfo &c : table.columns) {
            const QByteArray col = sqlIdentifier(c.name);
            QByteArray wrong;
            switch (c.kind) {
            case ColumnInfo::Kind::Uuid:
                wrong = "typeof(" + col + ") <> 'blob' OR length(" + col + ") <> 16";
                break;
            case ColumnInfo::Kind::Integer:
                wrong = "typeof(" + col + ") <> 'integer'";
                break;
            case ColumnInfo::Kind::Real:
                wrong = "typeof(" + col + ") NOT IN ('real', 'integer') OR abs(" + col +
                        ") > 1.7976931348623157e308";
                break;
            case ColumnInfo::Kind::Text:
                wrong = "typeof(" + col + ") <> 'text'";
                break;
            }
            cases +=
                " WHEN " + col + " IS NOT NULL AND (" + wrong + ") THEN '" + c.name.toUtf8() + "'";
        }
        QByteArray keys;
        for (const QString &k : table.primaryKey())
            keys += sqlIdentifier(k) + ',';
        const QString human = RecordNaming::humanColumn(table);
        const QByteArray sql = "SELECT * FROM (SELECT " + keys +
                               (human.isEmpty() ? QByteArray("NULL") : sqlIdentifier(human)) +
                               ", CASE" + cases + " END AS wrong FROM " +
                               sqlIdentifier(table.name) + ") WHERE wrong IS NOT NULL";
        SqliteStatement q(m_db, sql);
        const int keyCount = int(table.primaryKey().size());
        while (q.step()) {
            Violation v;
            v.rule = rule;
            v.table = table.name;
            v.field = q.text(keyCount + 1);
            for (int i = 0; i < keyCount; ++i)
                v.key.append(valueText(q, i));
            v.number = valueText(q, keyCount);
            v.message =
                IntegrityText::tr("valeur d'un type inattendu pour cette colonne (attendu : %1)")
                    .arg(expectedKind(table.column(v.field)->kind));
            report.add(std::move(v));
        }
    }
}

void IntegrityChecker::checkForeignKeys(IntegrityReport &report) const
{
    const QList<TableInfo> tables = Schema::replicatedTables(m_db);
    QHash<QString, const TableInfo *> byName;
    for (const TableInfo &t : tables)
        byName.insert(t.name, &t);
    QHash<QString, QHash<int, ForeignKeyRef>> keys;
    auto foreignKey = [&](const QString &table, int fkid) {
        auto it = keys.find(table);
        if (it == keys.end())
            it = keys.insert(table, foreignKeysById(m_db, table));
        return it->value(fkid);
    };

    // PRAGMA foreign_key_check names rowid-table rows by rowid; for WITHOUT ROWID tables it
    // gives no row at all, so those are listed afterwards by one query per broken key.
    QList<QPair<QString, int>> withoutRowid;
    SqliteStatement check(m_db, "PRAGMA foreign_key_check");
    const QString rule = QStringLiteral("foreign_key");
    while (check.step()) {
        const QString tableName = check.text(0);
        const TableInfo *table = byName.value(tableName);
        const int fkid = int(check.int64(3));
        if (!table)
            continue; // replica-local tables are not the dataset
        if (check.isNull(1)) {
            if (!withoutRowid.contains(qMakePair(tableName, fkid)))
                withoutRowid.append({tableName, fkid});
            continue;
        }
        const ForeignKeyRef fk = foreignKey(tableName, fkid);
        if (report.isFull(rule)) {
            report.add({Violation::Severity::Error, rule, tableName, {}, {}, fk.column, {}});
            continue;
        }
        SqliteStatement row(m_db, describeSelect(*table, fk.column) + " WHERE t.rowid = ?");
        row.bind(1, check.int64(1));
        if (row.step())
            report.add(foreignKeyViolation(*table, fk, row));
    }
    for (const auto &[tableName, fkid] : std::as_const(withoutRowid)) {
        const TableInfo *table = byName.value(tableName);
        const ForeignKeyRef fk = foreignKey(tableName, fkid);
        QString parentColumn = fk.parentColumn;
        if (parentColumn.isEmpty() && byName.contains(fk.parentTable))
            parentColumn = byName.value(fk.parentTable)->primaryKey().value(0);
        SqliteStatement rows(
            m_db, describeSelect(*table, fk.column) + " WHERE t." + sqlIdentifier(fk.column) +
                      " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " +
                      sqlIdentifier(fk.parentTable) + " p WHERE p." + sqlIdentifier(parentColumn) +
                      " = t." + sqlIdentifier(fk.column) + ")");
        while (rows.step())
            report.add(foreignKeyViolation(*table, fk, rows));
    }
}

void IntegrityChecker::checkInvariants(IntegrityReport &report) const
{
    const QByteArray today = m_clock.today().toString(Qt::ISODate).toUtf8();
    for (const InvariantRule &rule : invariantRules()) {
        const QString ruleId = QString::fromLatin1(rule.id);
        SqliteStatement q(m_db, rule.sql);
        if (const int index = sqlite3_bind_parameter_index(q.raw(), ":today"); index > 0)
            q.bindUtf8(index, today);
        while (q.step()) {
            Violation v;
            v.severity = rule.severity;
            v.rule = ruleId;
            v.table = QString::fromLatin1(rule.table);
            v.field = q.text(rule.keyColumns + 1);
            if (!report.isFull(ruleId)) {
                for (int i = 0; i < rule.keyColumns; ++i)
                    v.key.append(valueText(q, i));
                v.number = q.text(rule.keyColumns);
                v.message = QCoreApplication::translate("Integrity", rule.message);
                for (int i = rule.keyColumns + 2; i < q.columnCount(); ++i)
                    v.message = v.message.arg(valueText(q, i));
            }
            report.add(std::move(v));
        }
    }
}

} // namespace passerelle
