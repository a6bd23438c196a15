#include "cli/SyncSubcommands.h"

#include "storage/Database.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncFolder.h"
#include "util/TrContext.h"

namespace passerelle::cli {

int runSyncFolder(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Synchronise par un dossier partagé : importe les paquets adressés à cet appareil, "
        "puis dépose un paquet pour chaque appareil appairé."));
    parser.addPositionalArgument(QStringLiteral("DOSSIER"),
                                 CliText::tr("Dossier de synchronisation."));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << CliText::tr("Indiquez un seul dossier.") << Qt::endl;
        return Usage;
    }
    const auto db = ctx.openDatabase(true);
    const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
    const SyncFolderReport report =
        SyncFolder(*db, keys).syncNow(parser.positionalArguments().first());
    for (const SyncFolderPeerReport &p : report.peers) {
        ctx.out << p.peerName << " (" << p.peer.toString() << ")\n"
                << "    "
                << CliText::tr("reçu : %1 paquet(s), %2 ligne(s), %3 conflit(s), %4 à revoir")
                       .arg(p.receivedBundles)
                       .arg(p.receivedRows)
                       .arg(p.conflicts)
                       .arg(p.reviewed)
                << '\n'
                << "    "
                << (p.sentFile.isEmpty()
                        ? CliText::tr("envoyé : rien de nouveau")
                        : CliText::tr("envoyé : %1 ligne(s), %2 suppression(s) dans %3")
                              .arg(p.sentRows)
                              .arg(p.sentDeletions)
                              .arg(p.sentFile))
                << '\n';
    }
    if (report.alreadyApplied > 0)
        ctx.out << CliText::tr("%1 paquet(s) déjà importé(s), rangé(s).").arg(report.alreadyApplied)
                << '\n';
    for (const SyncFolderRefusal &r : report.refused)
        ctx.err << CliText::tr("Refusé : %1 — %2 [%3]").arg(r.fileName, r.message, r.code) << '\n';
    for (const SyncFolderUnsent &u : report.unsent)
        ctx.err << CliText::tr("Non envoyé à %1 : %2").arg(u.peer.toString(), u.message) << '\n';
    ctx.out << CliText::tr(
                   "Synchronisation terminée : %1 ligne(s) reçue(s), %2 envoyée(s), %3 fichier(s) "
                   "refusé(s).")
                   .arg(report.receivedRows())
                   .arg(report.sentRows())
                   .arg(report.refused.size())
            << Qt::endl;
    ctx.err << Qt::flush;
    if (!report.unsent.isEmpty())
        return StorageFailure;
    return report.refused.isEmpty() ? Ok : BadInput;
}

} // namespace passerelle::cli
