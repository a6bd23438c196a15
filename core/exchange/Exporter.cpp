#include "exchange/Exporter.h"

#include "exchange/JsonLineWriter.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Logging.h"
#include "util/TrContext.h"
#include "util/Uuid.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace passerelle {

namespace {
constexpr qsizetype flushThreshold = 1024 * 1024;
constexpr qint64 progressEvery = 65536;

// The temporary file under its ".tmp" name, removed unless committed under the final name.
class PendingFile
{
public:
    explicit PendingFile(const QString &finalPath)
        : m_finalPath(finalPath), m_file(finalPath + QStringLiteral(".tmp"))
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw StorageError(
                ExchangeText::tr("Impossible d'écrire %1 : %2")
                    .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    }
    ~PendingFile()
    {
        if (m_committed)
            return;
        m_file.close();
        m_file.remove();
    }
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;

    void write(const QByteArray &bytes)
    {
        if (m_file.write(bytes) != bytes.size())
            fail();
        m_written += bytes.size();
    }

    void commit()
    {
        if (!m_file.flush())
            fail();
#if defined(Q_OS_UNIX)
        // The file replaces a previous export: make it durable before the rename.
        if (::fsync(m_file.handle()) != 0)
            fail();
#endif
        m_file.close();
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(m_file.fileName().toStdU16String()),
                                std::filesystem::path(m_finalPath.toStdU16String()), ec);
        if (ec)
            throw StorageError(ExchangeText::tr("Impossible de renommer %1 en %2 : %3")
                                   .arg(QDir::toNativeSeparators(m_file.fileName()),
                                        QDir::toNativeSeparators(m_finalPath),
                                        QString::fromLocal8Bit(ec.message().c_str())));
        m_committed = true;
    }

    qint64 written() const
    {
        return m_written;
    }

private:
    [[noreturn]] void fail()
    {
        throw StorageError(
            ExchangeText::tr("Impossible d'écrire %1 : %2")
                .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    }

    QString m_finalPath;
    QFile m_file;
    qint64 m_written = 0;
    bool m_committed = false;
};

QString storageClassName(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return QStringLiteral("INTEGER");
    case SQLITE_FLOAT:
        return QStringLiteral("REAL");
    case SQLITE_TEXT:
        return QStringLiteral("TEXT");
    case SQLITE_BLOB:
        return QStringLiteral("BLOB");
    default:
        return QStringLiteral("NULL");
    }
}

// Writes every row of one table, in primary key order, as record lines.
class TableWriter
{
public:
    TableWriter(sqlite3 *db, const TableInfo &table) : m_table(table)
    {
        QByteArray sql = "SELECT ";
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (i > 0)
                sql += ',';
            sql += sqlIdentifier(table.columns[i].name);
            m_keys.append(table.columns[i].name.toUtf8());
            if (table.columns[i].primaryKeyPosition > 0)
                m_keyColumns.append(int(i));
        }
        sql += " FROM " + sqlIdentifier(table.name) + " ORDER BY ";
        const QStringList pk = table.primaryKey();
        if (pk.isEmpty()) {
            sql += "rowid";
        } else {
            for (qsizetype i = 0; i < pk.size(); ++i)
                sql += (i > 0 ? "," : "") + sqlIdentifier(pk[i]);
        }
        m_select = std::make_unique<SqliteStatement>(db, sql);
        m_tableName = table.name.toUtf8();
    }

    // Appends the next row to `out`; false when the table is exhausted.
    bool writeNext(JsonLineWriter &out)
    {
        if (!m_select->step())
            return false;
        sqlite3_stmt *row = m_select->raw();
        out.beginObject();
        out.key(ExchangeFormat::tableKey);
        out.string(m_tableName);
        for (int c = 0; c < m_keys.size(); ++c) {
            out.key(m_keys[c]);
            writeValue(out, row, c);
        }
        out.endObject();
        return true;
    }

