#include "indicators/IndicatorCatalogue.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace passerelle {

namespace {

template <typename E, std::size_t N>
QString codeIn(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, const char *>, N> &table, QStringView code)
{
    for (const auto &[e, c] : table)
        if (code == QLatin1StringView(c))
            return e;
    return std::nullopt;
}

struct MeasureInfo
{
    Measure measure;
    const char *code;
    const char *label;
    MeasureFamily family;
    ValueType type;
};

const MeasureInfo measureInfo[] = {
    {Measure::Cases, "cases", QT_TRANSLATE_NOOP("Indicators", "Situations"), MeasureFamily::Case,
     ValueType::Integer},
    {Measure::People, "people", QT_TRANSLATE_NOOP("Indicators", "Personnes"), MeasureFamily::Case,
     ValueType::Integer},
    {Measure::Households, "households", QT_TRANSLATE_NOOP("Indicators", "Ménages"),
     MeasureFamily::Case, ValueType::Integer},
    {Measure::PartnersMobilised, "partners_mobilised",
     QT_TRANSLATE_NOOP("Indicators", "Partenaires mobilisés"), MeasureFamily::Case,
     ValueType::Integer},
    {Measure::PartnerLinks, "partner_links",
     QT_TRANSLATE_NOOP("Indicators", "Mobilisations de partenaires (situation × partenaire)"),
     MeasureFamily::Case, ValueType::Integer},
    {Measure::ReferringPartners, "referring_partners",
     QT_TRANSLATE_NOOP("Indicators", "Partenaires ayant orienté"), MeasureFamily::Case,
     ValueType::Integer},
    {Measure::Interventions, "interventions", QT_TRANSLATE_NOOP("Indicators", "Interventions"),
     MeasureFamily::Intervention, ValueType::Integer},
    {Measure::Hours, "hours", QT_TRANSLATE_NOOP("Indicators", "Heures d'intervention"),
     MeasureFamily::Intervention, ValueType::Decimal},
    {Measure::WorkerHours, "worker_hours",
     QT_TRANSLATE_NOOP("Indicators", "Heures travaillées par les intervenants"),
     MeasureFamily::Intervention, ValueType::Decimal},
    {Measure::Sessions, "sessions", QT_TRANSLATE_NOOP("Indicators", "Actions collectives"),
     MeasureFamily::Session, ValueType::Integer},
    {Measure::Participants, "participants", QT_TRANSLATE_NOOP("Indicators", "Participants"),
     MeasureFamily::Session, ValueType::Integer},
    {Measure::CommissionReviews, "commission_reviews",
     QT_TRANSLATE_NOOP("Indicators", "Situations examinées en commission"),
     MeasureFamily::Session, ValueType::Integer},
    {Measure::Materials, "materials", QT_TRANSLATE_NOOP("Indicators", "Supports de communication"),
     MeasureFamily::Material, ValueType::Integer},
    {Measure::MaterialsMade, "materials_made",
     QT_TRANSLATE_NOOP("Indicators", "Exemplaires de supports réalisés"), MeasureFamily::Material,
     ValueType::Integer},
    {Measure::MaterialsDistributed, "materials_distributed",
     QT_TRANSLATE_NOOP("Indicators", "Exemplaires de supports diffusés"), MeasureFamily::Material,
     ValueType::Integer},
    {Measure::Workers, "workers", QT_TRANSLATE_NOOP("Indicators", "Intervenants"),
     MeasureFamily::Worker, ValueType::Integer},
    {Measure::TrainedWorkers, "trained_workers",
     QT_TRANSLATE_NOOP("Indicators", "Intervenants formés"), MeasureFamily::Worker,
     ValueType::Integer},
    {Measure::Fte, "fte", QT_TRANSLATE_NOOP("Indicators", "Équivalents temps plein (ETP)"),
     MeasureFamily::Worker, ValueType::Decimal},
    {Measure::Assessments, "assessments", QT_TRANSLATE_NOOP("Indicators", "Évaluations"),
     MeasureFamily::Assessment, ValueType::Integer},
};

const MeasureInfo &info(Measure m)
{
    return *std::find_if(std::begin(measureInfo), std::end(measureInfo),
                         [m](const MeasureInfo &i) { return i.measure == m; });
}

// Applicability is written per family, with the few measure-specific exceptions below.
constexpr unsigned bit(MeasureFamily f)
{
    return 1u << unsigned(f);
}
constexpr unsigned caseLike = bit(MeasureFamily::Case) | bit(MeasureFamily::Assessment);

struct FilterInfo
{
    Filter filter;
    const char *code;
    FilterShape shape;
    unsigned families;
    const char *referenceTable;
};

const FilterInfo filterInfo[] = {
    {Filter::Programme, "programme", FilterShape::Ids, 0xFFu, nullptr},
    {Filter::Status, "status", FilterShape::Codes,
     bit(MeasureFamily::Case) | bit(MeasureFamily::Intervention) | bit(MeasureFamily::Session),
     nullptr},
    {Filter::Channel, "channel", FilterShape::Codes, bit(MeasureFamily::Intervention), "ref_channel"},
    {Filter::InterventionType, "intervention_type", FilterShape::Codes,
     bit(MeasureFamily::Intervention), "ref_intervention_type"},
    {Filter::WorkerRole, "worker_role", FilterShape::Codes,
     bit(MeasureFamily::Intervention) | bit(MeasureFamily::Worker), nullptr},
    {Filter::Landlord, "landlord", FilterShape::Ids, caseLike, nullptr},
    {Filter::LandlordType, "landlord_type", FilterShape::Codes, caseLike, "ref_partner_type"},
    {Filter::PartnerType, "partner_type", FilterShape::Codes, bit(MeasureFamily::Case),
     "ref_partner_type"},
    {Filter::ReferralPartnerType, "referral_partner_type", FilterShape::Codes, caseLike,
     "ref_partner_type"},
    {Filter::Problem, "problem", FilterShape::Codes, caseLike, "ref_problem_typology"},
    {Filter::CloseReason, "close_reason", FilterShape::Codes, caseLike, "ref_close_reason"},
    {Filter::SessionKind, "session_kind", FilterShape::Codes, bit(MeasureFamily::Session), nullptr},
    {Filter::ParticipantTypology, "participant_typology", FilterShape::Codes,
     bit(MeasureFamily::Session), "ref_participant_typology"},
    {Filter::Decision, "decision", FilterShape::Codes, bit(MeasureFamily::Session),
     "ref_commission_decision"},
    {Filter::MaterialType, "material_type", FilterShape::Codes, bit(MeasureFamily::Material),
     "ref_material_type"},
    {Filter::Dimension, "dimension", FilterShape::Codes, bit(MeasureFamily::Assessment),
     "ref_outcome_dimension"},
    {Filter::Source, "source", FilterShape::Codes, bit(MeasureFamily::Assessment), nullptr},
    {Filter::PersonRole, "person_role", FilterShape::Codes, bit(MeasureFamily::Case), nullptr},
    {Filter::Period, "period", FilterShape::Choice, caseLike, nullptr},
    {Filter::Referred, "referred", FilterShape::Flag, caseLike, nullptr},
    {Filter::Qpv, "qpv", FilterShape::Flag, caseLike, nullptr},
    {Filter::TrainedInPeriod, "trained_in_period", FilterShape::Flag, bit(MeasureFamily::Worker),
     nullptr},
    {Filter::Assessed, "assessed", FilterShape::AssessedCondition, bit(MeasureFamily::Case),
     nullptr},
};

const FilterInfo &info(Filter f)
{
    return *std::find_if(std::begin(filterInfo), std::end(filterInfo),
                         [f](const FilterInfo &i) { return i.filter == f; });
}

bool isPartnerMeasure(Measure m)
{
    return m == Measure::PartnersMobilised || m == Measure::PartnerLinks ||
           m == Measure::ReferringPartners;
}

const std::array<std::pair<CasePeriod, const char *>, 9> casePeriodCodes = {{
    {CasePeriod::Active, "active"},
    {CasePeriod::AccompaniedActive, "accompanied_active"},
    {CasePeriod::ActiveAtEnd, "active_at_end"},
    {CasePeriod::Identified, "identified"},
    {CasePeriod::Oriented, "oriented"},
    {CasePeriod::Accompanied, "accompanied"},
    {CasePeriod::Closed, "closed"},
    {CasePeriod::Referral, "referral"},
    {CasePeriod::Any, "any"},
}};

struct CategoryInfo
{
    Category category;
    const char *code;
    const char *label;
    unsigned families;
    const char *referenceTable;
    bool multiValued;
};

const CategoryInfo categoryInfo[] = {
    {Category::Problem, "problem", QT_TRANSLATE_NOOP("Indicators", "Problématique"),
     bit(MeasureFamily::Case), "ref_problem_typology", true},
    {Category::Status, "status", QT_TRANSLATE_NOOP("Indicators", "Statut"),
     bit(MeasureFamily::Case) | bit(MeasureFamily::Intervention) | bit(MeasureFamily::Session),
     nullptr, false},
    {Category::Landlord, "landlord", QT_TRANSLATE_NOOP("Indicators", "Bailleur"),
     bit(MeasureFamily::Case), nullptr, false},
    {Category::LandlordType, "landlord_type", QT_TRANSLATE_NOOP("Indicators", "Type de bailleur"),
     bit(MeasureFamily::Case), "ref_partner_type", false},
    {Category::ReferralPartnerType, "referral_partner_type",
     QT_TRANSLATE_NOOP("Indicators", "Type de partenaire ayant orienté"), bit(MeasureFamily::Case),
     "ref_partner_type", false},
    {Category::CloseReason, "close_reason", QT_TRANSLATE_NOOP("Indicators", "Motif de clôture"),
     bit(MeasureFamily::Case), "ref_close_reason", false},
    {Category::Qpv, "qpv", QT_TRANSLATE_NOOP("Indicators", "Quartier prioritaire (QPV)"),
     bit(MeasureFamily::Case), nullptr, false},
    {Category::HousingKind, "housing_kind", QT_TRANSLATE_NOOP("Indicators", "Type de logement"),
     bit(MeasureFamily::Case), nullptr, false},
    {Category::PartnerType, "partner_type", QT_TRANSLATE_NOOP("Indicators", "Type de partenaire"),
     bit(MeasureFamily::Case), "ref_partner_type", false},
    {Category::Partner, "partner", QT_TRANSLATE_NOOP("Indicators", "Partenaire"),
     bit(MeasureFamily::Case), nullptr, false},
    {Category::Channel, "channel", QT_TRANSLATE_NOOP("Indicators", "Canal"),
     bit(MeasureFamily::Intervention), "ref_channel", false},
    {Category::InterventionType, "intervention_type",
     QT_TRANSLATE_NOOP("Indicators", "Type d'intervention"), bit(MeasureFamily::Intervention),
     "ref_intervention_type", false},
    {Category::WorkerRole, "worker_role", QT_TRANSLATE_NOOP("Indicators", "Rôle de l'intervenant"),
     bit(MeasureFamily::Intervention) | bit(MeasureFamily::Worker), nullptr, false},
    {Category::SessionKind, "session_kind", QT_TRANSLATE_NOOP("Indicators", "Type d'action collective"),
     bit(MeasureFamily::Session), nullptr, false},
    {Category::Commune, "commune", QT_TRANSLATE_NOOP("Indicators", "Commune"),
     bit(MeasureFamily::Session), nullptr, false},
    {Category::ParticipantTypology, "participant_typology",
     QT_TRANSLATE_NOOP("Indicators", "Typologie des participants"), bit(MeasureFamily::Session),
     "ref_participant_typology", false},
    {Category::Decision, "decision", QT_TRANSLATE_NOOP("Indicators", "Décision"),
     bit(MeasureFamily::Session), "ref_commission_decision", false},
    {Category::MaterialType, "material_type", QT_TRANSLATE_NOOP("Indicators", "Type de support"),
     bit(MeasureFamily::Material), "ref_material_type", false},
    {Category::Dimension, "dimension", QT_TRANSLATE_NOOP("Indicators", "Dimension"),
     bit(MeasureFamily::Assessment), "ref_outcome_dimension", false},
    {Category::Source, "source", QT_TRANSLATE_NOOP("Indicators", "Source de l'évaluation"),
     bit(MeasureFamily::Assessment), nullptr, false},
    {Category::Score, "score", QT_TRANSLATE_NOOP("Indicators", "Score"),
     bit(MeasureFamily::Assessment), nullptr, false},
    {Category::Month, "month", QT_TRANSLATE_NOOP("Indicators", "Mois"), 0xFFu & ~bit(MeasureFamily::Worker),
     nullptr, false},
};

const CategoryInfo &info(Category c)
{
    return *std::find_if(std::begin(categoryInfo), std::end(categoryInfo),
                         [c](const CategoryInfo &i) { return i.category == c; });
}

QStringList latin1List(std::initializer_list<const char *> codes)
{
    QStringList out;
    for (const char *c : codes)
        out.append(QString::fromLatin1(c));
    return out;
}

} // namespace

