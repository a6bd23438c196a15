#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace passerelle {

class Clock;

// The reference lists (partner types, channels, PRS axes, …) shipped in
// resources/reference/reference_lists.json. Each list lives in its own table `ref_<list>`
// so that domain columns can carry real foreign keys to it.
class ReferenceData
{
public:
    struct Item
    {
        QString code;
        QString labelFr;
        QString labelEn;
        int position = 0;
    };
    struct List
    {
        QString name; // table is "ref_" + name
        QList<Item> items;
    };

    static const QList<List> &shipped();
    static QStringList listNames();
    // INSERT … ON CONFLICT DO NOTHING of every shipped item; throws StorageError.
    static void loadShipped(sqlite3 *db, const Clock &clock);
};

} // namespace passerelle
