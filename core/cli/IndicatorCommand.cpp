#include "cli/Commands.h"

#include "indicators/IndicatorDefinitionStore.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/ReportingPeriod.h"
#include "indicators/Templates.h"
#include "reports/ActionSheetLookup.h"
#include "repositories/IndicatorRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QFile>

namespace passerelle::cli {

namespace {
struct PeriodOptions
{
    QCommandLineOption from{QStringLiteral("from"), CliText::tr("Début de période (AAAA-MM-JJ)."),
                            CliText::tr("DATE")};
    QCommandLineOption to{QStringLiteral("to"), CliText::tr("Fin de période (AAAA-MM-JJ)."),
                          CliText::tr("DATE")};
    QCommandLineOption year{QStringLiteral("year"),
                            CliText::tr("Année civile (par défaut : l'année en cours)."),
                            CliText::tr("AAAA")};
    void addTo(QCommandLineParser &parser) const { parser.addOptions({from, to, year}); }
    ReportingPeriod period(const QCommandLineParser &parser) const
    {
        return ReportingPeriod::fromOptions(parser.value(from), parser.value(to), parser.value(year),
                                            systemClock().today());
    }
};

Indicator requireIndicator(Database &db, const QString &text)
{
    const Uuid id = Uuid::fromString(text.trimmed());
    IndicatorRepository repository(db);
    const auto indicator = id.isNull() ? std::nullopt : repository.find(id);
    if (!indicator)
        throw ValidationError(
            QStringLiteral("indicator"),
            CliText::tr("Aucun indicateur n'a l'identifiant « %1 » (voir « indicator list »).")
                .arg(text));
    return *indicator;
}

bool missing(CliContext &ctx, const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option))
        return false;
    ctx.err << CliText::tr("--%1 est obligatoire.").arg(option.names().constFirst()) << Qt::endl;
    return true;
}

QString weightText(double weight, ValueType type)
{
    return formatNumber(weight, type == ValueType::Integer ? 0 : 2);
}

int runList(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Indicateurs d'une fiche action et leur valeur pour la période."));
    const QCommandLineOption action(QStringLiteral("action"),
                                    CliText::tr("Fiche action : identifiant ou numéro."),
                                    CliText::tr("ID"));
    PeriodOptions periodOptions;
    parser.addOption(action);
    periodOptions.addTo(parser);
    if (!ctx.parse(parser))
        return Usage;
    if (missing(ctx, parser, action))
        return Usage;
    const ReportingPeriod period = periodOptions.period(parser);
    const auto db = ctx.openDatabase(true);
    const Uuid sheet = ActionSheetLookup::resolve(*db, parser.value(action), period);
    IndicatorEngine engine(*db);
    ctx.out << CliText::tr("Période : %1").arg(period.label()) << '\n';
    for (const Indicator &i : IndicatorRepository(*db).list(sheet)) {
        const auto definition = engine.definitionOf(i.id);
        const IndicatorResult r = engine.compute(i, period);
        ctx.out << i.id.toString() << "  " << toCode(i.kind).leftJustified(7) << ' '
                << (definition ? toCode(definition->type) : CliText::tr("saisi")).leftJustified(9)
                << ' ' << i.label << "\n    → " << r.displayText() << '\n';
    }
    ctx.out << Qt::flush;
    return Ok;
}

