#include "indicators/Templates.h"

#include "domain/Validation.h"
#include "indicators/IndicatorDefinitionStore.h"
#include "indicators/IndicatorEngine.h"
#include "repositories/IndicatorRepository.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <algorithm>

namespace passerelle {

namespace {

using D = IndicatorDefinition;
constexpr auto Process = IndicatorKind::Process;
constexpr auto Result = IndicatorKind::Result;
constexpr auto Impact = IndicatorKind::Impact;

IndicatorTemplate entry(IndicatorKind kind, const QString &label, std::optional<D> definition,
                        const QString &target = {})
{
    return {kind, label, target, std::move(definition)};
}

MeasureSpec spec(Measure m, FilterMap filters = {})
{
    return {m, std::move(filters)};
}

// The cases a review calls "accompanied": accompanied at some point of the period.
FilterMap accompanied(FilterMap more = {})
{
    more[Filter::Period] = choice(CasePeriod::AccompaniedActive);
    return more;
}

QList<IndicatorTemplate> pairAidance()
{
    const FilterMap infoMeetings{{Filter::SessionKind, codes({"information_meeting"})}};
    FilterMap infoDone = infoMeetings;
    infoDone[Filter::Status] = codes({"done"});
    const auto declared = [](const char *dimension) {
        return accompanied({{Filter::Assessed, assessed(QString::fromLatin1(dimension),
                                                        QStringLiteral("person"), 4)}});
    };
    return {
        entry(Process, TemplatesText::tr("Nombre de rencontres réalisées"),
              D::count(Measure::Sessions, {{Filter::SessionKind, codes({"partner_meeting"})},
                                           {Filter::Status, codes({"done"})}})),
        entry(Process, TemplatesText::tr("Typologie des partenaires rencontrés"),
              D::breakdown(Measure::Participants, Category::ParticipantTypology,
                           {{Filter::SessionKind, codes({"partner_meeting"})}})),
        entry(Process, TemplatesText::tr("Type de besoins identifiés"), std::nullopt),
        entry(Process, TemplatesText::tr("Nombre de supports de communication créés et diffusés"),
              D::count(Measure::Materials)),
        entry(Process, TemplatesText::tr("Type de supports de communication créés et diffusés"),
              D::breakdown(Measure::Materials, Category::MaterialType)),
        entry(Process,
              TemplatesText::tr("Nombre de personnes accompagnées / personnes identifiées"),
              D::ratio(spec(Measure::Cases, accompanied()), spec(Measure::Cases))),
        entry(Process,
              TemplatesText::tr(
                  "Typologie des problématiques rencontrées par les personnes accompagnées"),
              D::breakdown(Measure::Cases, Category::Problem, accompanied())),
        entry(Process,
              TemplatesText::tr(
                  "Typologie des problématiques rencontrées par les partenaires ayant sollicité le "
                  "dispositif pair-aidance"),
              D::breakdown(Measure::Cases, Category::Problem,
                           {{Filter::Referred, flag(true)},
                            {Filter::Period, choice(CasePeriod::Identified)}})),
        entry(Process,
              TemplatesText::tr(
                  "Bénéfices perçus et limites identifiées du dispositif par les personnes "
                  "accompagnées, les travailleurs pairs et les professionnels concernés"),
              std::nullopt),
        entry(Process, TemplatesText::tr("Besoins exprimés par les personnes accompagnées"),
              std::nullopt),
        entry(Process, TemplatesText::tr("Besoins exprimés par les professionnels"), std::nullopt),
        entry(Process,
              TemplatesText::tr(
                  "Nombre de partenaires mobilisés autour de la situation des personnes "
                  "accompagnées, par situation"),
              D::ratio(spec(Measure::PartnerLinks, accompanied()),
                       spec(Measure::Cases, accompanied()), D::Display::Decimal)),
        entry(Process,
              TemplatesText::tr(
                  "Nombre de partenaires mobilisés autour de la situation des personnes "
                  "accompagnées, pour l'ensemble du dispositif pair-aidance"),
              D::count(Measure::PartnersMobilised, accompanied()),
              TemplatesText::tr("une vingtaine")),
        entry(Process,
              TemplatesText::tr("Nombre de travailleurs pairs intervenant sur le dispositif"),
              D::count(Measure::Workers, {{Filter::WorkerRole, codes({"peer_worker"})}})),
        entry(Process, TemplatesText::tr("Nombre de travailleurs pairs formés"),
              D::count(Measure::TrainedWorkers, {{Filter::WorkerRole, codes({"peer_worker"})}})),
        entry(Process, TemplatesText::tr("Heures d'intervention des travailleurs pairs"),
              D::count(Measure::WorkerHours, {{Filter::WorkerRole, codes({"peer_worker"})}})),
        entry(Process, TemplatesText::tr("Nombre de réunions d'informations réalisées / prévues"),
              D::ratio(spec(Measure::Sessions, infoDone), spec(Measure::Sessions, infoMeetings)),
              TemplatesText::tr("une par communauté de communes et par an")),
        entry(Process, TemplatesText::tr("Nombre de participants aux réunions d'information"),
              D::count(Measure::Participants, infoMeetings)),
        entry(Process, TemplatesText::tr("Typologie des participants aux réunions d'information"),
              D::breakdown(Measure::Participants, Category::ParticipantTypology, infoMeetings)),
        entry(Process,
              TemplatesText::tr("Typologie de problématiques abordées lors de ces réunions"),
              std::nullopt),
        entry(Result,
              TemplatesText::tr(
                  "Nombre de personnes accompagnées déclarant avoir pu renouer un contact avec le "
                  "« monde extérieur » / nombre de personnes accompagnées"),
              D::ratio(spec(Measure::Cases, declared("outside_contact")),
                       spec(Measure::Cases, accompanied()))),
        entry(Result,
              TemplatesText::tr(
                  "Nombre d'acteurs ayant sollicité le dispositif déclarant avoir pu amorcer un "
                  "contact avec la personne accompagnée / sollicitation(s) / nombre d'acteurs "
                  "ayant sollicité le dispositif"),
              std::nullopt),
        entry(Result,
              TemplatesText::tr(
                  "Nombre de personnes en capacité d'exprimer leurs besoins / nombre de personnes "
                  "accompagnées"),
              D::ratio(spec(Measure::Cases,
                            accompanied({{Filter::Assessed,
                                          assessed(QStringLiteral("needs_expression"), {}, 4)}})),
                       spec(Measure::Cases, accompanied()))),
        entry(Result,
              TemplatesText::tr(
                  "Nombre de personnes exprimant avoir trouvé des réponses et les ressources "
                  "nécessaires par rapport à leurs besoins de départ / nombre de personnes "
                  "accompagnées"),
              std::nullopt),
        entry(Result,
              TemplatesText::tr(
                  "Nombre de professionnels déclarant comprendre ce qu'est la maladie psychique / "
                  "nombre de professionnels présents aux réunions"),
              std::nullopt),
        entry(Result,
              TemplatesText::tr(
                  "Nombre de professionnels déclarant être en capacité d'accompagner les personnes "
                  "en souffrance psychique / nombre de professionnels présents aux réunions"),
              std::nullopt),
        entry(Result,
              TemplatesText::tr(
                  "Nombre de personnes accompagnées déclarant observer un changement dans la "
                  "posture des professionnels mobilisés autour de leur situation / nombre de "
                  "personnes accompagnées"),
              std::nullopt),
        entry(Impact,
              TemplatesText::tr(
                  "Évolution positive des situations des personnes accompagnées en matière de "
                  "logement"),
              D::evolution(QStringLiteral("housing"))),
        entry(Impact,
              TemplatesText::tr(
                  "Évolution positive des situations des personnes accompagnées en matière de lien "
                  "social"),
              D::evolution(QStringLiteral("social_ties"))),
        entry(Impact,
              TemplatesText::tr(
                  "Évolution positive des situations des personnes accompagnées en matière de "
                  "recours aux soins somatiques et psychiques"),
              D::evolution(QStringLiteral("care_use"))),
        entry(Impact,
              TemplatesText::tr(
                  "Évolution positive des situations des personnes accompagnées en matière "
                  "d'adhésion à l'aide institutionnelle"),
              D::evolution(QStringLiteral("institutional_adherence"))),
    };
}

QList<IndicatorTemplate> mobileTeam(const Uuid &landlord, const QString &landlordName)
{
    const FilterMap atEnd{{Filter::Period, choice(CasePeriod::ActiveAtEnd)}};
    const FilterMap training{{Filter::SessionKind, codes({"training", "information_meeting"})},
                             {Filter::Status, codes({"done"})}};
    QList<IndicatorTemplate> out = {
        entry(Process, TemplatesText::tr("Nombre de personnes concernées par l'expérimentation"),
              D::count(Measure::People), TemplatesText::tr("30 personnes")),
        entry(Process,
              TemplatesText::tr(
                  "Nombre de ménages accompagnés (situations LOGISENS / hors LOGISENS)"),
              D::count(Measure::Households, accompanied()), TemplatesText::tr("30 ménages")),
        entry(Process, TemplatesText::tr("File active en fin de période (situations)"),
              D::count(Measure::Cases, atEnd)),
    };
    const QString name =
        landlordName.isEmpty() ? TemplatesText::tr("du bailleur porteur") : landlordName;
    if (!landlord.isNull()) {
        FilterMap with = atEnd;
        with[Filter::Landlord] = codes(QStringList{landlord.toString()});
        FilterMap without = atEnd;
        without[Filter::Landlord] = notCodes(QStringList{landlord.toString()});
        out.append(entry(
            Process, TemplatesText::tr("Situations %1 (file active en fin de période)").arg(name),
            D::count(Measure::Cases, with)));
        out.append(
            entry(Process,
                  TemplatesText::tr("Situations hors %1 (file active en fin de période)").arg(name),
                  D::count(Measure::Cases, without)));
    } else {
        out.append(entry(
            Process, TemplatesText::tr("Situations %1 (file active en fin de période)").arg(name),
            std::nullopt));
        out.append(
            entry(Process,
                  TemplatesText::tr("Situations hors %1 (file active en fin de période)").arg(name),
                  std::nullopt));
    }
    out += {
        entry(Process, TemplatesText::tr("Interventions posées / effectives, par canal"),
              D::ratio(spec(Measure::Interventions, {{Filter::Status, codes({"done"})}}),
                       spec(Measure::Interventions))),
        entry(Process, TemplatesText::tr("Nombre de réunions de la cellule d'orientation"),
              D::count(Measure::Sessions, {{Filter::SessionKind, codes({"commission"})},
                                           {Filter::Status, codes({"done"})}})),
        entry(Process, TemplatesText::tr("Situations examinées en cellule d'orientation"),
              D::count(Measure::CommissionReviews)),
        entry(Process, TemplatesText::tr("Sollicitations des partenaires par type de partenaire"),
              D::breakdown(Measure::PartnerLinks, Category::PartnerType, accompanied())),
        entry(Process, TemplatesText::tr("Nombre de partenaires mobilisés"),
              D::count(Measure::PartnersMobilised, accompanied())),
        entry(Process, TemplatesText::tr("Entretiens individuels réalisés"),
              D::count(Measure::Interventions, {{Filter::InterventionType, codes({"interview"})},
                                                {Filter::Status, codes({"done"})}})),
        entry(Process, TemplatesText::tr("Heures d'intervention de l'équipe"),
              D::count(Measure::WorkerHours)),
        entry(Process, TemplatesText::tr("Équivalents temps plein de l'équipe"),
              D::count(Measure::Fte), TemplatesText::tr("1,70 ETP")),
        entry(Process, TemplatesText::tr("Réunions de synthèse pluridisciplinaires"),
              D::count(Measure::Sessions, {{Filter::SessionKind, codes({"synthesis_meeting"})},
                                           {Filter::Status, codes({"done"})}})),
        entry(Process,
              TemplatesText::tr(
                  "Actions de formation et d'information des acteurs de première ligne"),
              D::count(Measure::Sessions, training)),
        entry(Process, TemplatesText::tr("Participants aux actions de formation et d'information"),
              D::count(Measure::Participants, training)),
        entry(Result,
              TemplatesText::tr("Nombre de procédures d'expulsion évitées / ménages accompagnés"),
              std::nullopt),
        entry(Result,
              TemplatesText::tr(
                  "Nombre de personnes ayant accédé aux soins / personnes accompagnées"),
              D::ratio(spec(Measure::Cases,
                            accompanied({{Filter::Assessed, assessed(QStringLiteral("care_use"),
                                                                     QStringLiteral("team"), 4)}})),
                       spec(Measure::Cases, accompanied()))),
        entry(Result,
              TemplatesText::tr("Situations relayées vers le droit commun / situations clôturées"),
              D::ratio(spec(Measure::Cases, {{Filter::Period, choice(CasePeriod::Closed)},
                                             {Filter::CloseReason, codes({"handed_over"})}}),
                       spec(Measure::Cases, {{Filter::Period, choice(CasePeriod::Closed)}}))),
        entry(Impact, TemplatesText::tr("Amélioration des conditions de vie"),
              D::evolution(QStringLiteral("living_conditions"))),
        entry(Impact, TemplatesText::tr("Apaisement de la souffrance psychologique"),
              D::evolution(QStringLiteral("psychological_distress"))),
        entry(Impact, TemplatesText::tr("Socialisation"),
              D::evolution(QStringLiteral("social_ties"))),
        entry(Impact, TemplatesText::tr("Responsabilisation"),
              D::evolution(QStringLiteral("responsibility"))),
    };
    return out;
}

Uuid onlySocialLandlord(Database &db, const Uuid &sheetId)
{
    SqliteStatement q(db.handle(),
                      "SELECT p.id FROM action_sheet_partner asp JOIN partner p ON p.id = asp.partner_id"
                      " WHERE asp.action_sheet_id = ? AND p.partner_type = 'social_landlord'"
                      " AND p.archived_at IS NULL");
    q.bindBlob(1, sheetId.bytes());
    QList<Uuid> found;
    while (q.step())
        found.append(Uuid::fromBytes(q.blob(0)));
    return found.size() == 1 ? found.first() : Uuid();
}

QString partnerName(Database &db, const Uuid &partnerId)
{
    SqliteStatement q(db.handle(), "SELECT name FROM partner WHERE id = ?");
    q.bindBlob(1, partnerId.bytes());
    return q.step() ? q.text(0) : QString();
}

} // namespace

const QList<SheetTemplate> &Templates::all()
{
    static const QList<SheetTemplate> list = {
        {QStringLiteral("pair-aidance"),
         TemplatesText::tr("Dispositif de pair-aidance (fiche action CLS)"),
         TemplatesText::tr(
             "Fiche action 3.3.1 « Dispositif de PAIR-AIDANCE », CLS du Pays de Langres"),
         false},
        {QStringLiteral("mobile-team"),
         TemplatesText::tr("Équipe mobile précarité (logements accompagnés)"),
         TemplatesText::tr(
             "Opération « 10 000 logements accompagnés », équipe mobile précarité LOGISENS"),
         true},
    };
    return list;
}

std::optional<SheetTemplate> Templates::find(QStringView code)
{
    for (const SheetTemplate &t : all())
        if (t.code == code)
            return t;
    return std::nullopt;
}

QList<IndicatorTemplate> Templates::indicators(const SheetTemplate &sheetTemplate,
                                               const Uuid &landlord, const QString &landlordName)
{
    if (sheetTemplate.code == QLatin1String("mobile-team"))
        return mobileTeam(landlord, landlordName);
    return pairAidance();
}

Templates::Applied Templates::apply(Database &db, const Uuid &actionSheetId,
                                    const SheetTemplate &sheetTemplate, const Uuid &landlord,
                                    const Clock &clock)
{
    Transaction tx(db.handle());
    IndicatorRepository indicators(db, clock);
    IndicatorDefinitionStore definitions(db, clock);
    SqliteStatement sheet(db.handle(), "SELECT 1 FROM action_sheet WHERE id = ?");
    sheet.bindBlob(1, actionSheetId.bytes());
    if (!sheet.step())
        throw ValidationError(QStringLiteral("action_sheet_id"),
                              TemplatesText::tr("Cette fiche action n'existe pas."));

    Uuid carrier = landlord;
    if (sheetTemplate.needsLandlord && carrier.isNull()) {
        carrier = onlySocialLandlord(db, actionSheetId);
        if (carrier.isNull())
            throw ValidationError(
                QStringLiteral("landlord"),
                TemplatesText::tr("Ce modèle compte les situations du bailleur porteur : "
                                  "indiquez ce partenaire (la fiche n'a pas un unique "
                                  "bailleur social parmi ses partenaires)."));
    }
    const QString name = carrier.isNull() ? QString() : partnerName(db, carrier);
    if (!carrier.isNull() && name.isNull())
        throw ValidationError(QStringLiteral("landlord"),
                              TemplatesText::tr("Ce partenaire n'existe pas."));

    const QList<Indicator> existing = indicators.list(actionSheetId, true);
    Applied applied;
    int position = 0;
    for (const IndicatorTemplate &t : Templates::indicators(sheetTemplate, carrier, name)) {
        ++position;
        const auto same = std::find_if(existing.begin(), existing.end(), [&t](const Indicator &i) {
            return i.kind == t.kind && i.label.trimmed() == t.label;
        });
        if (same != existing.end()) {
            IndicatorEngine engine(db);
            if (t.definition && !engine.definitionOf(same->id)) {
                definitions.setDefinition(same->id, t.definition);
                ++applied.defined;
            } else {
                ++applied.unchanged;
            }
            continue;
        }
        Indicator indicator;
        indicator.actionSheetId = actionSheetId;
        indicator.kind = t.kind;
        indicator.position = position;
        indicator.label = t.label;
        indicator.target = t.target;
        const Uuid id = indicators.create(indicator);
        if (t.definition)
            definitions.setDefinition(id, t.definition);
        ++applied.created;
    }
    tx.commit();
    return applied;
}

} // namespace passerelle
