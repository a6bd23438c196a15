#include "storage/ReferenceData.h"

#include "storage/SqliteStatement.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace passerelle {

const QList<ReferenceData::List> &ReferenceData::shipped()
{
    static const QList<List> lists = [] {
        QList<List> out;
        QFile f(QStringLiteral(":/reference/reference_lists.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray jsonLists = root.value(QStringLiteral("lists")).toArray();
        for (const QJsonValue &l : jsonLists) {
            const QJsonObject lo = l.toObject();
            List list{lo.value(QStringLiteral("name")).toString(), {}};
            int position = 0;
            const QJsonArray items = lo.value(QStringLiteral("items")).toArray();
            for (const QJsonValue &i : items) {
                const QJsonObject io = i.toObject();
                list.items.append({io.value(QStringLiteral("code")).toString(),
                                   io.value(QStringLiteral("fr")).toString(),
                                   io.value(QStringLiteral("en")).toString(), position++});
            }
            out.append(list);
        }
        return out;
    }();
    return lists;
}

QStringList ReferenceData::listNames()
{
    QStringList names;
    for (const List &l : shipped())
        names.append(l.name);
    return names;
}

void ReferenceData::loadShipped(sqlite3 *db, const Clock &clock)
{
    static const QRegularExpression safeName(QStringLiteral("^[a-z_0-9]+$"));
    const qint64 now = clock.nowMs();
    for (const List &list : shipped()) {
        if (!safeName.match(list.name).hasMatch())
            throw StorageError(
                QCoreApplication::translate("Storage", "Liste de référence invalide : %1")
                    .arg(list.name));
        const QByteArray sql = "INSERT INTO ref_" + list.name.toUtf8() +
                               "(code, label_fr, label_en, position, created_at, updated_at)"
                               " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING";
        SqliteStatement insert(db, sql.constData());
        for (const Item &item : list.items) {
            insert.bindText(1, item.code);
            insert.bindText(2, item.labelFr);
            insert.bindText(3, item.labelEn);
            insert.bind(4, qint64(item.position));
            insert.bind(5, now);
            insert.bind(6, now);
            insert.execute();
        }
    }
}

} // namespace passerelle
