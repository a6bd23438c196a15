#include "support/TestSupport.h"

#include "storage/Schema.h"
#include "storage/SqliteStatement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>

namespace passerelle::test {

TempDatabase::TempDatabase()
{
    path = dir.filePath(QStringLiteral("test.sqlite"));
    db = Database::open(path);
}

void TempDatabase::reopen()
{
    db.reset();
    db = Database::open(path, Database::OpenMode::OpenExisting);
}

QString fixturePath(const QString &name)
{
    return QDir(QStringLiteral(PASSERELLE_TEST_DATA)).filePath(name);
}

int runCli(const QStringList &args, QString *out, QString *err)
{
    QProcess p;
    p.start(QStringLiteral(PASSERELLE_CLI_PATH), args);
    p.waitForFinished(-1);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString integrityCheck(const Database &db)
{
    SqliteStatement q(db.handle(), "PRAGMA integrity_check");
    QStringList lines;
    while (q.step())
        lines.append(q.text(0));
    return lines.join(QLatin1Char('\n'));
}

QStringList schemaIndexes(const Database &db)
{
    SqliteStatement q(db.handle(), "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                                   "WHERE type = 'index' ORDER BY name");
    QStringList out;
    while (q.step())
        out.append(q.text(0));
    return out;
}

QByteArray contentHash(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableInfo &t : Schema::replicatedTables(db.handle())) {
        QByteArray sql = "SELECT * FROM \"" + t.name.toUtf8() + "\" ORDER BY ";
        const QStringList pk = t.primaryKey();
        sql += pk.isEmpty() ? QByteArray("rowid") : pk.join(QLatin1Char(',')).toUtf8();
        SqliteStatement q(db.handle(), sql.constData());
        hash.addData(t.name.toUtf8());
        while (q.step()) {
            for (int c = 0; c < q.columnCount(); ++c) {
                hash.addData(QByteArray::number(q.columnType(c)));
                hash.addData(q.isNull(c) ? QByteArray("\x01") : q.blob(c));
                hash.addData(QByteArray("\x1f"));
            }
        }
    }
    return hash.result().toHex();
}

} // namespace passerelle::test