const QList<Measure> &IndicatorCatalogue::measures()
{
    static const QList<Measure> list = [] {
        QList<Measure> out;
        for (const MeasureInfo &i : measureInfo)
            out.append(i.measure);
        return out;
    }();
    return list;
}

QString IndicatorCatalogue::code(Measure measure)
{
    return QString::fromLatin1(info(measure).code);
}

std::optional<Measure> IndicatorCatalogue::measureFromCode(QStringView code)
{
    for (const MeasureInfo &i : measureInfo)
        if (code == QLatin1StringView(i.code))
            return i.measure;
    return std::nullopt;
}

QString IndicatorCatalogue::label(Measure measure)
{
    return QCoreApplication::translate("Indicators", info(measure).label);
}

MeasureFamily IndicatorCatalogue::family(Measure measure)
{
    return info(measure).family;
}

ValueType IndicatorCatalogue::valueType(Measure measure)
{
    return info(measure).type;
}

QStringList IndicatorCatalogue::defaultStatuses(Measure measure)
{
    switch (measure) {
    case Measure::Hours:
    case Measure::WorkerHours:
    case Measure::Participants:
        return {QStringLiteral("done")};
    default:
        return {};
    }
}

CasePeriod IndicatorCatalogue::defaultCasePeriod(Measure measure)
{
    // Assessments are tied to the period by their own date.
    return family(measure) == MeasureFamily::Assessment ? CasePeriod::Any : CasePeriod::Active;
}

