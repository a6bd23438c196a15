#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace passerelle::test {

// A fresh database file in its own temporary directory, removed with the object.
struct TempDatabase
{
    TempDatabase();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    // Closes and opens the same file again (e.g. to check persistence).
    void reopen();
};

QString fixturePath(const QString &name);

// Runs passerelle-cli with the arguments; returns its exit code, fills stdout/stderr.
int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr);

// Hash of every replicated table's content (ordered by primary key): equal hashes mean
// equal data. Replica-local metadata is left out.
QByteArray contentHash(const Database &db);

// What PRAGMA integrity_check says, its lines joined ("ok" when the file is intact).
QString integrityCheck(const Database &db);
// Every index of the schema with its SQL ("name: CREATE INDEX …"), by name.
QStringList schemaIndexes(const Database &db);

} // namespace passerelle::test
