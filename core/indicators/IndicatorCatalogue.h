#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

// The whitelist of what an indicator definition may count, filter on and break down by.
// A definition names these by code in its JSON; the engine compiles only what is listed
// here, so a definition never brings SQL of its own. The SQL of each entry is in
// IndicatorSql; this file is the vocabulary (codes, French labels, what applies to what).
// docs/indicator-definitions.md describes the same list for people who write definitions.

// What is counted (or summed).
enum class Measure
{
    Cases,                // case files (situations)
    People,               // distinct people of those cases
    Households,           // distinct households of those cases
    PartnersMobilised,    // distinct partners mobilised around those cases
    PartnerLinks,         // (case, partner) mobilisations: "per case" = links / cases
    ReferringPartners,    // distinct partners who referred those cases
    Interventions,        // interventions dated in the period
    Hours,                // hours of those interventions, each counted once
    WorkerHours,          // hours worked: an intervention's duration once per worker present
    Sessions,             // collective sessions dated in the period
    Participants,         // participants of those sessions (sum of the counts by typology)
    CommissionReviews,    // cases reviewed in commission sessions (one per review)
    Materials,            // communication materials made in the period
    MaterialsMade,        // copies made
    MaterialsDistributed, // copies distributed
    Workers,              // distinct workers who intervened on the programme in the period
    TrainedWorkers,       // those of them trained by the end of the period
    Fte,                  // their full-time equivalents (ETP), summed
    Assessments,          // assessments dated in the period
};

// The tables a measure starts from; filters and categories apply by family.
enum class MeasureFamily
{
    Case,
    Intervention,
    Session,
    Material,
    Worker,
    Assessment
};

enum class ValueType
{
    Integer,
    Decimal
};

// How a filter is written in JSON.
enum class FilterShape
{
    Codes, // ["a", "b"] or {"not": ["a", "b"]}
    Ids,   // same with record ids (UUID text)
    Choice, // one code
    Flag,   // true / false
    AssessedCondition // {"dimension": …, "source": …, "min_score": …, "max_score": …}
};

enum class Filter
{
    Programme,
    Status,
    Channel,
    InterventionType,
    WorkerRole,
    Landlord,
    LandlordType,
    PartnerType,
    ReferralPartnerType,
    Problem,
    CloseReason,
    SessionKind,
    ParticipantTypology,
    Decision,
    MaterialType,
    Dimension,
    Source,
    PersonRole,
    Period,
    Referred,
    Qpv,
    TrainedInPeriod,
    Assessed,
};

// Which date of a case ties it to the period (filter "period").
enum class CasePeriod
{
    Active,            // open at some point of the period (the file active over the period)
    AccompaniedActive, // accompanied at some point of the period
    ActiveAtEnd,       // still open on the last day
    Identified,        // identified_on within the period
    Oriented,
    Accompanied, // accompaniment started within the period
    Closed,
    Referral, // referral_date within the period
    Any,      // no date condition
};

// What a breakdown (typology table) groups by.
enum class Category
{
    Problem,
    Status,
    Landlord,
    LandlordType,
    ReferralPartnerType,
    CloseReason,
    Qpv,
    HousingKind,
    PartnerType,
    Partner,
    Channel,
    InterventionType,
    WorkerRole,
    SessionKind,
    Commune,
    ParticipantTypology,
    Decision,
    MaterialType,
    Dimension,
    Source,
    Score,
    Month,
};

class IndicatorCatalogue
{
public:
    static const QList<Measure> &measures();
    static QString code(Measure measure);
    static std::optional<Measure> measureFromCode(QStringView code);
    static QString label(Measure measure); // French, for screens and the documentation
    static MeasureFamily family(Measure measure);
    static ValueType valueType(Measure measure);
    // Statuses counted when the definition gives none: hours not worked and participants
    // of a session that did not take place mean nothing, so those default to 'done'.
    static QStringList defaultStatuses(Measure measure);
    // The case date that ties a case-family measure to the period when "period" is absent.
    static CasePeriod defaultCasePeriod(Measure measure);

    static const QList<Filter> &filters();
    static QString code(Filter filter);
    static std::optional<Filter> filterFromCode(QStringView code);
    static FilterShape shape(Filter filter);
    static bool appliesTo(Filter filter, Measure measure);
    // For Codes filters checked against a fixed list (statuses, roles, sources): the list.
    // Empty when the codes come from a reference table (referenceTable()) or are ids.
    static QStringList allowedCodes(Filter filter, Measure measure);
    // The ref_* table whose codes a Codes filter takes; empty when none.
    static QString referenceTable(Filter filter);

    static QString code(CasePeriod period);
    static std::optional<CasePeriod> casePeriodFromCode(QStringView code);
    // True for the periods that tie a case to one day (so that a breakdown by month makes sense).
    static bool isPointInTime(CasePeriod period);

    static const QList<Category> &categories();
    static QString code(Category category);
    static std::optional<Category> categoryFromCode(QStringView code);
    static QString label(Category category);
    static bool appliesTo(Category category, Measure measure);
    // A record may fall in several groups (a case with two problems): the total is then not
    // the sum of the rows and is computed on its own.
    static bool isMultiValued(Category category);
    static QString referenceTable(Category category);
};

} // namespace passerelle