const QList<Filter> &IndicatorCatalogue::filters()
{
    static const QList<Filter> list = [] {
        QList<Filter> out;
        for (const FilterInfo &i : filterInfo)
            out.append(i.filter);
        return out;
    }();
    return list;
}

QString IndicatorCatalogue::code(Filter filter)
{
    return QString::fromLatin1(info(filter).code);
}

std::optional<Filter> IndicatorCatalogue::filterFromCode(QStringView code)
{
    for (const FilterInfo &i : filterInfo)
        if (code == QLatin1StringView(i.code))
            return i.filter;
    return std::nullopt;
}

FilterShape IndicatorCatalogue::shape(Filter filter)
{
    return info(filter).shape;
}

bool IndicatorCatalogue::appliesTo(Filter filter, Measure measure)
{
    switch (filter) {
    case Filter::PartnerType:
        return isPartnerMeasure(measure);
    case Filter::PersonRole:
        return measure == Measure::People;
    case Filter::ParticipantTypology:
        return measure == Measure::Participants;
    case Filter::Decision:
        return measure == Measure::CommissionReviews;
    case Filter::Status:
        // A commission review has no status of its own (its session's is implied done).
        if (measure == Measure::CommissionReviews)
            return false;
        break;
    default:
        break;
    }
    return (info(filter).families & bit(family(measure))) != 0;
}