int runTrace(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Liste les enregistrements qui font la valeur d'un indicateur (numéros de situation, "
        "codes pseudonymes, identifiants ; jamais de nom)."));
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       CliText::tr("Identifiant de l'indicateur."),
                                       CliText::tr("ID"));
    const QCommandLineOption part(
        QStringLiteral("part"),
        CliText::tr("Pour un ratio : numerator ou denominator (par défaut : les deux)."),
        CliText::tr("PARTIE"));
    const QCommandLineOption category(
        QStringLiteral("category"),
        CliText::tr("Pour une ventilation : le code d'une catégorie (« - » pour "
                    "« non renseigné »)."),
        CliText::tr("CODE"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        CliText::tr("Pour une évolution : person ou team (par défaut : les deux)."),
        CliText::tr("SOURCE"));
    PeriodOptions periodOptions;
    parser.addOptions({indicator, part, category, source});
    periodOptions.addTo(parser);
    if (!ctx.parse(parser))
        return Usage;
    if (missing(ctx, parser, indicator))
        return Usage;
    TraceSelection selection;
    if (parser.value(part) == QLatin1String("numerator"))
        selection.part = TraceSelection::Part::Numerator;
    else if (parser.value(part) == QLatin1String("denominator"))
        selection.part = TraceSelection::Part::Denominator;
    else if (parser.isSet(part)) {
        ctx.err << CliText::tr("--part : numerator ou denominator.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(category))
        selection.category = parser.value(category) == QLatin1String("-") ? QString() : parser.value(category);
    selection.source = parser.value(source);
    if (!selection.source.isEmpty() && selection.source != QLatin1String("person") &&
        selection.source != QLatin1String("team")) {
        ctx.err << CliText::tr("--source : person ou team.") << Qt::endl;
        return Usage;
    }

    const ReportingPeriod period = periodOptions.period(parser);
    const auto db = ctx.openDatabase(true);
    const Indicator i = requireIndicator(*db, parser.value(indicator));
    IndicatorEngine engine(*db);
    const QList<IndicatorTrace> traces = engine.trace(i, period, selection);
    ctx.out << CliText::tr("Indicateur : %1").arg(i.label) << '\n'
            << CliText::tr("Période : %1 (du %2 au %3)")
                   .arg(period.label(), period.start.toString(Qt::ISODate),
                        period.end.toString(Qt::ISODate))
            << '\n'
            << CliText::tr("Valeur : %1").arg(engine.compute(i, period).displayText()) << '\n';
    for (const IndicatorTrace &t : traces) {
        ctx.out << '\n'
                << t.title << " : " << weightText(t.value, t.valueType) << " — "
                << CliText::tr("%n enregistrement(s)", nullptr, int(t.rows.size())) << '\n';
        for (const TraceRow &r : t.rows) {
            ctx.out << "  " << r.reference.leftJustified(36) << ' '
                    << (r.date.isValid() ? r.date.toString(Qt::ISODate) : QStringLiteral("-")).leftJustified(10)
                    << "  " << weightText(r.weight, t.valueType).rightJustified(7) << "  " << r.detail << '\n';
        }
    }
    ctx.out << Qt::flush;
    return Ok;
}

int runDefine(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Enregistre la définition de calcul d'un indicateur (JSON, voir "
                    "docs/indicator-definitions.md), ou le rend saisi à la main."));
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       CliText::tr("Identifiant de l'indicateur."),
                                       CliText::tr("ID"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        CliText::tr("Fichier JSON de la définition (« - » : entrée standard)."),
        CliText::tr("FICHIER"));
    const QCommandLineOption manual(QStringLiteral("manual"),
                                    CliText::tr("Retire la définition : valeur saisie à la main."));
    parser.addOptions({indicator, json, manual});
    if (!ctx.parse(parser))
        return Usage;
    if (missing(ctx, parser, indicator))
        return Usage;
    if (parser.isSet(json) == parser.isSet(manual)) {
        ctx.err << CliText::tr("Indiquez soit --json, soit --manual.") << Qt::endl;
        return Usage;
    }
    std::optional<IndicatorDefinition> definition;
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        const bool opened = parser.value(json) == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : file.open(QIODevice::ReadOnly);
        if (!opened)
            throw ValidationError(QStringLiteral("json"),
                                  CliText::tr("Lecture impossible de %1 : %2")
                                      .arg(parser.value(json), file.errorString()));
        definition = IndicatorDefinition::fromJson(file.readAll());
    }
    const auto db = ctx.openDatabase(true);
    const Indicator i = requireIndicator(*db, parser.value(indicator));
    IndicatorDefinitionStore(*db).setDefinition(i.id, definition);
    ctx.out << (definition ? CliText::tr("Définition enregistrée pour « %1 ».")
                           : CliText::tr("« %1 » est désormais saisi à la main."))
                   .arg(i.label)
            << Qt::endl;
    return Ok;
}

int runTemplates(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Modèles de listes d'indicateurs."));
    if (!ctx.parse(parser))
        return Usage;
    for (const SheetTemplate &t : Templates::all()) {
        const QList<IndicatorTemplate> items = Templates::indicators(t, Uuid::createV7());
        const auto computed = std::count_if(items.begin(), items.end(),
                                            [](const IndicatorTemplate &i) { return i.definition.has_value(); });
        ctx.out << t.code.leftJustified(14) << ' ' << t.title << '\n'
                << "               " << t.source << '\n'
                << "               "
                << CliText::tr("%1 indicateurs, dont %2 calculés").arg(items.size()).arg(computed)
                << '\n';
    }
    ctx.out << Qt::flush;
    return Ok;
}

