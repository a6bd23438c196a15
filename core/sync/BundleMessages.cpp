#include "sync/BundleMessages.h"
#include "util/TrContext.h"

#include <QLocale>

namespace passerelle {

namespace {
QString version(SyncSchemaVersion v)
{
    return QStringLiteral("%1.%2").arg(v.majorVersion).arg(v.minorVersion);
}
} // namespace

QString BundleMessages::truncated(qint64 availableBytes)
{
    return SyncText::tr(
               "Le paquet de synchronisation est incomplet : le fichier s'arrête après %1 octets, "
               "avant sa fin. La copie a sans doute été interrompue ; copiez-le à nouveau. "
               "Rien n'a été importé.")
        .arg(availableBytes);
}

QString BundleMessages::badMagic()
{
    return SyncText::tr(
        "Ce fichier n'est pas un paquet de synchronisation Passerelle (.passerelle-sync). "
        "Rien n'a été importé.");
}

QString BundleMessages::unsupportedVersion(int fileVersion, int programVersion)
{
    return SyncText::tr(
               "Ce paquet de synchronisation est au format %1, que cette version de Passerelle ne "
               "sait pas lire (format %2). Mettez Passerelle à jour. Rien n'a été importé.")
        .arg(fileVersion)
        .arg(programVersion);
}

QString BundleMessages::badSignature()
{
    return SyncText::tr(
        "La signature du paquet de synchronisation est invalide : son en-tête a été modifié "
        "après l'envoi. Rien n'a été importé.");
}

QString BundleMessages::signedWithOtherKey(const Uuid &sender)
{
    return SyncText::tr(
               "Le paquet se présente comme venant de l'appareil %1, mais il n'est pas signé par "
               "la clé enregistrée lors de l'appairage de cet appareil. Rien n'a été importé.")
        .arg(sender.toString());
}

QString BundleMessages::unknownSender(const Uuid &sender)
{
    return SyncText::tr("Ce paquet vient d'un appareil qui n'est pas appairé avec celui-ci (%1). "
                        "Appairez-le d'abord. Rien n'a été importé.")
        .arg(sender.toString());
}

QString BundleMessages::revokedSender(const Uuid &sender)
{
    return SyncText::tr(
               "Ce paquet vient d'un appareil révoqué (%1) : ses envois ne sont plus acceptés. "
               "Rien n'a été importé.")
        .arg(sender.toString());
}

QString BundleMessages::wrongRecipient(const Uuid &recipient, const Uuid &self)
{
    return SyncText::tr("Ce paquet est destiné à un autre appareil (%1), pas à celui-ci (%2). "
                        "Rien n'a été importé.")
        .arg(recipient.toString(), self.toString());
}

QString BundleMessages::newerSchema(SyncSchemaVersion bundle, SyncSchemaVersion program)
{
    return SyncText::tr(
               "Mise à jour requise : ce paquet vient d'une version plus récente de Passerelle "
               "(schéma %1, ce programme lit le schéma %2). Mettez Passerelle à jour puis "
               "importez-le à nouveau. Rien n'a été importé.")
        .arg(version(bundle), version(program));
}

QString BundleMessages::olderSchema(SyncSchemaVersion bundle, SyncSchemaVersion program)
{
    return SyncText::tr(
               "Ce paquet vient d'une version trop ancienne de Passerelle (schéma %1, ce programme "
               "lit le schéma %2) : mettez à jour l'appareil qui l'a envoyé. Rien n'a été importé.")
        .arg(version(bundle), version(program));
}

QString BundleMessages::tampered(const QString &where)
{
    return SyncText::tr(
               "Le paquet de synchronisation a été altéré (%1) : il ne peut pas être lu tel qu'il "
               "a été envoyé. Demandez un nouvel envoi. Rien n'a été importé.")
        .arg(where);
}

QString BundleMessages::spliced()
{
    return SyncText::tr(
        "Le contenu chiffré de ce paquet n'appartient pas à son en-tête : le fichier "
        "assemble deux paquets différents. Rien n'a été importé.");
}

QString BundleMessages::alreadyApplied(const Uuid &bundleId, const QDateTime &appliedAt)
{
    return SyncText::tr("Ce paquet (%1) a déjà été appliqué le %2 : rien à faire.")
        .arg(bundleId.toString(),
             messageLocale().toString(appliedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace passerelle