QStringList IndicatorCatalogue::allowedCodes(Filter filter, Measure measure)
{
    switch (filter) {
    case Filter::Status:
        switch (family(measure)) {
        case MeasureFamily::Case:
            return latin1List({"identified", "oriented", "accompanied", "closed"});
        case MeasureFamily::Intervention:
            return latin1List({"planned", "done", "cancelled", "missed"});
        case MeasureFamily::Session:
            return latin1List({"planned", "done", "cancelled"});
        default:
            return {};
        }
    case Filter::WorkerRole:
        return latin1List({"coordinator", "professional", "peer_worker"});
    case Filter::SessionKind:
        return latin1List({"information_meeting", "workshop", "partner_meeting", "training",
                           "synthesis_meeting", "thematic_day", "commission"});
    case Filter::Source:
        return latin1List({"person", "team"});
    case Filter::PersonRole:
        return latin1List({"main", "member"});
    default:
        return {};
    }
}

QString IndicatorCatalogue::referenceTable(Filter filter)
{
    const char *table = info(filter).referenceTable;
    return table ? QString::fromLatin1(table) : QString();
}

QString IndicatorCatalogue::code(CasePeriod period)
{
    return codeIn(casePeriodCodes, period);
}

std::optional<CasePeriod> IndicatorCatalogue::casePeriodFromCode(QStringView code)
{
    return valueIn(casePeriodCodes, code);
}

