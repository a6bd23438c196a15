#include "cli/SyncSubcommands.h"

#include "storage/Database.h"
#include "sync/InvitationError.h"
#include "sync/InvitationService.h"
#include "sync/ReplicaKeys.h"
#include "util/TrContext.h"

#include <QDateTime>
#include <QDir>

namespace passerelle::cli {

namespace {
// A refused invitation or reply: its message and its stable code, exit 1.
int refused(CliContext &ctx, const InvitationRefusedError &e)
{
    ctx.err << e.reason() << " [" << toCode(e.error()) << ']' << Qt::endl;
    return BadInput;
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

int runSyncInvite(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Crée une invitation .passerelle-invite pour un nouvel appareil et affiche le code "
        "à lui communiquer."));
    const QCommandLineOption role(
        QStringLiteral("role"),
        CliText::tr("laptop (portable d'un intervenant) ou office (autre poste "
                    "du bureau)."),
        CliText::tr("ROLE"));
    const QCommandLineOption worker(
        QStringLiteral("worker"),
        CliText::tr("Identifiant de l'intervenant à qui le portable est confié."),
        CliText::tr("ID"));
    const QCommandLineOption name(QStringLiteral("name"), CliText::tr("Nom de l'appareil."),
                                  CliText::tr("NOM"));
    const QCommandLineOption organisation(
        QStringLiteral("organisation"),
        CliText::tr("Identifiant de l'organisation (si la base en "
                    "contient plusieurs)."),
        CliText::tr("ID"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  CliText::tr("Durée de validité en jours (7)."), CliText::tr("N"),
                                  QStringLiteral("7"));
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("Fichier à écrire."),
                                 CliText::tr("FICHIER"));
    parser.addOptions({role, worker, name, organisation, days, out});
    if (!ctx.parse(parser))
        return Usage;
    const std::optional<ReplicaRole> roleValue = replicaRoleFromCode(parser.value(role));
    if (!roleValue || !parser.isSet(name) || !parser.isSet(out)) {
        ctx.err << CliText::tr("--role laptop|office, --name et --out sont obligatoires.")
                << Qt::endl;
        return Usage;
    }
    InvitationRequest request;
    request.role = *roleValue;
    request.deviceName = parser.value(name);
    if (request.role == ReplicaRole::Laptop) {
        request.workerId = Uuid::fromString(parser.value(worker).trimmed());
        if (request.workerId.isNull()) {
            ctx.err << CliText::tr(
                           "--worker attend l'identifiant de l'intervenant à qui le portable est "
                           "confié.")
                    << Qt::endl;
            return Usage;
        }
    } else if (parser.isSet(worker)) {
        ctx.err << CliText::tr("--worker ne s'emploie qu'avec --role laptop.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(organisation)) {
        request.organisationId = Uuid::fromString(parser.value(organisation).trimmed());
        if (request.organisationId.isNull()) {
            ctx.err << CliText::tr("--organisation attend l'identifiant d'une organisation.")
                    << Qt::endl;
            return Usage;
        }
    }
    bool ok = false;
    request.validDays = parser.value(days).toInt(&ok);
    if (!ok) {
        ctx.err << CliText::tr("--days attend un nombre de jours.") << Qt::endl;
        return Usage;
    }
    const auto db = ctx.openDatabase(true);
    const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
    try {
        const IssuedInvitation issued =
            InvitationService(*db, keys).inviteToFile(request, parser.value(out));
        ctx.out << CliText::tr("Invitation %1 écrite pour « %2 » (%3), valable jusqu'au %4.")
                       .arg(QDir::toNativeSeparators(parser.value(out)),
                            issued.invitation.deviceName, label(issued.invitation.role),
                            dateText(issued.invitation.expiresAtMs))
                << '\n'
                << CliText::tr("Code à saisir sur l'appareil : %1").arg(issued.code) << Qt::endl;
    } catch (const InvitationRefusedError &e) {
        return refused(ctx, e);
    }
    return Ok;
}

int runSyncJoin(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Rejoint l'organisation qui a envoyé l'invitation et écrit la réponse à rapporter "
        "au bureau."));
    parser.addPositionalArgument(QStringLiteral("INVITATION"),
                                 CliText::tr("Fichier .passerelle-invite."));
    const QCommandLineOption code(
        QStringLiteral("code"), CliText::tr("Code lu sur l'écran du bureau."), CliText::tr("CODE"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliText::tr("Réponse à écrire (.passerelle-join)."),
                                 CliText::tr("FICHIER"));
    parser.addOptions({code, out});
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(code) || !parser.isSet(out)) {
        ctx.err << CliText::tr("Indiquez le fichier d'invitation, --code et --out.") << Qt::endl;
        return Usage;
    }
    const auto db = ctx.openDatabase(true);
    const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
    try {
        const JoinedInvitation joined = InvitationService(*db, keys).joinFile(
            parser.positionalArguments().first(), parser.value(code), parser.value(out));
        ctx.out << CliText::tr("Cet appareil a rejoint %1 (%2) et fait confiance à « %3 ».")
                       .arg(joined.invitation.organisationName, label(joined.invitation.role),
                            joined.invitation.officeName)
                << '\n'
                << CliText::tr("Rapportez la réponse %1 au bureau (sync accept).")
                       .arg(QDir::toNativeSeparators(parser.value(out)))
                << Qt::endl;
    } catch (const InvitationRefusedError &e) {
        return refused(ctx, e);
    }
    return Ok;
}

int runSyncAccept(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Accepte la réponse d'un appareil invité : il est appairé avec ce poste."));
    parser.addPositionalArgument(QStringLiteral("REPONSE"),
                                 CliText::tr("Fichier .passerelle-join."));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << CliText::tr("Indiquez un seul fichier de réponse.") << Qt::endl;
        return Usage;
    }
    const auto db = ctx.openDatabase(true);
    const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
    try {
        const AcceptedDevice device =
            InvitationService(*db, keys).acceptFile(parser.positionalArguments().first());
        ctx.out << CliText::tr("Appareil « %1 » appairé (%2, réplique %3).")
                       .arg(device.peer.displayName, label(device.peer.role),
                            device.peer.replicaId.toString())
                << Qt::endl;
    } catch (const InvitationRefusedError &e) {
        return refused(ctx, e);
    }
    return Ok;
}

} // namespace passerelle::cli
