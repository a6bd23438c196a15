#pragma once

#include <span>

namespace passerelle {

// The text of the demo action sheets (fiches action), section by section as in the ARS
// template of seed 000. Years are relative to the reference date's year so that a demo made
// any year reads as current; "%1" in a due text stands for the year.
struct DemoActionSheetContent
{
    struct CodeWithObjective
    {
        const char *code;
        const char *objective;
    };
    struct Partner
    {
        int partnerKey; // DemoPartnerKey
        const char *role;
    };
    struct Objective
    {
        const char *text;
        const char *dueText; // "%1" = year
        int dueYearOffset;   // from the sheet's start year
        int dueMonth;        // 0 = no due date
    };
    struct Step
    {
        const char *text;
        int dueYearOffset;
        int dueMonth; // 0 = no due date
    };
    enum class ValueKind
    {
        Computed,
        Ratio,
        Text
    };
    struct Indicator
    {
        const char *kind; // process / result / impact
        const char *label;
        const char *target;
        ValueKind entered; // Computed = left to the indicator engine, no hand-entered value
    };
    struct FundingLine
    {
        const char *funder;
        int partnerKey; // -1 when the funder is not a partner on file
        int amountEuros;
    };
    struct Material
    {
        const char *materialType;
        const char *title;
        int quantityMade;
        int quantityDistributed;
    };

    int programme;   // DemoProgrammeProfile::Id
    int chainedFrom; // index in all() of the previous year's sheet, -1 for none
    const char *number;
    const char *title;
    const char *clsName;
    const char *strategicAxis;
    const char *carrierStructure;
    const char *carrierReferent;
    const char *localContext;
    const char *specificObjective;
    const char *implementationSteps;
    bool targetsInequalities;
    const char *inequalitiesDetail;
    const char *publicPolicies;
    bool citizenParticipation;
    const char *citizenParticipationHow;
    const char *publicDescription;
    const char *peopleConcerned;
    const char *placesDescription;
    int startYearOffset; // from the reference year
    int endYearOffset;
    const char *durationText;
    const char *frequency;
    const char *frequencyDetail;
    const char *geographicLevel;
    const char *department;
    const char *prsProgramme;
    const char *evaluationMethod;
    const char *contact;
    std::span<const char *const> typologies;
    std::span<const CodeWithObjective> prsAxes;
    std::span<const CodeWithObjective> prse3Axes;
    std::span<const char *const> determinants;
    std::span<const char *const> actionTypes;
    std::span<const char *const> resultCategories;
    std::span<const char *const> publicCategories;
    std::span<const char *const> themes;
    std::span<const char *const> placeTypes;
    std::span<const char *const> communes;
    std::span<const Partner> partners;
    std::span<const Objective> objectives;
    std::span<const Step> steps;
    std::span<const Indicator> indicators;
    std::span<const FundingLine> funding;
    std::span<const Material> materials;

    // Sheets in creation order; a chained sheet comes after the one it continues.
    static std::span<const DemoActionSheetContent> all();
    // Texts a team writes as "benefits perceived and limits" in an annual review.
    static std::span<const char *const> reviewTexts();
};

} // namespace passerelle