private:
    void writeValue(JsonLineWriter &out, sqlite3_stmt *row, int c)
    {
        const int type = sqlite3_column_type(row, c);
        if (type == SQLITE_NULL) {
            out.null();
            return;
        }
        switch (m_table.columns[c].kind) {
        case ColumnInfo::Kind::Uuid:
            if (type == SQLITE_BLOB && sqlite3_column_bytes(row, c) == 16) {
                out.uuid(
                    QByteArrayView(static_cast<const char *>(sqlite3_column_blob(row, c)), 16));
                return;
            }
            break;
        case ColumnInfo::Kind::Integer:
            if (type == SQLITE_INTEGER) {
                out.integer(sqlite3_column_int64(row, c));
                return;
            }
            break;
        case ColumnInfo::Kind::Real:
            if ((type == SQLITE_FLOAT || type == SQLITE_INTEGER) &&
                out.real(sqlite3_column_double(row, c)))
                return;
            break;
        case ColumnInfo::Kind::Text:
            if (type == SQLITE_TEXT) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, c));
                out.string(QByteArrayView(text, sqlite3_column_bytes(row, c)));
                return;
            }
            break;
        }
        refuse(row, c, type);
    }

    // A value the declared kind cannot carry (written by raw SQL, or a non-finite real):
    // refusing is better than silently changing the data in the copy.
    [[noreturn]] void refuse(sqlite3_stmt *row, int c, int type) const
    {
        QStringList key;
        for (int k : m_keyColumns) {
            if (sqlite3_column_type(row, k) == SQLITE_BLOB && sqlite3_column_bytes(row, k) == 16)
                key.append(
                    Uuid::fromBytes(
                        QByteArray(static_cast<const char *>(sqlite3_column_blob(row, k)), 16))
                        .toString());
            else
                key.append(
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, k))));
        }
        throw ValidationError(
            m_table.columns[c].name,
            ExchangeText::tr("valeur %1 impossible à exporter dans une colonne de ce type")
                .arg(type == SQLITE_FLOAT ? ExchangeText::tr("REAL non finie")
                                          : storageClassName(type)),
            m_table.name + QLatin1Char(' ') + key.join(QStringLiteral(" / ")));
    }

    const TableInfo &m_table;
    QByteArray m_tableName;
    QList<QByteArray> m_keys;
    QList<int> m_keyColumns;
    std::unique_ptr<SqliteStatement> m_select;
};

qint64 countRows(sqlite3 *db, const TableInfo &table)
{
    SqliteStatement count(db, "SELECT count(*) FROM " + sqlIdentifier(table.name));
    return count.step() ? count.int64(0) : 0;
}
} // namespace

ExchangeResult Exporter::run(Database &db, const QString &path, const ProgressCallback &progress)
{
    QElapsedTimer timer;
    timer.start();
    // The rename at the end would replace the database with its own export.
    const QFileInfo target(path);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(db.path()).canonicalFilePath())
        throw Error(ExchangeText::tr("L'export ne peut pas remplacer la base elle-même : %1")
                        .arg(QDir::toNativeSeparators(path)));
    sqlite3 *h = db.handle();
    Transaction snapshot(h, Transaction::Mode::Deferred);
    const QList<TableInfo> tables = Schema::replicatedTables(h);

    ExchangeProgress report;
    if (progress)
        for (const TableInfo &t : tables)
            report.total += countRows(h, t);

    PendingFile file(path);
    JsonLineWriter out(flushThreshold + 64 * 1024);
    out.beginObject();
    out.key(ExchangeFormat::formatKey);
    out.string(ExchangeFormat::formatName);
    out.key(ExchangeFormat::versionKey);
    out.integer(ExchangeFormat::currentVersion);
    out.key(ExchangeFormat::schemaKey);
    out.integer(db.schemaVersion());
    out.endObject();

    ExchangeResult result;
    for (const TableInfo &t : tables) {
        TableWriter writer(h, t);
        report.table = t.name;
        if (progress)
            progress(report);
        qint64 n = 0;
        while (writer.writeNext(out)) {
            ++n;
            if (out.size() >= flushThreshold) {
                file.write(out.buffer());
                out.clear();
            }
            if (progress && (++report.done % progressEvery) == 0)
                progress(report);
        }
        result.tables.append({t.name, n});
        result.records += n;
    }

    out.beginObject();
    out.key(ExchangeFormat::endKey);
    out.string(ExchangeFormat::formatName);
    out.beginNestedObject(ExchangeFormat::countsKey);
    for (const TableCount &c : std::as_const(result.tables)) {
        out.key(c.table.toUtf8());
        out.integer(c.records);
    }
    out.endNestedObject();
    out.key(ExchangeFormat::recordsKey);
    out.integer(result.records);
    out.endObject();
    file.write(out.buffer());
    file.commit();
    snapshot.commit();

    result.bytes = file.written();
    if (progress)
        progress(report);
    qCInfo(lcExchange) << "exported" << result.records << "records," << result.bytes << "bytes in"
                       << timer.elapsed() << "ms";
    return result;
}

} // namespace passerelle
