#include "demo/DemoVocabulary.h"

#include <cstring>

namespace passerelle {

namespace {

const char *const femaleNames[] = {
    "Camille",  "Nathalie", "Sandrine",  "Isabelle", "Sophie",  "Céline", "Valérie",   "Aurélie",
    "Émilie",   "Julie",    "Christine", "Martine",  "Monique", "Sylvie", "Catherine", "Françoise",
    "Laetitia", "Élodie",   "Manon",     "Léa",      "Chloé",   "Inès",   "Sarah",     "Océane",
    "Josiane",  "Yvette",   "Nadia",     "Fatima",   "Karima",  "Pauline"};
const char *const maleNames[] = {
    "Jean",    "Michel",  "Philippe", "Alain", "Patrick", "Christophe", "Stéphane", "Laurent",
    "Thierry", "Pascal",  "Éric",     "David", "Nicolas", "Sébastien",  "Julien",   "Kevin",
    "Mickaël", "Anthony", "Dylan",    "Lucas", "Hugo",    "Théo",       "Mohamed",  "Karim",
    "Bernard", "Gérard",  "Daniel",   "René",  "Gilles",  "Franck"};
// Surnames are assembled from these halves ("Belandier", "Corebrune"…): plausible to the
// eye, borne by nobody.
const char *const starts[] = {"Bel", "Cor", "Dam",  "Fal",  "Gar", "Lan", "Mor", "Per", "Ros",
                              "Val", "Ver", "Bran", "Char", "Fon", "Gré", "Mar", "Sau", "Tour"};
const char *const ends[] = {"andier", "ebrune", "ignac", "ouvel", "essart", "aumont",
                            "illard", "elin",   "oteau", "ugère", "emont",  "ardel"};

const DemoPartnerDefinition partnerList[] = {
    {"LOGISENS", "social_landlord", "Aurillac", "Service accompagnement social", "04 65 71 10 01",
     "accompagnement@logisens.example.org",
     "Bailleur porteur de l'équipe mobile précarité (opération « 10 000 logements accompagnés »)."},
    {"Chaumont Habitat", "social_landlord", "Chaumont", "Chargée de gestion locative sociale",
     "03 53 48 10 02", "gestion-sociale@chaumont-habitat.example.org",
     "Bailleur à l'origine du dispositif de pair-aidance (situations d'incurie)."},
    {"Hamaris", "social_landlord", "Chaumont", "Conseillère sociale", "03 53 48 10 03",
     "conseil-social@hamaris.example.org", nullptr},
    {"Agence immobilière du Centre (bailleur privé)", "private_landlord", "Langres", "Gestionnaire",
     "03 53 48 10 04", "gestion@agence-centre.example.org", nullptr},
    {"CCAS de Chaumont", "ccas", "Chaumont", "Accueil social", "03 53 48 10 05",
     "accueil@ccas-chaumont.example.org", nullptr},
    {"CIAS du Grand Langres", "ccas", "Langres", "Travailleuse sociale", "03 53 48 10 06",
     "cias@grand-langres.example.org", nullptr},
    {"CCAS d'Aurillac", "ccas", "Aurillac", "Accueil social", "04 65 71 10 07",
     "ccas@aurillac.example.org", nullptr},
    {"CCAS de Saint-Flour", "ccas", "Saint-Flour", "Accueil social", "04 65 71 10 08",
     "ccas@saint-flour.example.org", nullptr},
    {"CMP adultes de Chaumont", "cmp", "Chaumont", "Infirmier de secteur", "03 53 48 10 09",
     "cmp-chaumont@chhm.example.org", nullptr},
    {"CMP adultes de Langres", "cmp", "Langres", "Infirmière de secteur", "03 53 48 10 10",
     "cmp-langres@chhm.example.org", nullptr},
    {"Centre hospitalier de Haute-Marne (CHHM 52)", "hospital_psychiatry", "Saint-Dizier",
     "Cadre de santé", "03 53 48 10 11", "secretariat@chhm.example.org",
     "Partenaire fondateur du dispositif de pair-aidance."},
    {"Centre hospitalier d'Aurillac — psychiatrie", "hospital_psychiatry", "Aurillac",
     "Médecin psychiatre", "04 65 71 10 12", "psychiatrie@ch-aurillac.example.org",
     "Établissement de rattachement du médecin coordinateur de l'équipe mobile."},
    {"Urgences du centre hospitalier de Chaumont", "emergency", "Chaumont", "Cadre des urgences",
     "03 53 48 10 13", "urgences@ch-chaumont.example.org", nullptr},
    {"Maison de santé pluriprofessionnelle de Langres", "gp", "Langres", "Secrétariat médical",
     "03 53 48 10 14", "msp@langres-sante.example.org", nullptr},
    {"Cabinet de médecine générale d'Arpajon-sur-Cère", "gp", "Arpajon-sur-Cère",
     "Secrétariat médical", "04 65 71 10 15", "cabinet@arpajon-medecins.example.org", nullptr},
    {"Cabinet de psychiatrie libérale de Langres", "specialist", "Langres", "Secrétariat",
     "03 53 48 10 16", "rdv@psy-langres.example.org", nullptr},
    {"CSAPA de Chaumont", "csapa", "Chaumont", "Infirmière en addictologie", "03 53 48 10 17",
     "csapa@chaumont-addictions.example.org", nullptr},
    {"CAARUD de Haute-Marne", "caarud", "Saint-Dizier", "Éducateur de rue", "03 53 48 10 18",
     "caarud@hm-rdr.example.org", nullptr},
    {"Circonscription d'action sociale de Langres", "social_services", "Langres",
     "Assistante sociale de secteur", "03 53 48 10 19", "cas-langres@haute-marne.example.org",
     nullptr},
    {"Mission locale de Chaumont", "mission_locale", "Chaumont", "Conseiller insertion",
     "03 53 48 10 20", "contact@ml-chaumont.example.org", nullptr},
    {"GEM « Le Fil d'Ariane »", "gem", "Chaumont", "Animatrice", "03 53 48 10 21",
     "gem-filariane@example.org",
     "Groupe d'entraide mutuelle d'où viennent plusieurs travailleurs pairs."},
    {"UNAFAM de Haute-Marne", "unafam", "Chaumont", "Bénévole délégué", "03 53 48 10 22",
     "52@unafam.example.org", nullptr},
    {"Service mandataire judiciaire de l'UDAF 52", "guardianship", "Chaumont",
     "Mandataire judiciaire", "03 53 48 10 23", "mjpm@udaf52.example.org", nullptr},
    {"Tribunal judiciaire de Chaumont", "justice", "Chaumont", "Greffe", "03 53 48 10 24",
     "greffe@tj-chaumont.example.org", nullptr},
    {"CAF de la Haute-Marne", "caf", "Chaumont", "Travailleuse sociale", "03 53 48 10 25",
     "action-sociale@caf52.example.org", nullptr},
    {"TREMPLIN 52", "association", "Chaumont", "Chargée d'insertion", "03 53 48 10 26",
     "contact@tremplin52.example.org",
     "Association intermédiaire qui salarie les travailleurs pairs à l'heure."},
    {"Mairie de Langres", "municipality", "Langres", "Élue aux solidarités", "03 53 48 10 27",
     "solidarites@langres.example.org", nullptr},
    {"DDETS — services de l'État (logement accompagné)", "state", "Chaumont",
     "Chargé de mission logement", "03 53 48 10 28", "logement@ddets52.example.org", nullptr},
    {"ARS Grand Est — délégation de Haute-Marne", "ars", "Chaumont", "Chargée de prévention",
     "03 53 48 10 29", "ars-dt52@ars-grandest.example.org", nullptr},
    {"ARS Auvergne-Rhône-Alpes — délégation du Cantal", "ars", "Aurillac",
     "Chargé de mission santé mentale", "04 65 71 10 30", "ars-dt15@ars-ara.example.org", nullptr},
    {"Conseil départemental de la Haute-Marne", "department", "Chaumont", "Service insertion",
     "03 53 48 10 31", "insertion@haute-marne.example.org", nullptr},
    {"Conseil départemental du Cantal", "department", "Aurillac", "Service action sociale",
     "04 65 71 10 32", "action-sociale@cantal.example.org", nullptr},
};
static_assert(std::size(partnerList) == DemoPartnerKey::Count);

const char *const personNeeds[] = {"Retrouver un logement propre et vivable",
                                   "Être moins seul, avoir de la visite",
                                   "Remettre de l'ordre dans les papiers",
                                   "Garder le logement, ne pas être expulsé",
                                   "Reprendre contact avec le médecin",
                                   "Savoir gérer le budget du mois",
                                   "Retrouver une activité, sortir de chez soi",
                                   "Renouer avec la famille",
                                   "Dormir mieux, être moins angoissé",
                                   "Faire les courses sans appréhension",
                                   "Être écouté sans être jugé",
                                   "Réduire la consommation d'alcool"};
const char *const professionalNeeds[] = {"Rétablir le contact avec un locataire qui n'ouvre plus",
                                         "Éviter la procédure d'expulsion engagée",
                                         "Sécuriser le logement (risque électrique, encombrement)",
                                         "Favoriser l'accès aux soins psychiques",
                                         "Mettre en place une aide-ménagère",
                                         "Apurer la dette locative avec un plan d'étalement",
                                         "Apaiser les conflits de voisinage",
                                         "Étayer l'équipe de première ligne démunie",
                                         "Préparer une sortie d'hospitalisation",
                                         "Ouvrir les droits (AAH, complémentaire santé)",
                                         "Évaluer la capacité à vivre seul dans le logement"};
const char *const notes[] = {"Situation suivie en lien étroit avec le bailleur.",
                             "Préfère les visites en fin de matinée.",
                             "Contact plus facile par téléphone que par courrier.",
                             "Présence d'un animal au domicile.",
                             "A déjà été accompagné par le dispositif par le passé.",
                             "Accord pour échanger avec le médecin traitant."};
const char *const compositionSingle[] = {"Personne seule", "Personne seule, sans enfant",
                                         "Personne seule, enfants placés"};
const char *const compositionCouple[] = {"Couple sans enfant", "Couple, enfants partis du foyer"};
const char *const compositionFamily[] = {"Couple avec enfants", "Famille recomposée"};
const char *const compositionSingleParent[] = {"Famille monoparentale",
                                               "Parent seul avec enfant majeur"};
const char *const compositionRelative[] = {"Personne hébergeant un proche",
                                           "Cohabitation avec un parent âgé"};

const char *const homeVisitNotes[] = {
    "Visite au domicile : la personne a ouvert la porte et accepté l'échange.",
    "Logement plus rangé qu'à la dernière visite, pièce principale dégagée.",
    "Échange autour du quotidien et de l'estime de soi.",
    "Point sur le courrier en attente, tri fait ensemble.",
    "Personne fatiguée, visite écourtée à sa demande.",
    "Préparation ensemble de la venue du technicien du bailleur."};
const char *const interviewNotes[] = {
    "Premier entretien : présentation du binôme et du dispositif.",
    "Entretien d'évaluation des besoins exprimés par la personne.",
    "Point d'étape sur les objectifs de l'accompagnement.",
    "Échange sur le rétablissement et le partage d'expérience.",
    "Entretien téléphonique de suivi, situation stable."};
const char *const accompanimentNotes[] = {"Accompagnement au CMP pour un premier rendez-vous.",
                                          "Accompagnement chez le médecin traitant.",
                                          "Accompagnement à la CAF pour la mise à jour du dossier.",
                                          "Accompagnement pour des courses alimentaires.",
                                          "Accompagnement à l'audience au tribunal."};
const char *const declutteringNotes[] = {
    "Désencombrement de la cuisine avec l'entreprise d'insertion.",
    "Récupération d'objets et tri avec la personne.",
    "Évacuation des encombrants, prévention du risque électrique.",
    "Aménagement de la chambre après désencombrement."};
const char *const administrativeNotes[] = {
    "Constitution du dossier de demande d'AAH.", "Demande d'aide au FSL déposée.",
    "Mise en place d'un plan d'apurement avec le bailleur.",
    "Prise de rendez-vous auprès de l'assistante sociale de secteur.",
    "Renouvellement de la complémentaire santé solidaire."};
const char *const synthesisNotes[] = {
    "Point de synthèse du binôme travailleur pair / professionnel.",
    "Synthèse avec le bailleur et le CCAS.", "Réunion de concertation autour de la situation."};
const char *const partnerContactNotes[] = {
    "Échange téléphonique avec le bailleur sur l'état du logement.",
    "Contact avec le CMP pour coordonner le suivi.",
    "Appel du médecin traitant, accord pour une visite conjointe.",
    "Contact avec le mandataire judiciaire."};
const char *const otherNotes[] = {"Participation à une activité du GEM.",
                                  "Sortie culturelle accompagnée."};
const char *const cancelled[] = {
    "Annulé à la demande de la personne.", "Annulé : intervenant indisponible.",
    "Reporté pour cause d'hospitalisation.", "Annulé : intempéries, route impraticable."};
const char *const missed[] = {"Personne absente au rendez-vous.", "Porte close lors de la visite.",
                              "Pas de réponse au téléphone à l'heure convenue."};

const char *const infoTitles[] = {"Réunion d'information sur la souffrance psychique",
                                  "Présentation du dispositif aux acteurs du territoire",
                                  "Temps d'information collectif — communauté de communes",
                                  "Information des gardiens d'immeuble"};
const char *const infoTopics[] = {
    "Repérer la souffrance psychique chez un locataire ; à qui s'adresser",
    "Le rôle du travailleur pair ; l'« aller vers » ; comment solliciter le dispositif",
    "Troubles psychiques et maintien dans le logement ; situations d'incurie",
    "Prévention du risque suicidaire ; ressources du territoire"};
const char *const workshopTitles[] = {
    "Atelier estime de soi", "Atelier cuisine à petit budget", "Atelier « Prendre soin de soi »",
    "Groupe de parole",      "Atelier budget et papiers",      "Sortie collective"};
const char *const workshopTopics[] = {"Estime de soi ; confiance ; partage d'expériences",
                                      "Alimentation ; budget ; convivialité",
                                      "Sommeil ; hygiène de vie ; gestion du stress",
                                      "Démarches administratives ; gestion du courrier"};
const char *const partnerTitles[] = {
    "Rencontre partenaires du dispositif", "Réunion d'échange avec le bailleur",
    "Rencontre avec le CCAS et la circonscription d'action sociale", "Comité de suivi"};
const char *const partnerTopics[] = {
    "Bilan des situations ; circuits d'orientation ; difficultés rencontrées",
    "Situations d'impayés ; prévention des expulsions",
    "Coordination des interventions ; articulation avec le droit commun",
    "Bilan annuel ; indicateurs ; perspectives"};
const char *const trainingTitles[] = {"Formation des travailleurs pairs",
                                      "Formation croisée santé mentale et logement",
                                      "Premiers secours en santé mentale"};
const char *const trainingTopics[] = {
    "Posture du travailleur pair ; rétablissement ; limites de l'intervention",
    "Troubles psychiques ; repérage ; orientation vers le soin",
    "Crise suicidaire ; conduite à tenir"};
const char *const synthesisTitles[] = {"Réunion de synthèse pluridisciplinaire",
                                       "Synthèse d'équipe", "Analyse de pratiques"};
const char *const synthesisTopics[] = {"Situations complexes ; stratégie d'intervention",
                                       "Relais vers le droit commun ; fins d'accompagnement",
                                       "Posture ; situations difficiles ; soutien de l'équipe"};
const char *const thematicTitles[] = {"Journée thématique santé mentale et logement",
                                      "Semaines d'information sur la santé mentale",
                                      "Conférence « Psychiatrie citoyenne »"};
const char *const thematicTopics[] = {"Habiter son logement ; pair-aidance ; témoignages",
                                      "Santé mentale et environnement ; stigmatisation",
                                      "Rétablissement ; citoyenneté ; savoirs expérientiels"};
const char *const commissionTitles[] = {"Cellule d'orientation", "Commission appartement",
                                        "Comité d'orientation"};
const char *const commissionTopics[] = {
    "Examen des nouvelles situations ; décisions d'orientation",
    "Attribution des logements ; suivi des situations en cours"};
const char *const places[] = {"Locaux du service",
                              "Salle municipale",
                              "Maison des associations",
                              "Centre social",
                              "Appartement mis à disposition par le bailleur",
                              "Salle de réunion du CMP",
                              "Médiathèque"};

const char *const acceptedNotes[] = {"Accord pour un accompagnement par le binôme.",
                                     "Situation relevant du dispositif, accompagnement proposé."};
const char *const refusedNotes[] = {"Situation hors critères du dispositif.",
                                    "Personne déjà accompagnée par un autre service."};
const char *const postponedNotes[] = {"Situation à réexaminer à la prochaine séance."};
const char *const redirectedNotes[] = {"Orientation vers le CMP de secteur.",
                                       "Orientation vers le service social départemental."};
const char *const grantedNotes[] = {"Logement attribué en résidence accueil.",
                                    "Appartement attribué en sous-location."};
const char *const informationNotes[] = {"Demande d'un avis médical avant décision.",
                                        "Compléments demandés au partenaire orienteur."};
const char *const endedNotes[] = {"Fin d'accompagnement validée, relais pris par le droit commun."};

const char *const assessments[] = {"Auto-évaluation remplie avec le travailleur pair.",
                                   "Observation de l'équipe lors de la visite à domicile.",
                                   "Évaluation croisée personne / équipe.",
                                   "Évaluation faite au bureau."};

template <std::size_t N> std::span<const char *const> span(const char *const (&array)[N])
{
    return {array, N};
}

} // namespace

std::span<const char *const> DemoVocabulary::femaleFirstNames()
{
    return span(femaleNames);
}
std::span<const char *const> DemoVocabulary::maleFirstNames()
{
    return span(maleNames);
}
std::span<const char *const> DemoVocabulary::surnameStarts()
{
    return span(starts);
}
std::span<const char *const> DemoVocabulary::surnameEnds()
{
    return span(ends);
}
std::span<const DemoPartnerDefinition> DemoVocabulary::partners()
{
    return partnerList;
}

const char *DemoVocabulary::casePartnerRole(const char *partnerType)
{
    static const struct
    {
        const char *type;
        const char *role;
    } roles[] = {{"social_landlord", "Bailleur"},
                 {"private_landlord", "Bailleur"},
                 {"ccas", "Aide sociale et financière"},
                 {"cmp", "Suivi psychiatrique"},
                 {"hospital_psychiatry", "Soins psychiatriques"},
                 {"emergency", "Passage aux urgences"},
                 {"gp", "Médecin traitant"},
                 {"specialist", "Suivi spécialisé"},
                 {"csapa", "Soins en addictologie"},
                 {"caarud", "Réduction des risques"},
                 {"social_services", "Accompagnement social"},
                 {"mission_locale", "Insertion professionnelle"},
                 {"gem", "Entraide et loisirs"},
                 {"unafam", "Soutien de l'entourage"},
                 {"guardianship", "Mesure de protection"},
                 {"justice", "Procédure"},
                 {"caf", "Droits et prestations"},
                 {"association", "Insertion"},
                 {"municipality", "Appui de la commune"}};
    for (const auto &r : roles) {
        if (std::strcmp(r.type, partnerType) == 0)
            return r.role;
    }
    return "Partenaire";
}

std::span<const char *const> DemoVocabulary::needsPerson()
{
    return span(personNeeds);
}
std::span<const char *const> DemoVocabulary::needsProfessional()
{
    return span(professionalNeeds);
}
std::span<const char *const> DemoVocabulary::caseNotes()
{
    return span(notes);
}

std::span<const char *const> DemoVocabulary::compositionNotes(Composition composition)
{
    switch (composition) {
    case Composition::Single:
        return span(compositionSingle);
    case Composition::Couple:
        return span(compositionCouple);
    case Composition::CoupleWithChildren:
        return span(compositionFamily);
    case Composition::SingleParent:
        return span(compositionSingleParent);
    case Composition::WithRelative:
        return span(compositionRelative);
    }
    return span(compositionSingle);
}

const char *DemoVocabulary::statusChangeReason(int toStatus, int variant)
{
    static const char *const identified[] = {"Saisine reçue",
                                             "Situation repérée par un partenaire"};
    static const char *const oriented[] = {"Orientation décidée en commission",
                                           "Orientation validée par la coordination"};
    static const char *const accompanied[] = {"Premier rendez-vous du binôme",
                                              "Accord de la personne pour l'accompagnement"};
    switch (toStatus) {
    case DemoCodes::Identified:
        return identified[variant % 2];
    case DemoCodes::Oriented:
        return oriented[variant % 2];
    case DemoCodes::Accompanied:
        return accompanied[variant % 2];
    default:
        return nullptr; // closing uses closeReasonText()
    }
}

const char *DemoVocabulary::closeReasonText(int closeReason)
{
    static const char *const texts[] = {"Objectifs de l'accompagnement atteints",
                                        "Relais pris par un partenaire de droit commun",
                                        "La personne ne souhaite plus être accompagnée",
                                        "Plus de nouvelles malgré plusieurs relances",
                                        "Déménagement hors du territoire",
                                        "Expulsion du logement",
                                        "Hospitalisation de longue durée",
                                        "Décès de la personne",
                                        "Situation hors critères du dispositif",
                                        "Autre motif"};
    return texts[closeReason];
}

std::span<const char *const> DemoVocabulary::doneNotes(int interventionType)
{
    switch (interventionType) {
    case DemoCodes::Interview:
        return span(interviewNotes);
    case DemoCodes::HomeVisit:
        return span(homeVisitNotes);
    case DemoCodes::Accompaniment:
        return span(accompanimentNotes);
    case DemoCodes::Decluttering:
        return span(declutteringNotes);
    case DemoCodes::Administrative:
        return span(administrativeNotes);
    case DemoCodes::Synthesis:
        return span(synthesisNotes);
    case DemoCodes::PartnerContact:
        return span(partnerContactNotes);
    default:
        return span(otherNotes);
    }
}

std::span<const char *const> DemoVocabulary::cancelledNotes()
{
    return span(cancelled);
}
std::span<const char *const> DemoVocabulary::missedNotes()
{
    return span(missed);
}

std::span<const char *const> DemoVocabulary::sessionTitles(int kind)
{
    switch (kind) {
    case DemoCodes::InformationMeeting:
        return span(infoTitles);
    case DemoCodes::Workshop:
        return span(workshopTitles);
    case DemoCodes::PartnerMeeting:
        return span(partnerTitles);
    case DemoCodes::Training:
        return span(trainingTitles);
    case DemoCodes::SynthesisMeeting:
        return span(synthesisTitles);
    case DemoCodes::ThematicDay:
        return span(thematicTitles);
    default:
        return span(commissionTitles);
    }
}

std::span<const char *const> DemoVocabulary::sessionTopics(int kind)
{
    switch (kind) {
    case DemoCodes::InformationMeeting:
        return span(infoTopics);
    case DemoCodes::Workshop:
        return span(workshopTopics);
    case DemoCodes::PartnerMeeting:
        return span(partnerTopics);
    case DemoCodes::Training:
        return span(trainingTopics);
    case DemoCodes::SynthesisMeeting:
        return span(synthesisTopics);
    case DemoCodes::ThematicDay:
        return span(thematicTopics);
    default:
        return span(commissionTopics);
    }
}

std::span<const char *const> DemoVocabulary::sessionPlaces()
{
    return span(places);
}

std::span<const char *const> DemoVocabulary::reviewNotes(int decision)
{
    switch (decision) {
    case DemoCodes::Accepted:
        return span(acceptedNotes);
    case DemoCodes::DecisionRefused:
        return span(refusedNotes);
    case DemoCodes::Postponed:
        return span(postponedNotes);
    case DemoCodes::Redirected:
        return span(redirectedNotes);
    case DemoCodes::HousingGranted:
        return span(grantedNotes);
    case DemoCodes::MoreInformation:
        return span(informationNotes);
    default:
        return span(endedNotes);
    }
}

std::span<const char *const> DemoVocabulary::assessmentNotes()
{
    return span(assessments);
}

} // namespace passerelle
