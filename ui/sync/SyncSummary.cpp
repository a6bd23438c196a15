#include "sync/SyncSummary.h"

#include "sync/SyncEngine.h"

#include <QStringList>

namespace passerelle {

QString SyncSummary::ofImport(const SyncImport &result, const QString &senderName)
{
    if (!result.read.isVerified())
        return result.read.message;
    const MergeReport &m = result.merge;
    const qint64 received = m.rowsInserted + m.rowsUpdated + m.rowsRemoved;
    QStringList parts;
    parts << tr("Paquet de « %1 » importé.").arg(senderName);
    if (received == 0 && m.tombstones == 0)
        parts << tr("Rien de nouveau : cet appareil avait déjà tout reçu.");
    else
        parts << tr("%n ligne(s) reçue(s)", nullptr, int(received)) + QLatin1String(" (") +
                     tr("%n ajoutée(s)", nullptr, int(m.rowsInserted)) + QLatin1String(", ") +
                     tr("%n modifiée(s)", nullptr, int(m.rowsUpdated)) + QLatin1String(", ") +
                     tr("%n retirée(s)", nullptr, int(m.rowsRemoved + m.tombstones)) +
                     QLatin1String(").");
    if (m.conflictsRecorded > 0)
        parts << tr("%n conflit(s) trouvé(s) : un coordinateur choisit la valeur à garder dans "
                    "la vue Conflits.",
                    nullptr, int(m.conflictsRecorded));
    if (m.conflictsClosed > 0)
        parts << tr("%n conflit(s) réglé(s) sur un autre appareil.", nullptr,
                    int(m.conflictsClosed));
    if (m.reviewed > 0)
        parts << tr("%n élément(s) mis de côté pour revue (parent absent ou règle non "
                    "respectée) : rien n'est perdu.",
                    nullptr, int(m.reviewed));
    if (m.futureStamped > 0)
        parts << tr("Attention : %n modification(s) datée(s) de plus d'un jour dans le futur "
                    "(horloge de l'appareil émetteur à vérifier).",
                    nullptr, int(m.futureStamped));
    return parts.join(QLatin1Char(' '));
}

QString SyncSummary::ofExport(const SyncExport &result, const QString &peerName)
{
    QString text = tr("Paquet pour « %1 » enregistré : ").arg(peerName);
    if (result.rowChanges == 0 && result.tombstones == 0)
        text += tr("aucun changement à lui envoyer ; le paquet lui confirme ce qui a été reçu.");
    else
        text += tr("%n ligne(s) modifiée(s)", nullptr, int(result.rowChanges)) +
                QLatin1String(", ") + tr("%n suppression(s).", nullptr, int(result.tombstones));
    return text + QLatin1Char(' ') +
           tr("Copiez-le sur cet appareil puis importez-le dans Passerelle.");
}

} // namespace passerelle
