#include "demo/DemoProgrammeProfile.h"

namespace passerelle {

namespace {
namespace P = DemoPartnerKey;

// Chaumont agglomeration and Pays de Langres (seed 000), Cantal communes of seed 001.
const DemoCommune pairAidanceCommunes[] = {{"Chaumont", 450, 40},
                                           {"Langres", 250, 18},
                                           {"Chalindrey", 0, 6},
                                           {"Val-de-Meuse", 0, 4},
                                           {"Fayl-Billot", 0, 3},
                                           {"Bourbonne-les-Bains", 0, 4},
                                           {"Rolampont", 0, 3},
                                           {"Longeau-Percey", 0, 2},
                                           {"Prauthoy", 0, 2},
                                           {"Saints-Geosmes", 0, 3},
                                           {"Nogent", 0, 5},
                                           {"Brottes", 0, 2},
                                           {"Chamarandes-Choignes", 0, 3},
                                           {"Bologne", 0, 2},
                                           {"Biesles", 0, 2}};
const DemoCommune mobileTeamCommunes[] = {{"Aurillac", 350, 50},       {"Arpajon-sur-Cère", 0, 12},
                                          {"Laroquebrou", 0, 5},       {"Saint-Flour", 200, 15},
                                          {"Riom-ès-Montagnes", 0, 6}, {"Ytrac", 0, 5},
                                          {"Mauriac", 0, 5},           {"Murat", 0, 3}};
const DemoCommune addictionCommunes[] = {
    {"Chaumont", 450, 35}, {"Langres", 250, 15}, {"Saint-Dizier", 400, 30},
    {"Joinville", 0, 6},   {"Nogent", 0, 5},     {"Bourbonne-les-Bains", 0, 4},
    {"Wassy", 0, 4}};
const DemoCommune commissionCommunes[] = {
    {"Chaumont", 450, 60}, {"Brottes", 0, 4}, {"Chamarandes-Choignes", 0, 5},
    {"Riaucourt", 0, 3},   {"Bologne", 0, 3}, {"Nogent", 0, 5},
    {"Langres", 250, 10}};

const DemoStaffPost pairAidanceTeam[] = {
    {"coordinator", "Conseillère en économie sociale et familiale — coordinatrice", "COO", 50, 'f'},
    {"professional", "Assistante de service social", "AS", 50, 'f'},
    {"professional", "Infirmier", "IDE", 30, 'm'},
    {"professional", "Psychologue", "PSY", 20, 0},
    {"peer_worker", "Travailleur pair", "TP", 20, 'm'},
    {"peer_worker", "Travailleur pair", "TP", 15, 'm'},
    {"peer_worker", "Travailleuse paire", "TP", 15, 'f'}};
const DemoStaffPost mobileTeam[] = {{"coordinator", "Médecin coordinateur", "MED", 10, 'm'},
                                    {"professional", "Cadre de santé", "CDS", 10, 0},
                                    {"professional", "Psychologue", "PSY", 50, 0},
                                    {"professional", "Infirmier", "IDE", 80, 'm'},
                                    {"professional", "Assistant socio-éducatif", "ASE", 20, 'm'}};
const DemoStaffPost addictionTeam[] = {
    {"coordinator", "Médecin addictologue", "MED", 20, 0},
    {"professional", "Infirmière en addictologie", "IDE", 80, 'f'},
    {"professional", "Psychologue", "PSY", 30, 0},
    {"professional", "Éducateur spécialisé", "ES", 50, 'm'}};
const DemoStaffPost commissionTeam[] = {
    {"coordinator", "Coordinatrice du conseil local de santé mentale", "COO", 50, 'f'},
    {"professional", "Assistante de service social", "AS", 30, 'f'}};

const DemoWeight pairAidanceReferrers[] = {{P::ChaumontHabitat, 30},
                                           {P::Hamaris, 10},
                                           {P::CcasChaumont, 12},
                                           {P::CiasGrandLangres, 8},
                                           {P::CmpChaumont, 10},
                                           {P::CmpLangres, 6},
                                           {P::SocialServicesLangres, 8},
                                           {P::GemFilAriane, 5},
                                           {P::Unafam52, 4},
                                           {P::MspLangres, 5},
                                           {P::GuardianshipUdaf52, 4}};
const DemoWeight mobileTeamReferrers[] = {{P::Logisens, 60},      {P::CcasAurillac, 12},
                                          {P::CcasSaintFlour, 6}, {P::ChAurillac, 10},
                                          {P::GpAurillac, 6},     {P::Department15, 6}};
const DemoWeight addictionReferrers[] = {{P::MspLangres, 20},         {P::CsapaChaumont, 20},
                                         {P::EmergencyChaumont, 20},  {P::CmpChaumont, 10},
                                         {P::Caarud52, 10},           {P::CcasChaumont, 10},
                                         {P::PsychiatristLangres, 5}, {P::CourtChaumont, 5}};
const DemoWeight commissionReferrers[] = {{P::Chhm52, 35},       {P::CmpChaumont, 25},
                                          {P::CmpLangres, 10},   {P::GuardianshipUdaf52, 10},
                                          {P::CcasChaumont, 10}, {P::StateHousing, 10}};

const DemoWeight hauteMarneLandlords[] = {{P::ChaumontHabitat, 60}, {P::Hamaris, 40}};
const DemoWeight cantalLandlords[] = {{P::Logisens, 1}};

const DemoWeight pairAidanceMobilised[] = {
    {P::CmpChaumont, 12},        {P::CmpLangres, 6},
    {P::MspLangres, 10},         {P::CcasChaumont, 8},
    {P::CiasGrandLangres, 5},    {P::SocialServicesLangres, 8},
    {P::GemFilAriane, 8},        {P::Caf52, 6},
    {P::GuardianshipUdaf52, 5},  {P::EmergencyChaumont, 4},
    {P::PsychiatristLangres, 3}, {P::CsapaChaumont, 4},
    {P::Tremplin52, 3},          {P::Unafam52, 3}};
const DemoWeight mobileTeamMobilised[] = {{P::ChAurillac, 20},   {P::GpAurillac, 15},
                                          {P::CcasAurillac, 12}, {P::CcasSaintFlour, 5},
                                          {P::Department15, 10}, {P::GuardianshipUdaf52, 2}};
const DemoWeight addictionMobilised[] = {{P::CsapaChaumont, 20},    {P::Caarud52, 10},
                                         {P::MspLangres, 12},       {P::CmpChaumont, 8},
                                         {P::EmergencyChaumont, 8}, {P::MissionLocaleChaumont, 5},
                                         {P::CcasChaumont, 8},      {P::Caf52, 5}};
const DemoWeight commissionMobilised[] = {
    {P::Chhm52, 15}, {P::CmpChaumont, 15}, {P::GuardianshipUdaf52, 10},
    {P::Caf52, 8},   {P::CcasChaumont, 8}, {P::GemFilAriane, 6},
    {P::Unafam52, 4}};

const char *const pairAidanceReasons[] = {
    "Situation d'incurie signalée par le bailleur",
    "Isolement, rupture de contact avec les services sociaux",
    "Troubles psychiques, refus de soins, risque pour le logement",
    "Plaintes de voisinage et logement très encombré",
    "Sortie d'hospitalisation en psychiatrie sans relais",
    "Impayés de loyer et courrier non ouvert",
    "Demande de la personne après une rencontre au GEM",
    "Inquiétude de la famille relayée par l'UNAFAM"};
const char *const mobileTeamReasons[] = {
    "Impayés importants, procédure d'expulsion engagée",
    "Troubles du comportement mettant en cause le maintien dans le logement",
    "Interventions sociales restées vaines, souffrance psychique apparente",
    "Logement dégradé, hygiène préoccupante",
    "Conflits de voisinage répétés",
    "Refus de soins somatiques, plaie non soignée"};
const char *const addictionReasons[] = {
    "Consommation d'alcool mettant en danger le maintien à domicile",
    "Passages répétés aux urgences en lien avec l'alcool",
    "Demande d'accompagnement vers le soin en addictologie",
    "Rupture de traitement de substitution", "Orientation par le médecin traitant"};
const char *const commissionReasons[] = {
    "Sortie d'hospitalisation longue, recherche d'un logement adapté",
    "Demande de logement en résidence accueil", "Hébergement chez un tiers devenu impossible",
    "Logement actuel inadapté aux troubles", "Fin de prise en charge en centre d'hébergement"};

//                                  info  wksp partner train synth thema commission
constexpr std::array<int, 7> pairAidanceSessions{60, 21, 30, 180, 30, 365, 30};
constexpr std::array<int, 7> mobileTeamSessions{90, 0, 45, 180, 14, 730, 14};
constexpr std::array<int, 7> addictionSessions{120, 28, 60, 365, 30, 0, 0};
constexpr std::array<int, 7> commissionSessions{0, 0, 90, 0, 60, 0, 28};

const DemoProgrammeProfile profiles[] = {
    {.code = "PA",
     .name = "Dispositif de pair-aidance",
     .description = "Binômes travailleur pair / professionnel qui vont vers les personnes en "
                    "souffrance psychique isolées face à une problématique d'accès et de maintien "
                    "dans le logement.",
     .territory = "Agglomération de Chaumont et Pays de Langres",
     .yearsRunningBeforeWindow = 6,
     .casePermille = 400,
     .householdPermille = 1000,
     .skipOrientationPermille = 150,
     .earlyClosePermille = 120,
     .meanAccompanimentDays = 420,
     .peerPairs = true,
     .commissionTitle = "Comité d'orientation pair-aidance",
     .communes = pairAidanceCommunes,
     .team = pairAidanceTeam,
     .referrers = pairAidanceReferrers,
     .socialLandlords = hauteMarneLandlords,
     .mobilised = pairAidanceMobilised,
     .referralReasons = pairAidanceReasons,
     //                iso incu arr vois psy addi rupt droi insa budg suic autr
     .problemWeights = {30, 25, 12, 10, 28, 8, 10, 8, 6, 8, 4, 2},
     //                          int vad acc dése adm syn part autr
     .interventionTypeWeights = {15, 35, 14, 8, 12, 5, 10, 1},
     //                    soc priv prop héb abri rés sans autr
     .housingKindWeights = {70, 12, 4, 6, 2, 3, 2, 1},
     .dimensions = {"housing", "social_ties", "care_use", "institutional_adherence"},
     .sessionEveryDays = pairAidanceSessions},
    {.code = "EMP",
     .name = "Équipe mobile précarité",
     .description = "Équipe pluridisciplinaire médico-sociale qui intervient au domicile des "
                    "locataires en grande difficulté, à la demande des partenaires, pour éviter "
                    "l'expulsion et ouvrir l'accès aux soins.",
     .territory = "Département du Cantal (parc LOGISENS)",
     .yearsRunningBeforeWindow = 3,
     .casePermille = 300,
     .householdPermille = 1000,
     .skipOrientationPermille = 50,
     .earlyClosePermille = 150,
     .meanAccompanimentDays = 300,
     .peerPairs = false,
     .commissionTitle = "Cellule d'orientation",
     .communes = mobileTeamCommunes,
     .team = mobileTeam,
     .referrers = mobileTeamReferrers,
     .socialLandlords = cantalLandlords,
     .mobilised = mobileTeamMobilised,
     .referralReasons = mobileTeamReasons,
     .problemWeights = {12, 14, 28, 14, 25, 10, 12, 12, 8, 14, 3, 2},
     .interventionTypeWeights = {25, 30, 14, 3, 10, 8, 10, 0},
     .housingKindWeights = {88, 4, 0, 4, 1, 2, 1, 0},
     .dimensions = {"living_conditions", "psychological_distress", "social_ties", "responsibility"},
     .sessionEveryDays = mobileTeamSessions},
    {.code = "ADD",
     .name = "Consultations avancées en addictologie",
     .description = "Consultations de proximité et accompagnement vers le soin des personnes "
                    "présentant des conduites addictives, en lien avec le CSAPA et les médecins "
                    "traitants.",
     .territory = "Haute-Marne",
     .yearsRunningBeforeWindow = 2,
     .casePermille = 200,
     .householdPermille = 850,
     .skipOrientationPermille = 400,
     .earlyClosePermille = 180,
     .meanAccompanimentDays = 200,
     .peerPairs = false,
     .commissionTitle = nullptr,
     .communes = addictionCommunes,
     .team = addictionTeam,
     .referrers = addictionReferrers,
     .socialLandlords = hauteMarneLandlords,
     .mobilised = addictionMobilised,
     .referralReasons = addictionReasons,
     .problemWeights = {10, 5, 6, 5, 12, 45, 12, 6, 2, 8, 5, 2},
     .interventionTypeWeights = {55, 5, 10, 0, 10, 5, 15, 0},
     .housingKindWeights = {35, 30, 10, 10, 6, 3, 5, 1},
     .dimensions = {"psychological_distress", "care_use", "social_ties", "living_conditions"},
     .sessionEveryDays = addictionSessions},
    {.code = "CA",
     .name = "Commission appartement",
     .description = "Commission du conseil local de santé mentale qui examine les demandes de "
                    "logement des personnes suivies en psychiatrie et décide des attributions, "
                    "avec les bailleurs.",
     .territory = "Agglomération de Chaumont",
     .yearsRunningBeforeWindow = 8,
     .casePermille = 100,
     .householdPermille = 1000,
     .skipOrientationPermille = 0,
     .earlyClosePermille = 250,
     .meanAccompanimentDays = 360,
     .peerPairs = false,
     .commissionTitle = "Commission appartement",
     .communes = commissionCommunes,
     .team = commissionTeam,
     .referrers = commissionReferrers,
     .socialLandlords = hauteMarneLandlords,
     .mobilised = commissionMobilised,
     .referralReasons = commissionReasons,
     .problemWeights = {12, 4, 6, 4, 30, 6, 10, 14, 18, 8, 3, 3},
     .interventionTypeWeights = {30, 20, 5, 0, 25, 5, 15, 0},
     .housingKindWeights = {20, 10, 0, 30, 20, 10, 8, 2},
     .dimensions = {"housing", "living_conditions", "social_ties", "responsibility"},
     .sessionEveryDays = commissionSessions},
};
static_assert(std::size(profiles) == DemoProgrammeProfile::Count);

} // namespace

std::span<const DemoProgrammeProfile> DemoProgrammeProfile::all()
{
    return profiles;
}

} // namespace passerelle
