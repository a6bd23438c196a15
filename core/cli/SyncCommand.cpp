#include "cli/Commands.h"
#include "cli/SyncSubcommands.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "sync/BundleError.h"
#include "sync/ChangeCapture.h"
#include "sync/InvitationService.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncBench.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLaptopBench.h"
#include "util/TrContext.h"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>

namespace passerelle::cli {

namespace {
QString vvText(const VersionVector &vv)
{
    QStringList parts;
    for (auto it = vv.cbegin(); it != vv.cend(); ++it)
        parts.append(QStringLiteral("%1:%2").arg(it.key().toString().left(8)).arg(it.value()));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QLatin1Char(' '));
}

int runSyncExport(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Écrit dans un paquet .passerelle-sync tout ce que l'appareil destinataire n'a pas "
        "encore reçu."));
    const QCommandLineOption to(QStringLiteral("to"),
                                CliText::tr("Identifiant de l'appareil destinataire."),
                                CliText::tr("REPLIQUE"));
    const QCommandLineOption outOption(QStringLiteral("out"), CliText::tr("Fichier à écrire."),
                                       CliText::tr("FICHIER"));
    parser.addOptions({to, outOption});
    if (!ctx.parse(parser))
        return Usage;
    if (!parser.isSet(to) || !parser.isSet(outOption)) {
        ctx.err << CliText::tr("--to et --out sont obligatoires.") << Qt::endl;
        return Usage;
    }
    const Uuid peer = Uuid::fromString(parser.value(to).trimmed());
    if (peer.isNull()) {
        ctx.err << CliText::tr("--to attend l'identifiant d'une réplique (voir « sync status »).")
                << Qt::endl;
        return Usage;
    }
    const auto db = ctx.openDatabase(true);
    const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
    const SyncExport result = SyncEngine(*db, keys).exportToFile(peer, parser.value(outOption));
    ctx.out << CliText::tr("Paquet %1 écrit : %2 lignes, %3 suppressions.")
                   .arg(QDir::toNativeSeparators(parser.value(outOption)))
                   .arg(result.rowChanges)
                   .arg(result.tombstones)
            << Qt::endl;
    return Ok;
}

int runSyncImport(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Vérifie puis fusionne un paquet .passerelle-sync, en une seule transaction."));
    parser.addPositionalArgument(QStringLiteral("FICHIER"), CliText::tr("Paquet à importer."));
    if (!ctx.parse(parser))
        return Usage;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << CliText::tr("Indiquez un seul fichier à importer.") << Qt::endl;
        return Usage;
    }
    const auto db = ctx.openDatabase(true);
    const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
    const SyncImport result = SyncEngine(*db, keys).importFile(parser.positionalArguments().first());
    if (result.read.isNoOp()) {
        ctx.out << result.read.message << Qt::endl;
        return Ok;
    }
    if (!result.read.isVerified()) {
        ctx.err << result.read.message << " [" << toCode(result.read.error) << ']' << Qt::endl;
        return BadInput;
    }
    const MergeReport &m = result.merge;
    ctx.out << CliText::tr("Paquet fusionné : %1 lignes ajoutées, %2 modifiées, %3 retirées ; "
                           "%4 conflits consignés, %5 résolus ; %6 lignes à revoir.")
                   .arg(m.rowsInserted)
                   .arg(m.rowsUpdated)
                   .arg(m.rowsRemoved)
                   .arg(m.conflictsRecorded)
                   .arg(m.conflictsClosed)
                   .arg(m.reviewed)
            << Qt::endl;
    if (m.futureStamped > 0)
        ctx.out << CliText::tr(
                       "Attention : %1 modifications sont datées de plus d'un jour dans le futur "
                       "(horloge de l'appareil émetteur à vérifier).")
                       .arg(m.futureStamped)
                << Qt::endl;
    return Ok;
}

int runSyncStatus(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("État de la synchronisation avec chaque appareil appairé."));
    if (!ctx.parse(parser))
        return Usage;
    const auto db = ctx.openDatabase(true);
    const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
    const SyncEngine engine(*db, keys);
    ctx.out << CliText::tr("Réplique : %1").arg(db->replicaId().toString()) << '\n';
    if (const auto member = InvitationService(*db, keys).membership())
        ctx.out << CliText::tr("Organisation : %1 ; rôle : %2")
                       .arg(member->organisationId.toString(), label(member->role))
                << '\n';
    ctx.out << CliText::tr("Connaissance : %1").arg(vvText(engine.versionVector())) << '\n'
            << CliText::tr("Conflits consignés : %1 ; lignes à revoir : %2")
                   .arg(engine.conflicts().size())
                   .arg(engine.reviewCount())
            << '\n';
    const QList<ReplicaPeer> peers = PeerDirectory(*db).list();
    for (const SyncPeerStatus &s : engine.status()) {
        QString name;
        QString contact = CliText::tr("jamais");
        for (const ReplicaPeer &p : peers)
            if (p.replicaId == s.peer) {
                name = p.displayName;
                if (p.lastContactAt.isValid())
                    contact = p.lastContactAt.toLocalTime().toString(Qt::ISODate);
            }
        ctx.out << "  " << s.peer.toString() << "  " << name << '\n'
                << "    "
                << CliText::tr("dernier échange : %1 ; transactions à lui envoyer : %2")
                       .arg(contact)
                       .arg(s.pendingDots)
                << '\n';
    }
    ctx.out << Qt::flush;
    return Ok;
}

