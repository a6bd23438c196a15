#pragma once

#include <span>

namespace passerelle {

// A commune where households live or sessions take place; qpvPermille is the share of the
// demo households there that live in a priority neighbourhood (QPV).
struct DemoCommune
{
    const char *name;
    int qpvPermille;
    int weight;
};

// One of the partner organisations the demo creates (kinds of public bodies named in the
// seeds; contacts are functions, not people; phone numbers are taken from the ranges the
// French regulator ARCEP keeps for fiction and e-mail domains end in example.org).
struct DemoPartnerDefinition
{
    const char *name;
    const char *partnerType; // ref_partner_type code
    const char *commune;
    const char *contactName;
    const char *phone;
    const char *email;
    const char *notes;
};

// Positions in DemoVocabulary::partners(), so profiles can name a partner.
namespace DemoPartnerKey {
enum : int
{
    Logisens,
    ChaumontHabitat,
    Hamaris,
    PrivateLandlordAgency,
    CcasChaumont,
    CiasGrandLangres,
    CcasAurillac,
    CcasSaintFlour,
    CmpChaumont,
    CmpLangres,
    Chhm52,
    ChAurillac,
    EmergencyChaumont,
    MspLangres,
    GpAurillac,
    PsychiatristLangres,
    CsapaChaumont,
    Caarud52,
    SocialServicesLangres,
    MissionLocaleChaumont,
    GemFilAriane,
    Unafam52,
    GuardianshipUdaf52,
    CourtChaumont,
    Caf52,
    Tremplin52,
    TownLangres,
    StateHousing,
    ArsGrandEst,
    ArsAuvergne,
    Department52,
    Department15,
    Count
};
} // namespace DemoPartnerKey

// Codes of the shipped reference lists the generator draws from, in a fixed order that the
// weight tables of DemoProgrammeProfile follow.
namespace DemoCodes {
inline constexpr const char *problems[] = {
    "isolation",    "self_neglect",   "rent_arrears",  "neighbour_conflict", "psychiatric_disorder",
    "addiction",    "care_breakdown", "rights_access", "housing_unfit",      "budget",
    "suicide_risk", "other"};
inline constexpr const char *interventionTypes[] = {
    "interview",      "home_visit", "accompaniment",   "decluttering",
    "administrative", "synthesis",  "partner_contact", "other"};
enum InterventionType : int
{
    Interview,
    HomeVisit,
    Accompaniment,
    Decluttering,
    Administrative,
    Synthesis,
    PartnerContact,
    OtherType
};
inline constexpr const char *channels[] = {"home_visit", "phone", "office", "accompaniment",
                                           "other"};
enum Channel : int
{
    ChannelHomeVisit,
    ChannelPhone,
    ChannelOffice,
    ChannelAccompaniment,
    ChannelOther
};
inline constexpr const char *closeReasons[] = {
    "goals_reached", "handed_over",  "refused",  "lost_contact", "moved",
    "evicted",       "hospitalised", "deceased", "not_eligible", "other"};
enum CloseReason : int
{
    GoalsReached,
    HandedOver,
    Refused,
    LostContact,
    Moved,
    Evicted,
    Hospitalised,
    Deceased,
    NotEligible,
    OtherReason
};
inline constexpr const char *housingKinds[] = {"social_rental", "private_rental", "owner", "hosted",
                                               "shelter",       "residence",      "none",  "other"};
inline constexpr const char *evictionStages[] = {
    "none",      "arrears_notice", "payment_order",     "summons",
    "judgement", "leave_order",    "police_assistance", "evicted"};
inline constexpr const char *participantTypologies[] = {
    "health_professional", "social_worker", "landlord_staff", "elected", "resident",
    "peer_worker",         "family",        "volunteer",      "other"};
inline constexpr const char *sessionKinds[] = {
    "information_meeting", "workshop",     "partner_meeting", "training",
    "synthesis_meeting",   "thematic_day", "commission"};
enum SessionKind : int
{
    InformationMeeting,
    Workshop,
    PartnerMeeting,
    Training,
    SynthesisMeeting,
    ThematicDay,
    Commission,
    SessionKindCount
};
inline constexpr const char *statuses[] = {"identified", "oriented", "accompanied", "closed"};
enum Status : int
{
    Identified,
    Oriented,
    Accompanied,
    Closed
};
inline constexpr const char *decisions[] = {"accepted",   "refused",         "postponed",
                                            "redirected", "housing_granted", "more_information",
                                            "ended"};
enum Decision : int
{
    Accepted,
    DecisionRefused,
    Postponed,
    Redirected,
    HousingGranted,
    MoreInformation,
    Ended,
    DecisionCount
};
} // namespace DemoCodes

// French words and sentences the demo data is made of. Every person is fictitious: first
// names are common ones, surnames are assembled from syllables so that no real person is
// named, and no text mentions a name.
class DemoVocabulary
{
public:
    static std::span<const char *const> femaleFirstNames();
    static std::span<const char *const> maleFirstNames();
    static std::span<const char *const> surnameStarts();
    static std::span<const char *const> surnameEnds();

    static std::span<const DemoPartnerDefinition> partners();
    // Role of a partner mobilised on a case, by partner type code.
    static const char *casePartnerRole(const char *partnerType);

    static std::span<const char *const> needsPerson();
    static std::span<const char *const> needsProfessional();
    static std::span<const char *const> caseNotes();
    enum class Composition
    {
        Single,
        Couple,
        CoupleWithChildren,
        SingleParent,
        WithRelative
    };
    static std::span<const char *const> compositionNotes(Composition composition);
    static const char *statusChangeReason(int toStatus, int variant);
    static const char *closeReasonText(int closeReason);

    // Notes of interventions by type (DemoCodes::InterventionType) and outcome.
    static std::span<const char *const> doneNotes(int interventionType);
    static std::span<const char *const> cancelledNotes();
    static std::span<const char *const> missedNotes();

    static std::span<const char *const> sessionTitles(int kind);
    static std::span<const char *const> sessionTopics(int kind);
    static std::span<const char *const> sessionPlaces();
    static std::span<const char *const> reviewNotes(int decision);
    static std::span<const char *const> assessmentNotes();
};

} // namespace passerelle
