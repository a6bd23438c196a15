#include "demo/DemoActionSheetContent.h"

#include "demo/DemoProgrammeProfile.h"
#include "demo/DemoVocabulary.h"

namespace passerelle {

namespace {
using C = DemoActionSheetContent;
using VK = DemoActionSheetContent::ValueKind;
namespace P = DemoPartnerKey;

// ------------------------------------------------------------------ pair-aidance (seed 000)
const char *const paTypologies[] = {"new", "innovative"};
const C::CodeWithObjective paPrs[] = {
    {"axis4",
     "Objectif 04.0 - Faciliter l'accès aux soins intégrés, à la prévention et à la réduction "
     "des risques et des dommages pour l'ensemble des personnes en souffrance psychique"}};
const C::CodeWithObjective outsidePrse3[] = {{"outside", nullptr}};
const char *const paDeterminants[] = {"income"};
const char *const paActionTypes[] = {"individual_support", "communication", "team_support",
                                     "coordination"};
const char *const paResults[] = {"A2", "A3", "B4", "C3", "D"};
const char *const paPublics[] = {"mental_distress", "socioeconomic_difficulty", "tenants",
                                 "social_professionals", "health_professionals"};
const char *const paThemes[] = {"mental_health", "housing", "precarity", "social_ties"};
const char *const paPlaces[] = {"home", "community_venue"};
const char *const paCommunes[] = {
    "Langres",   "Chalindrey",     "Val-de-Meuse", "Fayl-Billot",    "Bourbonne-les-Bains",
    "Rolampont", "Longeau-Percey", "Prauthoy",     "Saints-Geosmes", "Chaumont"};
const C::Partner paPartners[] = {{P::ChaumontHabitat, "Bailleur partenaire, repère les situations"},
                                 {P::GemFilAriane, "Vivier des travailleurs pairs"},
                                 {P::Unafam52, "Soutien des familles"},
                                 {P::Chhm52, "Appui psychiatrique"},
                                 {P::Tremplin52, "Salarie les travailleurs pairs à l'heure"},
                                 {P::CiasGrandLangres, "Relais sur le Pays de Langres"},
                                 {P::SocialServicesLangres, "Orientation des situations"}};
const C::Objective paObjectives[] = {
    {"Communiquer sur le dispositif de PAIR AIDANCE auprès des acteurs du territoire du Pays de "
     "Langres à travers différents supports de communication ainsi qu'à l'occasion de rencontres",
     "Au premier semestre %1", 0, 6},
    {"Réaliser un état des lieux des besoins avec les acteurs du territoire rencontrés", "En %1", 0,
     12},
    {"Former de nouveaux travailleurs pairs qui interviendront sur le territoire du Pays de "
     "Langres",
     "En %1", 0, 12},
    {"À partir des sollicitations et des orientations des partenaires, mettre en place des "
     "accompagnements auprès des personnes identifiées dans le cadre du dispositif de PAIR AIDANCE",
     "Chaque année", 0, 0},
    {"Organiser un temps d'information collectif sur les problématiques liées à la souffrance "
     "psychique, auprès des acteurs du territoire, sur chaque communauté de communes du territoire "
     "du Pays de Langres",
     "Chaque année", 0, 0}};
const C::Step paSteps[] = {
    {"Communication sur le déploiement du dispositif sur le Pays de Langres : identification des "
     "acteurs à rencontrer (bailleurs, circonscription d'action sociale, CCAS, CIAS, MSAP), "
     "rencontres de présentation, diffusion de plaquettes, identification des besoins",
     0, 6},
    {"Renforcement de l'équipe des travailleurs pairs pour déployer le dispositif sur l'ensemble "
     "du "
     "territoire : recrutement et formation des travailleurs pairs",
     0, 12},
    {"Mise en œuvre du dispositif : accompagnement des personnes identifiées par un binôme "
     "travailleur pair / professionnel (désencombrement, prévention des risques, investissement du "
     "logement, démarches administratives)",
     1, 0},
    {"Temps d'information auprès des acteurs du territoire sur l'expérience de la souffrance "
     "psychique et la manifestation du trouble psychique ; journées thématiques",
     1, 0},
    {"Évaluation : bilan annuel des actions mises en place avec les partenaires, présenté au "
     "comité "
     "de suivi",
     1, 12}};
const C::Indicator paIndicators[] = {
    {"process", "Nombre de rencontres réalisées", nullptr, VK::Computed},
    {"process", "Typologie des partenaires rencontrés", nullptr, VK::Computed},
    {"process", "Type de besoins identifiés", nullptr, VK::Computed},
    {"process", "Nombre de supports de communication créés et diffusés", nullptr, VK::Computed},
    {"process", "Type de supports de communication créés et diffusés", nullptr, VK::Computed},
    {"process", "Nombre de personnes accompagnées / personnes identifiées", nullptr, VK::Computed},
    {"process", "Typologie des problématiques rencontrées par les personnes accompagnées", nullptr,
     VK::Computed},
    {"process",
     "Typologie des problématiques rencontrées par les partenaires ayant sollicité le dispositif "
     "pair-aidance",
     nullptr, VK::Computed},
    {"process",
     "Bénéfices perçus et limites identifiées du dispositif par les personnes accompagnées, les "
     "travailleurs pairs et les professionnels concernés",
     nullptr, VK::Text},
    {"process", "Besoins exprimés par les personnes accompagnées", nullptr, VK::Computed},
    {"process", "Besoins exprimés par les professionnels", nullptr, VK::Computed},
    {"process",
     "Nombre de partenaires mobilisés autour de la situation des personnes accompagnées par "
     "situation et pour l'ensemble du dispositif pair-aidance",
     "une vingtaine", VK::Computed},
    {"process", "Nombre de travailleurs pairs intervenant sur le dispositif", nullptr,
     VK::Computed},
    {"process", "Nombre de travailleurs pairs formés", nullptr, VK::Computed},
    {"process", "Nombre de réunions d'informations réalisées / prévues",
     "une par communauté de communes et par an", VK::Computed},
    {"process", "Nombre de participants aux réunions d'information", nullptr, VK::Computed},
    {"process", "Typologie des participants aux réunions d'information", nullptr, VK::Computed},
    {"process", "Typologie de problématiques abordées lors de ces réunions", nullptr, VK::Computed},
    {"result",
     "Nombre de personnes accompagnées déclarant avoir pu renouer un contact avec le « monde "
     "extérieur » / nombre de personnes accompagnées",
     nullptr, VK::Computed},
    {"result",
     "Nombre d'acteurs ayant sollicité le dispositif déclarant avoir pu amorcer un contact avec la "
     "personne accompagnée / sollicitation(s) / nombre d'acteurs ayant sollicité le dispositif",
     nullptr, VK::Ratio},
    {"result",
     "Nombre de personnes en capacité d'exprimer leurs besoins / nombre de personnes accompagnées",
     nullptr, VK::Computed},
    {"result",
     "Nombre de personnes exprimant avoir trouvé des réponses et les ressources nécessaires par "
     "rapport à leurs besoins de départ / nombre de personnes accompagnées",
     nullptr, VK::Ratio},
    {"result",
     "Nombre de professionnels déclarant comprendre ce qu'est la maladie psychique / nombre de "
     "professionnels présents aux réunions",
     nullptr, VK::Ratio},
    {"result",
     "Nombre de professionnels déclarant être en capacité d'accompagner les personnes en "
     "souffrance psychique / nombre de professionnels présents aux réunions",
     nullptr, VK::Ratio},
    {"result",
     "Nombre de personnes accompagnées déclarant observer un changement dans la posture des "
     "professionnels mobilisés autour de leur situation / nombre de personnes accompagnées",
     nullptr, VK::Ratio},
    {"impact",
     "Évolution positive des situations des personnes accompagnées en matière de logement", nullptr,
     VK::Computed},
    {"impact",
     "Évolution positive des situations des personnes accompagnées en matière de lien social",
     nullptr, VK::Computed},
    {"impact",
     "Évolution positive des situations des personnes accompagnées en matière de recours aux soins "
     "somatiques et psychiques",
     nullptr, VK::Computed},
    {"impact",
     "Évolution positive des situations des personnes accompagnées en matière d'adhésion à l'aide "
     "institutionnelle",
     nullptr, VK::Computed}};
// Amounts of seed 001's funding split, which the pair-aidance sheet mirrors.
const C::FundingLine paFunding[] = {
    {"État — Délégation interministérielle à l'hébergement et à l'accès au logement",
     P::StateHousing, 70000},
    {"Chaumont Habitat", P::ChaumontHabitat, 40000},
    {"ARS Grand Est", P::ArsGrandEst, 20000},
    {"Conseil départemental de la Haute-Marne", P::Department52, 10000}};
const C::Material paMaterials[] = {
    {"leaflet", "Plaquette de présentation du dispositif de pair-aidance", 600, 520},
    {"poster", "Affiche « Besoin d'un coup de main chez vous ? »", 80, 72},
    {"presentation", "Diaporama de présentation aux acteurs du Pays de Langres", 1, 1},
    {"press", "Article de presse locale sur les travailleurs pairs", 1, 1}};

const char *const paPrevTypologies[] = {"experimental", "innovative"};
const char *const paPrevCommunes[] = {"Chaumont", "Brottes", "Chamarandes-Choignes"};
const C::Partner paPrevPartners[] = {{P::ChaumontHabitat, "Bailleur à l'origine de la démarche"},
                                     {P::GemFilAriane, "Vivier des travailleurs pairs"},
                                     {P::Unafam52, "Soutien des familles"},
                                     {P::Chhm52, "Appui psychiatrique"}};
const C::Objective paPrevObjectives[] = {
    {"Consolider l'accompagnement des locataires en souffrance psychique de l'agglomération de "
     "Chaumont",
     "Chaque année", 0, 0},
    {"Stabiliser une équipe de travailleurs pairs issus du GEM", "En %1", 1, 12}};
const C::Step paPrevSteps[] = {
    {"Accompagnement des situations repérées par Chaumont Habitat par le binôme", 0, 0},
    {"Conférence sur la psychiatrie citoyenne à Chaumont", 0, 10},
    {"Bilan de la phase de consolidation et projet d'essaimage", 2, 12}};
const C::Indicator paPrevIndicators[] = {
    {"process", "Nombre de situations accompagnées", "17 situations", VK::Computed},
    {"process", "Heures d'intervention des travailleurs pairs", "200 heures", VK::Computed},
    {"result", "Nombre de partenaires mobilisés autour des situations", "une vingtaine",
     VK::Computed}};

// ------------------------------------------------------------------ mobile team (seed 001)
const char *const empTypologies[] = {"experimental"};
const C::CodeWithObjective empPrs[] = {
    {"axis4",
     "Parcours des personnes en situation de précarité présentant des troubles psychiques"},
    {"axis5", "Maintien dans le logement des personnes vulnérables"}};
const char *const empDeterminants[] = {"income", "housing", "health_services"};
const char *const empActionTypes[] = {"individual_support", "team_support", "coordination"};
const char *const empResults[] = {"A2", "B4", "C1", "D"};
const char *const empPublics[] = {"tenants", "socioeconomic_difficulty", "mental_distress",
                                  "social_professionals"};
const char *const empThemes[] = {"precarity", "housing", "mental_health", "access_to_care"};
const char *const empPlaces[] = {"home", "social_residence"};
const char *const empCommunes[] = {"Aurillac", "Arpajon-sur-Cère", "Laroquebrou", "Saint-Flour",
                                   "Riom-ès-Montagnes"};
const C::Partner empPartners[] = {
    {P::Logisens, "Porteur, met un appartement à disposition de l'équipe"},
    {P::ChAurillac, "Établissement de rattachement du médecin"},
    {P::ArsAuvergne, "Financeur"},
    {P::Department15, "Financeur, services sociaux"},
    {P::CcasAurillac, "Orientation des situations"},
    {P::CcasSaintFlour, "Orientation des situations"}};
const C::Objective empObjectives[] = {
    {"Améliorer les conditions de vie : entretien et adaptation du logement, budget et "
     "remboursement "
     "des dettes, accès aux droits sociaux",
     "Chaque année", 0, 0},
    {"Apaiser la souffrance psychologique : estime de soi, gestion des émotions, diminution des "
     "consommations, accès aux soins",
     "Chaque année", 0, 0},
    {"Favoriser la socialisation : liens familiaux et amicaux, loisirs, lien avec le réseau "
     "associatif",
     "Chaque année", 0, 0},
    {"Favoriser la responsabilisation : prise d'initiative, demande d'aides, autonomisation",
     "Chaque année", 0, 0},
    {"Pérenniser l'équipe mobile précarité dans le droit commun", "Fin %1", 3, 12}};
const C::Step empSteps[] = {
    {"Repérage des situations par les partenaires lorsque leurs interventions sont restées vaines",
     0, 0},
    {"Cellule d'orientation réunie à la demande de LOGISENS pour étudier chaque situation et "
     "décliner une stratégie d'intervention",
     0, 0},
    {"Interventions mobiles au domicile, accueil, orientation et accompagnement vers le droit "
     "commun",
     0, 0},
    {"Formations croisées des professionnels de santé et des travailleurs sociaux", 1, 6},
    {"Bilan de l'expérimentation et préfiguration d'un conseil local de santé mentale", 2, 12}};
const C::Indicator empIndicators[] = {
    {"process", "Nombre de ménages accompagnés (situations LOGISENS / hors LOGISENS)", "30 ménages",
     VK::Computed},
    {"process", "Interventions posées / effectives, par canal", nullptr, VK::Computed},
    {"process", "Nombre de réunions de la cellule d'orientation", nullptr, VK::Computed},
    {"process", "Sollicitations des partenaires par type de partenaire", nullptr, VK::Computed},
    {"result", "Nombre de procédures d'expulsion évitées / ménages accompagnés", nullptr,
     VK::Ratio},
    {"result", "Nombre de personnes ayant accédé aux soins / personnes accompagnées", nullptr,
     VK::Computed},
    {"impact", "Amélioration des conditions de vie", nullptr, VK::Computed},
    {"impact", "Apaisement de la souffrance psychologique", nullptr, VK::Computed},
    {"impact", "Socialisation", nullptr, VK::Computed},
    {"impact", "Responsabilisation", nullptr, VK::Computed}};
const C::FundingLine empFunding[] = {{"État", -1, 70000},
                                     {"LOGISENS", P::Logisens, 40000},
                                     {"ARS Auvergne-Rhône-Alpes", P::ArsAuvergne, 20000},
                                     {"Conseil départemental du Cantal", P::Department15, 10000}};
const C::Material empMaterials[] = {
    {"leaflet", "Plaquette de l'équipe mobile précarité pour les locataires", 400, 310},
    {"presentation", "Présentation de l'expérimentation aux partenaires", 1, 1}};

// ------------------------------------------------------------------ addiction consultations
const char *const addTypologies[] = {"existing"};
const C::CodeWithObjective addPrs[] = {
    {"axis1", "Prévenir les conduites addictives et réduire les risques"},
    {"axis2", "Développer les consultations de proximité"}};
const char *const addDeterminants[] = {"lifestyle", "health_services"};
const char *const addActionTypes[] = {"reception_orientation", "individual_support",
                                      "collective_workshop"};
const char *const addResults[] = {"A2", "C3", "D"};
const char *const addPublics[] = {"socioeconomic_difficulty", "young_people", "families"};
const char *const addThemes[] = {"addictive_behaviour", "access_to_care", "precarity"};
const char *const addPlaces[] = {"health_facility", "community_venue"};
const char *const addCommunes[] = {"Chaumont", "Langres", "Saint-Dizier", "Joinville"};
const C::Partner addPartners[] = {{P::CsapaChaumont, "Consultations et relais"},
                                  {P::Caarud52, "Réduction des risques"},
                                  {P::MspLangres, "Orientation par les médecins traitants"}};
const C::Objective addObjectives[] = {
    {"Proposer une consultation avancée dans chaque bassin de vie", "En %1", 0, 12},
    {"Réduire le délai entre la demande et le premier rendez-vous à moins de 15 jours",
     "Chaque année", 0, 0}};
const C::Step addSteps[] = {{"Ouverture des permanences de consultation avancée", 0, 9},
                            {"Groupes de parole mensuels", 1, 0},
                            {"Bilan annuel avec le CSAPA", 1, 12}};
const C::Indicator addIndicators[] = {
    {"process", "Nombre de personnes reçues en consultation avancée", nullptr, VK::Computed},
    {"process", "Nombre de groupes de parole et de participants", nullptr, VK::Computed},
    {"result", "Nombre de personnes orientées ayant engagé un soin / personnes reçues", nullptr,
     VK::Computed},
    {"impact", "Diminution des consommations déclarée par les personnes", nullptr, VK::Computed}};
const C::FundingLine addFunding[] = {
    {"ARS Grand Est — Fonds d'intervention régional", P::ArsGrandEst, 45000},
    {"MILDECA (État)", -1, 12000},
    {"Mairie de Langres", P::TownLangres, 5000}};
const C::Material addMaterials[] = {{"leaflet", "Flyer des consultations avancées", 800, 650},
                                    {"web", "Page d'information sur le site de l'UDAF", 1, 1}};

// ------------------------------------------------------------------ housing commission (seed 004)
const char *const caTypologies[] = {"existing"};
const C::CodeWithObjective caPrs[] = {
    {"axis5", "Favoriser l'accès et le maintien dans un logement adapté des personnes vivant avec "
              "un trouble psychique"}};
const char *const caDeterminants[] = {"housing", "social_support"};
const char *const caActionTypes[] = {"coordination", "reception_orientation"};
const char *const caResults[] = {"B1", "B4", "C1"};
const char *const caPublics[] = {"mental_distress", "social_professionals", "health_professionals"};
const char *const caThemes[] = {"mental_health", "housing"};
const char *const caPlaces[] = {"social_residence", "shelter", "home"};
const char *const caCommunes[] = {"Chaumont", "Brottes", "Chamarandes-Choignes", "Riaucourt"};
const C::Partner caPartners[] = {{P::ChaumontHabitat, "Membre de la commission"},
                                 {P::Hamaris, "Membre de la commission"},
                                 {P::Chhm52, "Soignants du secteur"},
                                 {P::GuardianshipUdaf52, "Curateurs"},
                                 {P::Unafam52, "Représentants des usagers et des familles"}};
const C::Objective caObjectives[] = {
    {"Examiner chaque mois les demandes de logement des personnes suivies par le secteur",
     "Chaque mois", 0, 0},
    {"Mobiliser des appartements en sous-location et des places en résidence accueil", "En %1", 1,
     12}};
const C::Step caSteps[] = {{"Réunion mensuelle de la commission appartement", 0, 0},
                           {"Conventionnement avec les bailleurs sociaux", 0, 6},
                           {"Bilan annuel en conseil local de santé mentale", 1, 12}};
const C::Indicator caIndicators[] = {
    {"process", "Nombre de situations examinées en commission", nullptr, VK::Computed},
    {"process", "Décisions par type", nullptr, VK::Computed},
    {"result", "Nombre de logements attribués / demandes examinées", nullptr, VK::Computed},
    {"impact", "Maintien dans le logement à un an", nullptr, VK::Ratio}};
const C::FundingLine caFunding[] = {
    {"Conseil départemental de la Haute-Marne", P::Department52, 15000},
    {"ARS Grand Est", P::ArsGrandEst, 8000},
    {"Mairie de Langres", P::TownLangres, 3000}};
const C::Material caMaterials[] = {
    {"leaflet", "Guide de la commission appartement pour les partenaires", 200, 150}};

const char *const paContext =
    "Face au constat du bailleur social Chaumont Habitat, souvent démuni face à des problématiques "
    "rencontrées par des locataires (situations d'incurie, rupture totale de communication avec "
    "les "
    "services sociaux, isolement souvent lié à des troubles psychiques), l'UDAF a proposé une "
    "action "
    "innovante intitulée au départ « Habiter son logement – Nouvel accompagnement pour une "
    "psychiatrie "
    "citoyenne ». Après une phase expérimentale puis une phase de consolidation sur "
    "l'agglomération de "
    "Chaumont (17 situations accompagnées, une vingtaine de partenaires mobilisés, 200 heures "
    "d'intervention des travailleurs pairs en une année), le porteur et ses partenaires proposent "
    "l'essaimage de l'action sur le territoire du Pays de Langres.";
const char *const paImplementation =
    "Un dispositif qui vise à « aller vers » les personnes en souffrance psychique, confrontées à "
    "une "
    "problématique d'accès et de maintien dans le logement, grâce à l'intervention d'un "
    "travailleur "
    "pair ayant vécu des expériences similaires. Le dispositif travaille à 50 % sur la personne et "
    "à "
    "50 % sur l'environnement. Il s'appuie sur un binôme travailleur pair / professionnel qui "
    "permet "
    "de créer une relation de confiance, de travailler l'estime de soi et de renouer le lien avec "
    "l'environnement extérieur. Les missions des travailleurs pairs sont contractualisées sous "
    "forme "
    "d'interventions rémunérées à l'heure avec une association intermédiaire locale.";
const char *const crossEvaluation =
    "Pour chaque indicateur de résultat et d'impact, une évaluation croisée auprès des personnes "
    "accompagnées et de l'équipe (travailleur pair / professionnel) ainsi qu'une comparaison entre "
    "la "
    "déclaration de la personne et les résultats observés par l'équipe. Outils : tableau de bord "
    "de "
    "suivi des activités, entretiens individuels ou questionnaires, comptes rendus des réunions "
    "d'équipe.";

const DemoActionSheetContent sheets[] = {
    {.programme = DemoProgrammeProfile::PairAidance,
     .chainedFrom = -1,
     .number = "3.3.1",
     .title = "Habiter son logement – Nouvel accompagnement pour une psychiatrie citoyenne",
     .clsName = "Contrat de ville de Chaumont",
     .strategicAxis = "Bien-être et mal-être psychologique",
     .carrierStructure = "UDAF de Haute-Marne",
     .carrierReferent = "Responsable du pôle accompagnement",
     .localContext = paContext,
     .specificObjective = "Soutenir les locataires en souffrance psychique isolés par "
                          "l'intervention de travailleurs pairs",
     .implementationSteps =
         "Phase de consolidation sur le territoire de l'agglomération de Chaumont.",
     .targetsInequalities = true,
     .inequalitiesDetail = "Quartiers prioritaires de la politique de la ville de Chaumont",
     .publicPolicies = "Locale, à l'échelle de l'agglomération",
     .citizenParticipation = true,
     .citizenParticipationHow = "Les travailleurs pairs sont issus du GEM et participent à la "
                                "conception des accompagnements.",
     .publicDescription = "Locataires du parc social en souffrance psychique et isolés",
     .peopleConcerned = "environ 20 personnes",
     .placesDescription = "Domicile des personnes, locaux du GEM",
     .startYearOffset = -7,
     .endYearOffset = -5,
     .durationText = "3 ans",
     .frequency = "repeated",
     .frequencyDetail = "Interventions hebdomadaires au domicile",
     .geographicLevel = "intercommunal",
     .department = "52",
     .prsProgramme = "PRS Grand Est — parcours santé mentale",
     .evaluationMethod = crossEvaluation,
     .contact = "pole-accompagnement@udaf52.example.org",
     .typologies = paPrevTypologies,
     .prsAxes = paPrs,
     .prse3Axes = outsidePrse3,
     .determinants = paDeterminants,
     .actionTypes = paActionTypes,
     .resultCategories = paResults,
     .publicCategories = paPublics,
     .themes = paThemes,
     .placeTypes = paPlaces,
     .communes = paPrevCommunes,
     .partners = paPrevPartners,
     .objectives = paPrevObjectives,
     .steps = paPrevSteps,
     .indicators = paPrevIndicators,
     .funding = paFunding,
     .materials = {}},
    {.programme = DemoProgrammeProfile::PairAidance,
     .chainedFrom = 0,
     .number = "3.3.1",
     .title = "Dispositif de PAIR-AIDANCE",
     .clsName = "Contrat local de santé du Pays de Langres",
     .strategicAxis = "Bien-être et mal-être psychologique",
     .carrierStructure = "UDAF de Haute-Marne",
     .carrierReferent = "Responsable du pôle accompagnement",
     .localContext = paContext,
     .specificObjective = "Renforcer les compétences et le pouvoir d'agir des personnes en "
                          "situation de fragilité psychique",
     .implementationSteps = paImplementation,
     .targetsInequalities = true,
     .inequalitiesDetail = "Personnes isolées, à faibles revenus, vivant en quartier prioritaire "
                           "ou en zone rurale éloignée des soins",
     .publicPolicies = "Locale, à l'échelle du département",
     .citizenParticipation = true,
     .citizenParticipationHow =
         "Ce dispositif de PAIR-AIDANCE vise à soutenir les personnes en souffrance psychique "
         "isolées face à une problématique d'accès et de maintien au logement par l'intervention "
         "d'un travailleur pair ayant vécu des expériences similaires.",
     .publicDescription =
         "Personnes en souffrance psychique isolées, confrontées à une problématique d'accès et de "
         "maintien dans le logement ; acteurs du territoire",
     .peopleConcerned = "environ 30 personnes par an",
     .placesDescription =
         "Domicile des personnes ; salles des communautés de communes du Pays de Langres",
     .startYearOffset = -4,
     .endYearOffset = 1,
     .durationText = "Pluriannuelle",
     .frequency = "repeated",
     .frequencyDetail = "Accompagnements continus ; une information collective par an et par "
                        "communauté de communes",
     .geographicLevel = "intercommunal",
     .department = "52",
     .prsProgramme = "PRS Grand Est — parcours santé mentale",
     .evaluationMethod = crossEvaluation,
     .contact = "pole-accompagnement@udaf52.example.org",
     .typologies = paTypologies,
     .prsAxes = paPrs,
     .prse3Axes = outsidePrse3,
     .determinants = paDeterminants,
     .actionTypes = paActionTypes,
     .resultCategories = paResults,
     .publicCategories = paPublics,
     .themes = paThemes,
     .placeTypes = paPlaces,
     .communes = paCommunes,
     .partners = paPartners,
     .objectives = paObjectives,
     .steps = paSteps,
     .indicators = paIndicators,
     .funding = paFunding,
     .materials = paMaterials},
    {.programme = DemoProgrammeProfile::MobileTeam,
     .chainedFrom = -1,
     .number = "EMP-1",
     .title = "Équipe mobile précarité — opération « 10 000 logements accompagnés »",
     .clsName = nullptr,
     .strategicAxis = "Santé mentale et précarité",
     .carrierStructure = "LOGISENS",
     .carrierReferent = "Médecin coordinateur de l'équipe",
     .localContext = "Dans le cadre du pacte État / USH et de l'appel à projets « 10 000 logements "
                     "accompagnés », LOGISENS expérimente un accompagnement pluridisciplinaire "
                     "médico-social des locataires dont d'importantes difficultés mettent en cause "
                     "le maintien dans le logement, avec l'ARS, le centre hospitalier, le Conseil "
                     "départemental, les services de l'État et les CCAS.",
     .specificObjective = "Favoriser une orientation adaptée des locataires rencontrant des "
                          "problèmes de santé mettant en cause le maintien dans leur logement",
     .implementationSteps =
         "Saisine par les partenaires, cellule d'orientation, interventions mobiles au domicile, "
         "relais vers le droit commun, formations croisées.",
     .targetsInequalities = true,
     .inequalitiesDetail = "Ménages en grande précarité du parc social",
     .publicPolicies = "Logement d'abord ; prévention des expulsions",
     .citizenParticipation = false,
     .citizenParticipationHow = nullptr,
     .publicDescription = "Environ 30 ménages logés dans le parc de droit commun du bailleur, et "
                          "quelques situations hors parc",
     .peopleConcerned = "environ 30 ménages",
     .placesDescription =
         "Domicile des locataires ; appartement mis à disposition en quartier prioritaire",
     .startYearOffset = -5,
     .endYearOffset = 1,
     .durationText = "Expérimentation de 3 ans, reconduite",
     .frequency = "repeated",
     .frequencyDetail =
         "Interventions à la demande, cellule d'orientation toutes les deux semaines",
     .geographicLevel = "departmental",
     .department = "15",
     .prsProgramme = "PRS Auvergne-Rhône-Alpes — précarité et santé mentale",
     .evaluationMethod =
         "Bilan annuel des situations (LOGISENS / hors LOGISENS), des interventions posées et "
         "effectives et des quatre familles d'objectifs pour la personne.",
     .contact = "equipe-mobile@logisens.example.org",
     .typologies = empTypologies,
     .prsAxes = empPrs,
     .prse3Axes = outsidePrse3,
     .determinants = empDeterminants,
     .actionTypes = empActionTypes,
     .resultCategories = empResults,
     .publicCategories = empPublics,
     .themes = empThemes,
     .placeTypes = empPlaces,
     .communes = empCommunes,
     .partners = empPartners,
     .objectives = empObjectives,
     .steps = empSteps,
     .indicators = empIndicators,
     .funding = empFunding,
     .materials = empMaterials},
    {.programme = DemoProgrammeProfile::Addiction,
     .chainedFrom = -1,
     .number = "2.4.2",
     .title = "Consultations avancées en addictologie",
     .clsName = "Contrat local de santé du Pays de Langres",
     .strategicAxis = "Conduites addictives",
     .carrierStructure = "UDAF de Haute-Marne",
     .carrierReferent = "Médecin addictologue référent",
     .localContext = "Les personnes éloignées des centres de soins en addictologie consultent tard "
                     "; les médecins traitants demandent des relais de proximité.",
     .specificObjective =
         "Rapprocher l'offre de soins en addictologie des personnes qui en sont éloignées",
     .implementationSteps = "Permanences de consultation avancée, groupes de parole, coordination "
                            "avec le CSAPA et le CAARUD.",
     .targetsInequalities = true,
     .inequalitiesDetail = "Personnes en milieu rural, sans moyen de transport",
     .publicPolicies = "Plan régional de lutte contre les addictions",
     .citizenParticipation = false,
     .citizenParticipationHow = nullptr,
     .publicDescription = "Personnes présentant des conduites addictives et leur entourage",
     .peopleConcerned = "environ 150 personnes par an",
     .placesDescription = "Maisons de santé, salles municipales",
     .startYearOffset = -5,
     .endYearOffset = 1,
     .durationText = "Pluriannuelle",
     .frequency = "repeated",
     .frequencyDetail = "Permanences hebdomadaires",
     .geographicLevel = "departmental",
     .department = "52",
     .prsProgramme = "PRS Grand Est — addictions",
     .evaluationMethod = "Tableau de bord des consultations et questionnaire de fin de suivi.",
     .contact = "addictologie@udaf52.example.org",
     .typologies = addTypologies,
     .prsAxes = addPrs,
     .prse3Axes = outsidePrse3,
     .determinants = addDeterminants,
     .actionTypes = addActionTypes,
     .resultCategories = addResults,
     .publicCategories = addPublics,
     .themes = addThemes,
     .placeTypes = addPlaces,
     .communes = addCommunes,
     .partners = addPartners,
     .objectives = addObjectives,
     .steps = addSteps,
     .indicators = addIndicators,
     .funding = addFunding,
     .materials = addMaterials},
    {.programme = DemoProgrammeProfile::HousingCommission,
     .chainedFrom = -1,
     .number = "CLSM-3",
     .title = "Commission appartement",
     .clsName = "Conseil local de santé mentale de l'agglomération de Chaumont",
     .strategicAxis = "Logement et santé mentale",
     .carrierStructure = "UDAF de Haute-Marne",
     .carrierReferent = "Coordinatrice du CLSM",
     .localContext = "La commission réunit municipalités, bailleurs sociaux, soignants, "
                     "représentants d'usagers et curateurs pour faciliter l'insertion dans un "
                     "logement des personnes suivies par le secteur.",
     .specificObjective =
         "Faciliter l'accès à un logement adapté des personnes vivant avec un trouble psychique",
     .implementationSteps =
         "Examen mensuel des situations, décision collégiale, suivi des attributions.",
     .targetsInequalities = true,
     .inequalitiesDetail = "Personnes suivies en psychiatrie sans logement adapté",
     .publicPolicies = "Logement d'abord",
     .citizenParticipation = true,
     .citizenParticipationHow =
         "Des représentants des usagers et des familles siègent à la commission.",
     .publicDescription = "Personnes suivies par le secteur de psychiatrie",
     .peopleConcerned = "environ 60 demandes par an",
     .placesDescription = "Appartements en sous-location, résidences accueil",
     .startYearOffset = -5,
     .endYearOffset = 1,
     .durationText = "Permanente",
     .frequency = "repeated",
     .frequencyDetail = "Une commission par mois",
     .geographicLevel = "intercommunal",
     .department = "52",
     .prsProgramme = "PRS Grand Est — parcours santé mentale",
     .evaluationMethod = "Suivi des décisions et du maintien dans le logement à un an.",
     .contact = "clsm@udaf52.example.org",
     .typologies = caTypologies,
     .prsAxes = caPrs,
     .prse3Axes = outsidePrse3,
     .determinants = caDeterminants,
     .actionTypes = caActionTypes,
     .resultCategories = caResults,
     .publicCategories = caPublics,
     .themes = caThemes,
     .placeTypes = caPlaces,
     .communes = caCommunes,
     .partners = caPartners,
     .objectives = caObjectives,
     .steps = caSteps,
     .indicators = caIndicators,
     .funding = caFunding,
     .materials = caMaterials},
};
;

const char *const reviews[] = {
    "Les personnes disent se sentir écoutées sans jugement ; les professionnels soulignent "
    "l'apport "
    "du vécu du travailleur pair. Limite : disponibilité horaire réduite des travailleurs pairs.",
    "Relation de confiance plus rapide qu'avec les services classiques ; difficulté à trouver des "
    "relais en psychiatrie sur le Pays de Langres.",
    "Bénéfice reconnu par le bailleur sur les situations d'incurie ; besoin de formation continue "
    "des travailleurs pairs exprimé par l'équipe."};

} // namespace

std::span<const DemoActionSheetContent> DemoActionSheetContent::all()
{
    return sheets;
}

std::span<const char *const> DemoActionSheetContent::reviewTexts()
{
    return reviews;
}

} // namespace passerelle