int runSyncConflicts(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Modifications concurrentes perdantes : la valeur écartée et la valeur retenue."));
    const QCommandLineOption all(
        QStringLiteral("all"),
        CliText::tr("Montre aussi les conflits où les deux valeurs sont égales."));
    parser.addOption(all);
    if (!ctx.parse(parser))
        return Usage;
    const auto db = ctx.openDatabase(true);
    const ReplicaKeys keys = ReplicaKeys::forDatabase(*db);
    int shown = 0;
    for (const SyncConflict &c : SyncEngine(*db, keys).conflicts()) {
        if (c.sameAsCurrent() && !parser.isSet(all))
            continue;
        ++shown;
        ctx.out
            << c.table << ' ' << c.rowKey.right(32).toLower() << ' ' << c.columns << '\n'
            << "    " << CliText::tr("retenue : %1").arg(c.currentValue) << '\n'
            << "    "
            << CliText::tr("écartée : %1 (réplique %2, %3)")
                   .arg(c.loserValue, c.loserReplica.toString(),
                        QDateTime::fromMSecsSinceEpoch(c.loserAtMs, Qt::UTC).toString(Qt::ISODate))
            << '\n';
    }
    ctx.out << CliText::tr("%1 conflit(s).").arg(shown) << Qt::endl;
    return Ok;
}

void printUsage(QTextStream &out)
{
    out << CliText::tr("Usage : passerelle-cli sync SOUS-COMMANDE [--db FICHIER] [options]")
        << "\n\n"
        << "  export     " << CliText::tr("--to REPLIQUE --out FICHIER : paquet pour un appareil.")
        << '\n'
        << "  import     " << CliText::tr("FICHIER : vérifie et fusionne un paquet.") << '\n'
        << "  status     " << CliText::tr("connaissance de cette réplique et de chaque appareil.")
        << '\n'
        << "  conflicts  " << CliText::tr("modifications concurrentes écartées.") << '\n'
        << "  invite     "
        << CliText::tr(
               "--role laptop|office [--worker ID] --name NOM --out FICHIER : invite un appareil.")
        << '\n'
        << "  join       "
        << CliText::tr("FICHIER --code CODE --out REPONSE : rejoint l'organisation.") << '\n'
        << "  accept     " << CliText::tr("REPONSE : appaire l'appareil qui a répondu.") << '\n'
        << "  folder     " << CliText::tr("DOSSIER : synchronise par un dossier partagé.") << '\n'
        << Qt::flush;
}
} // namespace

int runSync(CliContext &ctx)
{
    const QString sub = ctx.args.value(1);
    const struct
    {
        const char *name;
        int (*run)(CliContext &);
    } subcommands[] = {{"export", runSyncExport},
                       {"import", runSyncImport},
                       {"status", runSyncStatus},
                       {"conflicts", runSyncConflicts},
                       {"invite", runSyncInvite},
                       {"join", runSyncJoin},
                       {"accept", runSyncAccept},
                       {"folder", runSyncFolder}};
    for (const auto &s : subcommands) {
        if (sub != QLatin1String(s.name))
            continue;
        QStringList args = ctx.args.mid(2);
        args.prepend(ctx.args.value(0) + QLatin1Char(' ') + sub);
        CliContext subContext{args, ctx.dbPath, ctx.out, ctx.err};
        return s.run(subContext);
    }
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
                      sub == QLatin1String("help");
    if (!help)
        ctx.err << CliText::tr("Sous-commande inconnue : %1").arg(sub) << "\n\n";
    printUsage(help ? ctx.out : ctx.err);
    return help ? Ok : Usage;
}

