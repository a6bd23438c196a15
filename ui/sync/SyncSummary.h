#pragma once

#include <QCoreApplication>
#include <QString>

namespace passerelle {

struct SyncExport;
struct SyncImport;

// The French sentences the Sync window shows after an exchange: counts only, never content.
class SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(SyncSummary)

public:
    // A merged bundle: rows received, conflicts found, items set aside for review; a
    // refused one: its own message (truncated, altered, wrong recipient, already imported,
    // update required…), which already says that nothing was imported.
    static QString ofImport(const SyncImport &result, const QString &senderName);
    static QString ofExport(const SyncExport &result, const QString &peerName);
};

} // namespace passerelle
