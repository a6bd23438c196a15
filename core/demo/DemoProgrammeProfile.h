#pragma once

#include "demo/DemoVocabulary.h"

#include <array>
#include <span>

namespace passerelle {

// A partner (DemoPartnerKey) or a code index with its weight in a random draw.
struct DemoWeight
{
    int key;
    int weight;
};

// One post of a programme's team, after seed 001 §8 ("médecin coordinateur 0,10 ETP…").
struct DemoStaffPost
{
    const char *role; // worker.role
    const char *profession;
    const char *codePrefix; // worker codes are <programme>-<prefix><number>
    int fteHundredths;
    char sex; // 'f' or 'm' where the French title is gendered, 0 where it is not
};

// Everything that makes one demo programme look like itself: territory, team, who refers
// people, what problems they come with, what the workers do, what meetings are held.
// Weight arrays follow the order of the DemoCodes lists.
struct DemoProgrammeProfile
{
    enum Id : int
    {
        PairAidance,
        MobileTeam,
        Addiction,
        HousingCommission,
        Count
    };

    const char *code;
    const char *name;
    const char *description;
    const char *territory;
    int yearsRunningBeforeWindow; // programme start_date: 1 January this many years before the
                                  // five-year window
    int casePermille;             // share of the demo cases
    int householdPermille;        // cases with a household on file
    int skipOrientationPermille;  // identified then accompanied directly
    int earlyClosePermille;       // closed before any accompaniment
    int meanAccompanimentDays;
    bool peerPairs;              // accompanied by a peer worker + professional pair
    const char *commissionTitle; // nullptr: no commission reviews cases
    std::span<const DemoCommune> communes;
    std::span<const DemoStaffPost> team; // one team; repeated as the caseload grows
    std::span<const DemoWeight> referrers;
    std::span<const DemoWeight> socialLandlords;
    std::span<const DemoWeight> mobilised;
    std::span<const char *const> referralReasons;
    std::array<int, 12> problemWeights;
    std::array<int, 8> interventionTypeWeights;
    std::array<int, 8> housingKindWeights;
    std::array<const char *, 4> dimensions;
    // Days between two sessions of each DemoCodes::SessionKind for one team; 0 = never.
    std::array<int, DemoCodes::SessionKindCount> sessionEveryDays;

    static std::span<const DemoProgrammeProfile> all();
};

} // namespace passerelle
