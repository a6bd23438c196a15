#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace passerelle {

enum class HousingKind
{
    SocialRental,
    PrivateRental,
    Owner,
    Hosted,
    Shelter,
    Residence,
    None,
    Other
};

QString toCode(HousingKind kind);
std::optional<HousingKind> housingKindFromCode(QStringView code);
QString label(HousingKind kind);

// A person of the household and how they relate to its reference person ('self').
struct HouseholdMember
{
    Uuid personId;
    QString relation; // ref_household_relation code
};

// The household of a case: composition and housing situation (landlord, tenancy, priority
// neighbourhood, rent arrears, eviction procedure). Members are people whose household_id
// points here; the household's repository saves them with the household.
struct Household
{
    Uuid id;
    QString code; // pseudonymous, generated when empty ("M-XXXXXX")
    Uuid landlordPartnerId;
    std::optional<HousingKind> housingKind;
    QString commune;
    std::optional<bool> qpv; // priority neighbourhood (quartier prioritaire); unknown allowed
    QDate tenancyStart;
    qint64 rentArrearsCents = 0;
    bool repaymentPlan = false;
    QString evictionStage; // ref_eviction_stage code, empty when unknown
    QString compositionNote;
    QList<HouseholdMember> members;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

// Checks the values of one household and its member list (every member once, a relation
// each, at most one reference person 'self'). What needs the database is checked by
// HouseholdRepository. Throws ValidationError naming every refused field.
void validate(const Household &household);

// "M-XXXXXX" (ménage), same scheme as person codes.
QString householdCodeFor(const Uuid &id, int attempt = 0);

} // namespace passerelle