bool IndicatorCatalogue::isPointInTime(CasePeriod period)
{
    switch (period) {
    case CasePeriod::Identified:
    case CasePeriod::Oriented:
    case CasePeriod::Accompanied:
    case CasePeriod::Closed:
    case CasePeriod::Referral:
        return true;
    default:
        return false;
    }
}

const QList<Category> &IndicatorCatalogue::categories()
{
    static const QList<Category> list = [] {
        QList<Category> out;
        for (const CategoryInfo &i : categoryInfo)
            out.append(i.category);
        return out;
    }();
    return list;
}

QString IndicatorCatalogue::code(Category category)
{
    return QString::fromLatin1(info(category).code);
}

std::optional<Category> IndicatorCatalogue::categoryFromCode(QStringView code)
{
    for (const CategoryInfo &i : categoryInfo)
        if (code == QLatin1StringView(i.code))
            return i.category;
    return std::nullopt;
}

QString IndicatorCatalogue::label(Category category)
{
    return QCoreApplication::translate("Indicators", info(category).label);
}

bool IndicatorCatalogue::appliesTo(Category category, Measure measure)
{
    switch (category) {
    case Category::PartnerType:
    case Category::Partner:
        return isPartnerMeasure(measure);
    case Category::ParticipantTypology:
        return measure == Measure::Participants;
    case Category::Decision:
        return measure == Measure::CommissionReviews;
    case Category::Status:
        if (measure == Measure::CommissionReviews)
            return false;
        break;
    case Category::WorkerRole:
        // An intervention with a peer worker and a professional would fall in both groups
        // and its duration be counted twice; per worker, hours are worker_hours.
        if (measure == Measure::Interventions || measure == Measure::Hours)
            return false;
        break;
    default:
        break;
    }
    return (info(category).families & bit(family(measure))) != 0;
}

bool IndicatorCatalogue::isMultiValued(Category category)
{
    return info(category).multiValued;
}

QString IndicatorCatalogue::referenceTable(Category category)
{
    const char *table = info(category).referenceTable;
    return table ? QString::fromLatin1(table) : QString();
}

} // namespace passerelle