int runApplyTemplate(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Ajoute à une fiche action les indicateurs d'un modèle."));
    const QCommandLineOption action(QStringLiteral("action"),
                                    CliText::tr("Fiche action : identifiant ou numéro."),
                                    CliText::tr("ID"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"), CliText::tr("Code du modèle (voir « indicator templates »)."),
        CliText::tr("CODE"));
    const QCommandLineOption landlord(
        QStringLiteral("landlord"),
        CliText::tr("Partenaire bailleur porteur, pour les modèles qui en "
                    "distinguent les situations."),
        CliText::tr("ID"));
    PeriodOptions periodOptions;
    parser.addOptions({action, templateOption, landlord});
    periodOptions.addTo(parser);
    if (!ctx.parse(parser))
        return Usage;
    if (missing(ctx, parser, action) || missing(ctx, parser, templateOption))
        return Usage;
    const auto sheetTemplate = Templates::find(parser.value(templateOption));
    if (!sheetTemplate)
        throw ValidationError(QStringLiteral("template"),
                              CliText::tr("Modèle « %1 » inconnu (voir « indicator templates »).")
                                  .arg(parser.value(templateOption)));
    Uuid landlordId;
    if (parser.isSet(landlord)) {
        landlordId = Uuid::fromString(parser.value(landlord));
        if (landlordId.isNull())
            throw ValidationError(QStringLiteral("landlord"),
                                  CliText::tr("Identifiant attendu (UUID)."));
    }
    const auto db = ctx.openDatabase(true);
    const Uuid sheet = ActionSheetLookup::resolve(*db, parser.value(action), periodOptions.period(parser));
    const Templates::Applied applied = Templates::apply(*db, sheet, *sheetTemplate, landlordId);
    ctx.out << CliText::tr(
                   "%1 indicateurs créés, %2 existants complétés d'une définition, %3 inchangés.")
                   .arg(applied.created)
                   .arg(applied.defined)
                   .arg(applied.unchanged)
            << Qt::endl;
    return Ok;
}

void printUsage(QTextStream &out)
{
    out << CliText::tr("Usage : passerelle-cli indicator SOUS-COMMANDE [options]") << "\n\n"
        << CliText::tr("Sous-commandes :") << '\n'
        << "  list            "
        << CliText::tr("Indicateurs d'une fiche et leur valeur (--action, période).") << '\n'
        << "  trace           "
        << CliText::tr("Enregistrements derrière une valeur (--indicator, période).") << '\n'
        << "  define          "
        << CliText::tr("Enregistre une définition JSON (--indicator, --json | --manual).") << '\n'
        << "  templates       " << CliText::tr("Modèles de listes d'indicateurs.") << '\n'
        << "  apply-template  "
        << CliText::tr("Ajoute les indicateurs d'un modèle à une fiche (--action, --template).")
        << '\n'
        << Qt::flush;
}
} // namespace

int runIndicator(CliContext &ctx)
{
    const QString sub = ctx.args.value(1);
    const struct
    {
        const char *name;
        int (*run)(CliContext &);
    } subcommands[] = {{"list", runList},
                       {"trace", runTrace},
                       {"define", runDefine},
                       {"templates", runTemplates},
                       {"apply-template", runApplyTemplate}};
    for (const auto &s : subcommands) {
        if (sub != QLatin1String(s.name))
            continue;
        // The subcommand parses "indicator <sub> …" as its program name and options.
        QStringList args = ctx.args.mid(2);
        args.prepend(ctx.args.value(0) + QLatin1Char(' ') + sub);
        CliContext subContext{args, ctx.dbPath, ctx.out, ctx.err};
        return s.run(subContext);
    }
    const bool help = sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
                      sub == QLatin1String("help");
    if (!help)
        ctx.err << CliText::tr("Sous-commande inconnue : %1").arg(sub) << "\n\n";
    printUsage(help && !sub.isEmpty() ? ctx.out : ctx.err);
    return help && !sub.isEmpty() ? Ok : Usage;
}

} // namespace passerelle::cli
