#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

namespace passerelle {

class Clock;

// Numbered schema steps shipped as resources/migrations/NNNN_name.sql. All pending steps,
// the reference lists and the new user_version are written in one transaction: a failure
// at any step leaves the file exactly as it was.
class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QByteArray sql;
    };

    static const QList<Step> &shippedSteps();
    static int latestVersion();

    static int currentVersion(sqlite3 *db);
    // Applies the steps above the file's version; returns the version the file had.
    static int migrate(sqlite3 *db, const Clock &clock);
    // Same with explicit steps (tests use it to prove atomicity with a failing step).
    static int migrate(sqlite3 *db, const QList<Step> &steps, const Clock &clock);
};

} // namespace passerelle
