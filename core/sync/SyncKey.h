#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace passerelle {

// A row's primary key as one byte string, whatever its columns: the key of the sync
// metadata (local_sync_row, local_sync_cell) and of the records of a change set. Each
// component is a type tag and its bytes, so two different keys never encode alike and
// the encoding decodes back to values a statement can bind.
class SyncKey
{
public:
    enum Tag : char
    {
        Null = 'n',
        Integer = 'i',
        Real = 'r',
        Text = 't',
        Blob = 'b'
    };

    static void appendNull(QByteArray &out);
    static void appendInteger(QByteArray &out, qint64 value);
    static void appendReal(QByteArray &out, double value);
    static void appendText(QByteArray &out, const char *utf8, qsizetype size);
    static void appendBlob(QByteArray &out, const char *bytes, qsizetype size);

    // Values of an encoded key: qint64, double, QString, QByteArray or a null QVariant.
    // Empty when the bytes are not a well-formed encoding.
    static std::optional<QVariantList> decode(const QByteArray &key);
    // The encoding of the `index`-th component alone (the key of the parent it names, for a
    // key column that is a foreign key). Empty when absent or not well formed.
    static std::optional<QByteArray> component(const QByteArray &key, int index);

    // 16 bytes naming (table, key) without revealing the key: what a tombstone keeps.
    static QByteArray hash(const QString &table, const QByteArray &key);
    static QByteArray hash(const QByteArray &tableUtf8, const char *key, qsizetype size);
};

} // namespace passerelle
