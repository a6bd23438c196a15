#pragma once

#include <QByteArray>

struct sqlite3;

namespace passerelle {

// RAII transaction: rolls back unless commit() was called, so an exception anywhere in a
// write leaves the database as it was. Nested guards become savepoints, which lets a
// repository call another inside one outer transaction.
class Transaction
{
public:
    enum class Mode
    {
        Deferred,
        Immediate
    };
    explicit Transaction(sqlite3 *db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // throws StorageError (e.g. deferred foreign keys violated)
    bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    sqlite3 *m_db;
    QByteArray m_savepoint;
    bool m_done = false;
};

} // namespace passerelle
