#include "sync/InvitationError.h"
#include "util/TrContext.h"

#include <QLocale>

namespace passerelle {

namespace {
// The date is part of a sentence: it takes the sentence's language (month name and
// format), which is the catalogue's, not the system's.
QString dateText(const QDateTime &when)
{
    return messageLocale().toString(
        when.toLocalTime(),
        SyncText::tr("d MMMM yyyy 'à' HH:mm", "QDateTime format: 24 novembre 2026 à 14:05"));
}
} // namespace

QString toCode(InvitationError error)
{
    switch (error) {
    case InvitationError::Unreadable:
        return QStringLiteral("unreadable");
    case InvitationError::Altered:
        return QStringLiteral("altered");
    case InvitationError::WrongCode:
        return QStringLiteral("wrong-code");
    case InvitationError::Expired:
        return QStringLiteral("expired");
    case InvitationError::AlreadyUsed:
        return QStringLiteral("already-used");
    case InvitationError::OtherOrganisation:
        return QStringLiteral("other-organisation");
    case InvitationError::UnknownInvitation:
        return QStringLiteral("unknown-invitation");
    case InvitationError::NotForThisReplica:
        return QStringLiteral("not-for-this-replica");
    case InvitationError::SameReplica:
        return QStringLiteral("same-replica");
    case InvitationError::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

InvitationRefusedError InvitationRefusedError::because(InvitationError error, const QDateTime &when)
{
    switch (error) {
    case InvitationError::Unreadable:
        return {
            error, QStringLiteral("file"),
            SyncText::tr("Ce fichier n'est pas une invitation ou une réponse Passerelle complète "
                         "(copie interrompue ?). Copiez-le à nouveau. Rien n'a été enregistré.")};
    case InvitationError::Altered:
        return {error, QStringLiteral("signature"),
                SyncText::tr(
                    "Ce fichier a été modifié depuis qu'il a été créé : il est refusé. Demandez "
                    "une nouvelle invitation au bureau. Rien n'a été enregistré.")};
    case InvitationError::WrongCode:
        return {error, QStringLiteral("code"),
                SyncText::tr(
                    "Le code saisi ne correspond pas à ce fichier d'invitation. Vérifiez le code "
                    "lu sur l'écran du bureau ; si le code est juste, le fichier a été remplacé et "
                    "ne doit pas être utilisé. Rien n'a été enregistré.")};
    case InvitationError::Expired:
        return {error, QStringLiteral("expires"),
                SyncText::tr(
                    "Cette invitation a expiré le %1. Demandez une nouvelle invitation au bureau. "
                    "Rien n'a été enregistré.")
                    .arg(dateText(when))};
    case InvitationError::AlreadyUsed:
        return {error, QStringLiteral("secret"),
                SyncText::tr(
                    "Cette invitation a déjà servi le %1 : une invitation ne sert qu'une fois. "
                    "Créez une nouvelle invitation pour cet appareil. Rien n'a été enregistré.")
                    .arg(dateText(when))};
    case InvitationError::OtherOrganisation:
        return {
            error, QStringLiteral("organisation"),
            SyncText::tr("Cette base appartient déjà à une autre organisation : elle ne peut pas "
                         "rejoindre celle-ci. Utilisez une base neuve. Rien n'a été enregistré.")};
    case InvitationError::UnknownInvitation:
        return {
            error, QStringLiteral("invitation"),
            SyncText::tr(
                "Cette réponse ne correspond à aucune invitation créée sur ce poste (invitation "
                "créée sur un autre poste, ou annulée). Rien n'a été enregistré.")};
    case InvitationError::NotForThisReplica:
        return {
            error, QStringLiteral("office"),
            SyncText::tr(
                "Cette réponse ne peut pas être ouverte ici : elle est destinée à un autre poste "
                "du bureau (ouvrez-la sur le poste qui a créé l'invitation), ou elle a été "
                "modifiée. Rien n'a été enregistré.")};
    case InvitationError::SameReplica:
        return {error, QStringLiteral("replica_id"),
                SyncText::tr(
                    "Cette invitation a été créée sur ce poste même : ouvrez-la sur l'appareil à "
                    "appairer. Rien n'a été enregistré.")};
    case InvitationError::Revoked:
        return {error, QStringLiteral("invitation"),
                SyncText::tr(
                    "Cette invitation a été annulée par le bureau le %1. Demandez une nouvelle "
                    "invitation. Rien n'a été enregistré.")
                    .arg(dateText(when))};
    }
    return {error, QString(), QString()};
}

} // namespace passerelle
