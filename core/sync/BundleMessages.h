#pragma once

#include "sync/SyncSchemaVersion.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QString>

namespace passerelle {

// The French sentence shown for each way a bundle can be refused, in one place so that
// they read alike: what happened, what it means, what to do. Every refusal says that
// nothing was imported, because the person's first worry is a half-applied file.
class BundleMessages
{
public:
    static QString truncated(qint64 availableBytes);
    static QString badMagic();
    static QString unsupportedVersion(int fileVersion, int programVersion);
    static QString badSignature();
    static QString signedWithOtherKey(const Uuid &sender);
    static QString unknownSender(const Uuid &sender);
    static QString revokedSender(const Uuid &sender);
    static QString wrongRecipient(const Uuid &recipient, const Uuid &self);
    static QString newerSchema(SyncSchemaVersion bundle, SyncSchemaVersion program);
    static QString olderSchema(SyncSchemaVersion bundle, SyncSchemaVersion program);
    static QString tampered(const QString &where);
    static QString spliced();
    static QString alreadyApplied(const Uuid &bundleId, const QDateTime &appliedAt);
};

} // namespace passerelle