int runBenchSync(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Mesure le surcoût de la capture des changements et l'échange d'un paquet."));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        CliText::tr("Interventions insérées (100000)."),
                                        CliText::tr("N"), QStringLiteral("100000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       CliText::tr("Dossier de travail (par défaut : temporaire)."),
                                       CliText::tr("DOSSIER"));
    const QCommandLineOption timingOption(QStringLiteral("timing"),
                                          CliText::tr("Détaille le temps de l'import par phase."));
    const QCommandLineOption scopeOption(
        QStringLiteral("laptop-scope"),
        CliText::tr(
            "Mesure plutôt la première synchronisation d'un portable dont le périmètre compte "
            "N situations."),
        CliText::tr("N"));
    const QCommandLineOption officeOption(
        QStringLiteral("office-cases"),
        CliText::tr("Situations du fichier du bureau pour --laptop-scope (5000)."),
        CliText::tr("N"), QStringLiteral("5000"));
    parser.addOptions({rowsOption, dirOption, timingOption, scopeOption, officeOption});
    if (!ctx.parse(parser))
        return Usage;
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);
    auto line = [&](const QString &what, const QString &value) {
        ctx.out << what.leftJustified(48) << value << '\n';
    };
    auto phases = [&](const SyncPhaseTimes &times) {
        if (!parser.isSet(timingOption))
            return;
        ctx.out << '\n' << CliText::tr("Import par phase (s) :") << '\n';
        for (int p = 0; p < int(SyncPhase::Count); ++p)
            line(QStringLiteral("  ") + SyncPhaseTimes::name(SyncPhase(p)),
                 QString::number(double(times.nanos(SyncPhase(p))) / 1e9, 'f', 3));
    };
    bool ok = false;
    if (parser.isSet(scopeOption)) {
        const int scope = parser.value(scopeOption).toInt(&ok);
        bool officeOk = false;
        const int officeCases = parser.value(officeOption).toInt(&officeOk);
        if (!ok || !officeOk || scope <= 0 || officeCases < scope ||
            officeCases > DemoGenerator::maxCases) {
            ctx.err << CliText::tr(
                           "--laptop-scope attend un entier positif, au plus --office-cases "
                           "(au plus %1).")
                           .arg(DemoGenerator::maxCases)
                    << Qt::endl;
            return Usage;
        }
        const SyncLaptopFigures f = SyncLaptopBench::run(dir, scope, officeCases);
        line(CliText::tr("situations du bureau"), QString::number(f.officeCases));
        line(CliText::tr("situations du portable (périmètre)"), QString::number(f.scopeCases));
        line(CliText::tr("génération du fichier du bureau (s)"),
             QString::number(f.generateSeconds, 'f', 2));
        line(CliText::tr("export du paquet (s)"), QString::number(f.exportSeconds, 'f', 2));
        line(CliText::tr("taille du paquet (octets)"), QString::number(f.bundleBytes));
        line(CliText::tr("enregistrements du paquet"), QString::number(f.bundleRecords));
        line(CliText::tr("import et fusion (s)"), QString::number(f.importSeconds, 'f', 2));
        line(CliText::tr("lignes fusionnées"), QString::number(f.mergedRows));
        line(CliText::tr("lignes fusionnées par seconde"),
             QString::number(f.importSeconds > 0 ? double(f.mergedRows) / f.importSeconds : 0, 'f',
                             0));
        line(CliText::tr("situations sur le portable"), QString::number(f.laptopCases));
        line(CliText::tr("périmètre exact"),
             f.scopeExact ? CliText::tr("oui") : CliText::tr("NON"));
        phases(f.importPhases);
        ctx.out << Qt::flush;
        return f.scopeExact ? Ok : StorageFailure;
    }
    const qint64 rows = parser.value(rowsOption).toLongLong(&ok);
    if (!ok || rows <= 0) {
        ctx.err << CliText::tr("--rows attend un entier positif.") << Qt::endl;
        return Usage;
    }
    const SyncBenchFigures f = SyncBench::run(dir, rows);
    line(CliText::tr("interventions insérées"), QString::number(f.rows));
    line(CliText::tr("insertion sans capture (s)"), QString::number(f.insertPlainSeconds, 'f', 2));
    line(CliText::tr("insertion avec capture (s)"),
         QString::number(f.insertCapturedSeconds, 'f', 2));
    line(CliText::tr("surcoût de la capture"),
         QStringLiteral("%1 %").arg(f.captureOverhead() * 100, 0, 'f', 0));
    auto round = [&](const SyncBenchRound &r) {
        line(CliText::tr("export du paquet (s)"), QString::number(r.exportSeconds, 'f', 2));
        line(CliText::tr("taille du paquet (octets / intervention)"),
             QString::number(double(r.bundleBytes) / double(f.rows), 'f', 1));
        line(CliText::tr("import et fusion (s)"), QString::number(r.importSeconds, 'f', 2));
        line(CliText::tr("lignes par seconde, import complet"),
             QString::number(r.importSeconds > 0 ? double(r.mergedRows) / r.importSeconds : 0, 'f',
                             0));
        line(CliText::tr("fusion seule (s)"), QString::number(r.mergeSeconds, 'f', 2));
        line(CliText::tr("lignes fusionnées par seconde (fusion seule)"),
             QString::number(r.mergeSeconds > 0 ? double(r.mergedRows) / r.mergeSeconds : 0, 'f',
                             0));
        phases(r.importPhases);
    };
    round(f);
    ctx.out << '\n'
            << CliText::tr("Second paquet : les mêmes interventions modifiées au bureau") << '\n';
    line(CliText::tr("modification au bureau (s)"), QString::number(f.editSeconds, 'f', 2));
    line(CliText::tr("lignes mises à jour"), QString::number(f.edited.mergedRows));
    round(f.edited);
    ctx.out << Qt::flush;
    return Ok;
}

} // namespace passerelle::cli
