#pragma once

#include "util/Uuid.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace passerelle {

class Database;

// What the case list's filters offer: the programmes, the workers and the landlords, each
// a short list read whole. Open ones first, then by name; archived ones stay choosable,
// as old cases still point to them. Throws StorageError.
class CaseListChoices
{
public:
    struct Choice
    {
        Uuid id;
        QString code; // programme code, worker code; empty for a landlord
        QString name;
        bool archived = false;
    };

    explicit CaseListChoices(const Database &db);

    QList<Choice> programmes() const;
    QList<Choice> workers() const;
    // Partners a household rents from, and partners whose type is a landlord's.
    QList<Choice> landlords() const;

private:
    QList<Choice> read(const char *sql) const;
    sqlite3 *m_db;
};

} // namespace passerelle
