#pragma once

#include "util/Uuid.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace passerelle {

class Clock;

// One open Passerelle database file. Opening configures the connection, checks the file,
// and migrates it to the program's schema in one transaction. Throws StorageError
// (SchemaTooNewError for a file written by a newer program).
class Database
{
public:
    enum class OpenMode
    {
        OpenOrCreate,
        OpenExisting
    };
    // `PRAGMA quick_check` reads the whole file: over a second on a 100 000-case database.
    // The CLI checks before anything else (OnOpen). The desktop defers it to a background
    // thread (quickCheck) so the window is usable at once; a file that must be migrated is
    // always checked first, whatever is asked.
    enum class IntegrityCheck
    {
        OnOpen,
        Deferred
    };

    static std::unique_ptr<Database> open(const QString &path,
                                          OpenMode mode = OpenMode::OpenOrCreate,
                                          IntegrityCheck check = IntegrityCheck::OnOpen);
    // Runs PRAGMA quick_check on its own read-only connection to `path`; safe to call from a
    // worker thread while the file is in use. Returns "ok" or SQLite's first findings.
    static QString quickCheck(const QString &path);
    // The schema version of the file at `path` (PRAGMA user_version) read on a read-only
    // connection of its own; 0 when the file does not exist or is not a database yet. Lets
    // the desktop see that opening will run migrations (and show progress) before it opens.
    static int schemaVersionOf(const QString &path);
    // A second connection to this file, for reads on another thread (each thread needs its
    // own). This file is already checked and migrated: nothing of that is done again, and
    // nothing is written. Throws StorageError.
    std::unique_ptr<Database> openReader() const;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The schema version this program writes (highest migration shipped).
    static int latestSchemaVersion();
    // Default file: <AppDataLocation>/passerelle.sqlite
    static QString defaultPath();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }
    const Uuid &replicaId() const { return m_replicaId; }
    int schemaVersion() const { return m_schemaVersion; }
    int migratedFrom() const { return m_migratedFrom; } // 0 when the file was just created
    bool isEmpty() const;                               // no case and no programme yet

private:
    Database() = default;
    // Opens and configures the connection, sync functions registered; no migration.
    static std::unique_ptr<Database> connect(const QString &absolutePath, const QString &path);
    void configure();
    void checkIntegrity();
    void loadReplicaId();

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    Uuid m_replicaId;
    int m_schemaVersion = 0;
    int m_migratedFrom = 0;
};

} // namespace passerelle
