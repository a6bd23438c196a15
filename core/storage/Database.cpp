#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/SqliteStatement.h"
#include "sync/ChangeCapture.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <sqlite3.h>

#include <atomic>

namespace passerelle {

namespace {
std::atomic<int> connectionCounter{0};

} // namespace

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("passerelle.sqlite"));
}

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, IntegrityCheck check)
{
    const QFileInfo info(path);
    if (mode == OpenMode::OpenExisting && !info.exists())
        throw StorageError(QCoreApplication::translate("Storage", "Base introuvable : %1")
                               .arg(QDir::toNativeSeparators(path)));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        throw StorageError(
            QCoreApplication::translate("Storage", "Impossible de créer le dossier %1")
                .arg(QDir::toNativeSeparators(info.absolutePath())));

    std::unique_ptr<Database> db = connect(info.absoluteFilePath(), path);

    const int fileVersion = Migrator::currentVersion(db->m_handle);
    const int programVersion = latestSchemaVersion();
    if (check == IntegrityCheck::OnOpen || (fileVersion > 0 && fileVersion < programVersion))
        db->checkIntegrity();
    if (fileVersion > programVersion)
        throw SchemaTooNewError(
            QCoreApplication::translate(
                "Storage",
                "La base %1 a été écrite par une version plus récente de Passerelle "
                "(schéma %2) ; ce programme lit jusqu'au schéma %3. Mettez Passerelle à jour.")
                .arg(QDir::toNativeSeparators(path))
                .arg(fileVersion)
                .arg(programVersion),
            fileVersion, programVersion);
    db->m_migratedFrom = Migrator::migrate(db->m_handle, systemClock());
    db->m_schemaVersion = Migrator::currentVersion(db->m_handle);
    db->loadReplicaId();
    ChangeCapture::install(*db);
    qCInfo(lcStorage) << "opened database, schema" << db->m_schemaVersion << "from"
                      << db->m_migratedFrom << "replica" << db->m_replicaId.toString();
    return db;
}

std::unique_ptr<Database> Database::connect(const QString &absolutePath, const QString &path)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = absolutePath;
    db->m_connectionName = QStringLiteral("passerelle-%1").arg(++connectionCounter);
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(db->m_path);
        // The busy timeout lets a second program (CLI beside the GUI) wait for the writer.
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!conn.open())
            throw StorageError(QCoreApplication::translate("Storage", "Impossible d'ouvrir %1 : %2")
                                   .arg(QDir::toNativeSeparators(path), conn.lastError().text()));
        const QVariant v = conn.driver()->handle();
        if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
            throw StorageError(QCoreApplication::translate("Storage", "Pilote SQLite inattendu"));
        db->m_handle = *static_cast<sqlite3 *const *>(v.constData());
    }
    db->configure();
    // Before migrating: capture triggers already in the file call these functions.
    ChangeCapture::registerFunctions(db->m_handle);
    return db;
}

std::unique_ptr<Database> Database::openReader() const
{
    std::unique_ptr<Database> reader = connect(m_path, m_path);
    reader->m_schemaVersion = m_schemaVersion;
    reader->m_migratedFrom = m_migratedFrom;
    reader->m_replicaId = m_replicaId;
    return reader;
}

void Database::configure()
{
    try {
        // Rollback journal, not WAL: a later page-encryption layer needs it, and it keeps the
        // database a single file a person can copy.
        execSql(m_handle, "PRAGMA journal_mode = DELETE");
        execSql(m_handle, "PRAGMA synchronous = FULL");
        execSql(m_handle, "PRAGMA foreign_keys = ON");
        // Freed pages are zeroed: erased personal data must not linger in the file.
        execSql(m_handle, "PRAGMA secure_delete = ON");
        execSql(m_handle, "PRAGMA cache_size = -65536");
        execSql(m_handle, "PRAGMA temp_store = MEMORY");
        // Reading the schema fails here on a file that is not a SQLite database.
        execSql(m_handle, "SELECT count(*) FROM sqlite_schema");
    } catch (const StorageError &e) {
        throw StorageError(QCoreApplication::translate(
                               "Storage", "%1 n'est pas une base Passerelle utilisable : %2")
                               .arg(QDir::toNativeSeparators(m_path), e.message()));
    }
}

void Database::checkIntegrity()
{
    SqliteStatement check(m_handle, "PRAGMA quick_check");
    const QString result = check.step() ? check.text(0) : QString();
    if (result != QLatin1String("ok"))
        throw StorageError(
            QCoreApplication::translate("Storage", "%1 : le contrôle d'intégrité a échoué : %2")
                .arg(QDir::toNativeSeparators(m_path), result));
}

QString Database::quickCheck(const QString &path)
{
    sqlite3 *raw = nullptr;
    QString result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        result = QString::fromUtf8(sqlite3_errmsg(raw));
    } else {
        try {
            sqlite3_busy_timeout(raw, 5000);
            SqliteStatement check(raw, "PRAGMA quick_check");
            QStringList findings;
            while (check.step())
                findings.append(check.text(0));
            result = findings.join(QLatin1Char('\n'));
        } catch (const StorageError &e) {
            result = e.message();
        }
    }
    sqlite3_close(raw);
    return result;
}

int Database::schemaVersionOf(const QString &path)
{
    if (!QFileInfo::exists(path))
        return 0;
    sqlite3 *raw = nullptr;
    int version = 0;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        try {
            sqlite3_busy_timeout(raw, 5000);
            SqliteStatement q(raw, "PRAGMA user_version");
            if (q.step())
                version = int(q.int64(0));
        } catch (const StorageError &) {
            version = 0; // not a database: Database::open says so with the details
        }
    }
    sqlite3_close(raw);
    return version;
}

void Database::loadReplicaId()
{
    SqliteStatement q(m_handle, "SELECT value FROM replica_meta WHERE key = 'replica_id'");
    if (q.step())
        m_replicaId = Uuid::fromBytes(q.blob(0));
}

Database::~Database()
{
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isEmpty() const
{
    SqliteStatement q(m_handle,
                      "SELECT (SELECT count(*) FROM programme) + (SELECT count(*) FROM case_file)");
    return q.step() && q.int64(0) == 0;
}

} // namespace passerelle
