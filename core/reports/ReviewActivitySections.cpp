#include "reports/ReviewActivitySections.h"

#include "domain/Worker.h"
#include "reports/ReviewFigures.h"
#include "repositories/ReferenceRepository.h"
#include "util/TrContext.h"

#include <vector>

namespace passerelle {

namespace {
using D = IndicatorDefinition;
using T = ReviewCell::Type;

FilterMap period(CasePeriod p, FilterMap more = {})
{
    more[Filter::Period] = choice(p);
    return more;
}

FilterMap status(std::initializer_list<const char *> statuses, FilterMap more = {})
{
    more[Filter::Status] = codes(statuses);
    return more;
}

// The rows of a breakdown, looked up by code (a group absent from a result counts 0).
const BreakdownRow *rowOf(const IndicatorResult &r, const QString &code)
{
    for (const BreakdownRow &row : r.rows)
        if (row.code == code && row.code.isNull() == code.isNull())
            return &row;
    return nullptr;
}

ReviewCell groupCell(const D &d, const IndicatorResult &r, const BreakdownRow &like,
                     const ReportingPeriod &p)
{
    const BreakdownRow *row = rowOf(r, like.code);
    return ReviewFigures::groupCell(d, row ? *row : BreakdownRow{like.code, like.label, 0},
                                    r.valueType, p);
}

ReviewCell share(double numerator, double denominator)
{
    return denominator == 0 ? ReviewCell::empty() : ReviewCell::ofPercent(numerator / denominator);
}

double cellValue(const ReviewCell &c)
{
    return c.type == T::Integer ? double(c.integer) : c.number;
}

// The figures of one section, asked before any is computed so that the engine can read
// the rows they share once (see MeasureBatch): add() returns where the result will be.
class Asked
{
public:
    int add(const D &definition, const ReportingPeriod &period)
    {
        m_requests.append({definition, period});
        return int(m_requests.size() - 1);
    }
    const QList<IndicatorEngine::Request> &requests() const { return m_requests; }

private:
    QList<IndicatorEngine::Request> m_requests;
};
} // namespace

ReviewActivitySections::ReviewActivitySections(Database &db, ReviewFigures &figures,
                                               const ReportingPeriod &p,
                                               const ReportingPeriod &previous)
    : m_db(db), m_figures(figures), m_period(p), m_previous(previous)
{
}

ReviewSection ReviewActivitySections::caseload()
{
    ReviewSection s{QStringLiteral("caseload"), ReportsText::tr("File active"), {}, {}};
    ReviewTable t;
    t.id = QStringLiteral("caseload");
    t.title = ReportsText::tr("Situations et personnes");
    t.columns = {{ReportsText::tr("Mesure"), T::Text},
                 {m_period.label(), T::Integer},
                 {m_previous.label(), T::Integer}};
    const struct
    {
        QString label;
        D definition;
    } rows[] = {
        {ReportsText::tr("Situations identifiées (repérées) dans la période"),
         D::count(Measure::Cases, period(CasePeriod::Identified))},
        {ReportsText::tr("Situations suivies dans la période (file active de la période)"),
         D::count(Measure::Cases, period(CasePeriod::Active))},
        {ReportsText::tr("Situations accompagnées dans la période"),
         D::count(Measure::Cases, period(CasePeriod::AccompaniedActive))},
        {ReportsText::tr("Situations dont l'accompagnement a commencé dans la période"),
         D::count(Measure::Cases, period(CasePeriod::Accompanied))},
        {ReportsText::tr("Situations clôturées dans la période"),
         D::count(Measure::Cases, period(CasePeriod::Closed))},
        {ReportsText::tr("File active en fin de période"),
         D::count(Measure::Cases, period(CasePeriod::ActiveAtEnd))},
        {ReportsText::tr("Personnes concernées par les situations suivies"),
         D::count(Measure::People, period(CasePeriod::Active))},
        {ReportsText::tr("Ménages concernés par les situations suivies"),
         D::count(Measure::Households, period(CasePeriod::Active))},
    };
    Asked asked;
    std::vector<std::pair<int, int>> cells;
    for (const auto &row : rows)
        cells.emplace_back(asked.add(row.definition, m_period),
                           asked.add(row.definition, m_previous));
    const D byLandlord =
        D::breakdown(Measure::Cases, Category::Landlord, period(CasePeriod::Active));
    const int landlordsNow = asked.add(byLandlord, m_period);
    const int landlordsBefore = asked.add(byLandlord, m_previous);
    const QList<IndicatorResult> results = m_figures.computeAll(asked.requests());
    for (size_t i = 0; i < cells.size(); ++i)
        t.rows.append(
            {ReviewCell::ofText(rows[i].label),
             ReviewFigures::countCell(rows[i].definition, results[cells[i].first], m_period),
             ReviewFigures::countCell(rows[i].definition, results[cells[i].second], m_previous)});
    t.note = ReportsText::tr(
        "Une situation est suivie dans la période si elle a été identifiée avant sa fin et "
        "n'était pas clôturée avant son début ; dates actuelles des situations.");
    s.tables.append(t);

    ReviewTable landlords;
    landlords.id = QStringLiteral("cases_by_landlord");
    landlords.title = ReportsText::tr("Situations suivies par bailleur");
    landlords.columns = {{ReportsText::tr("Bailleur"), T::Text},
                         {m_period.label(), T::Integer},
                         {m_previous.label(), T::Integer}};
    const IndicatorResult &now = results[landlordsNow];
    const IndicatorResult &before = results[landlordsBefore];
    for (const BreakdownRow &row : now.rows)
        landlords.rows.append({ReviewCell::ofText(row.label),
                               groupCell(byLandlord, now, row, m_period),
                               groupCell(byLandlord, before, row, m_previous)});
    for (const BreakdownRow &row : before.rows)
        if (!rowOf(now, row.code))
            landlords.rows.append({ReviewCell::ofText(row.label),
                                   groupCell(byLandlord, now, row, m_period),
                                   groupCell(byLandlord, before, row, m_previous)});
    s.tables.append(landlords);
    return s;
}

ReviewSection ReviewActivitySections::hours()
{
    ReviewSection s{
        QStringLiteral("hours"), ReportsText::tr("Heures d'intervention par rôle"), {}, {}};
    ReviewTable t;
    t.id = QStringLiteral("hours_by_role");
    t.title = ReportsText::tr("Heures effectuées par rôle d'intervenant");
    t.columns = {{ReportsText::tr("Rôle"), T::Text},
                 {ReportsText::tr("Intervenants"), T::Integer},
                 {ReportsText::tr("ETP"), T::Decimal},
                 {ReportsText::tr("Heures %1").arg(m_period.label()), T::Decimal},
                 {ReportsText::tr("Heures %1").arg(m_previous.label()), T::Decimal}};
    const D workers = D::breakdown(Measure::Workers, Category::WorkerRole);
    const D fte = D::breakdown(Measure::Fte, Category::WorkerRole);
    const D hours = D::breakdown(Measure::WorkerHours, Category::WorkerRole);
    const D once = D::count(Measure::Hours);
    Asked asked;
    const int wi = asked.add(workers, m_period);
    const int fi = asked.add(fte, m_period);
    const int hi = asked.add(hours, m_period);
    const int hBeforeI = asked.add(hours, m_previous);
    const int onceI = asked.add(once, m_period);
    const int onceBeforeI = asked.add(once, m_previous);
    const QList<IndicatorResult> results = m_figures.computeAll(asked.requests());
    const IndicatorResult &w = results[wi];
    const IndicatorResult &f = results[fi];
    const IndicatorResult &h = results[hi];
    const IndicatorResult &hBefore = results[hBeforeI];
    for (const BreakdownRow &row : h.rows)
        t.rows.append({ReviewCell::ofText(row.label), groupCell(workers, w, row, m_period),
                       groupCell(fte, f, row, m_period), groupCell(hours, h, row, m_period),
                       groupCell(hours, hBefore, row, m_previous)});
    const auto total = [](const IndicatorResult &r) { return r.value.value_or(0); };
    t.rows.append(
        {ReviewCell::ofText(ReportsText::tr("Total")),
         ReviewFigures::valueCell(total(w), ValueType::Integer,
                                  ReviewFigures::traceRef(D::count(Measure::Workers), m_period)),
         ReviewFigures::valueCell(total(f), ValueType::Decimal,
                                  ReviewFigures::traceRef(D::count(Measure::Fte), m_period)),
         ReviewFigures::valueCell(
             total(h), ValueType::Decimal,
             ReviewFigures::traceRef(D::count(Measure::WorkerHours), m_period)),
         ReviewFigures::valueCell(
             total(hBefore), ValueType::Decimal,
             ReviewFigures::traceRef(D::count(Measure::WorkerHours), m_previous))});
    t.rows.append(
        {ReviewCell::ofText(ReportsText::tr("Durée des interventions (chacune comptée une fois)")),
         ReviewCell::empty(), ReviewCell::empty(),
         ReviewFigures::countCell(once, results[onceI], m_period),
         ReviewFigures::countCell(once, results[onceBeforeI], m_previous)});
    t.note = ReportsText::tr(
        "Heures des interventions effectuées : la durée d'une intervention compte pour "
        "chaque intervenant présent (binôme = deux fois). Intervenants : ayant effectué une "
        "intervention du dispositif ou affectés à l'une de ses situations dans la période.");
    s.tables.append(t);
    return s;
}

ReviewSection ReviewActivitySections::interventions()
{
    ReviewSection s{QStringLiteral("interventions"),
                    ReportsText::tr("Interventions posées et effectives"),
                    {},
                    {}};
    ReviewTable t;
    t.id = QStringLiteral("interventions_by_channel");
    t.title = ReportsText::tr("Interventions par canal");
    t.columns = {{ReportsText::tr("Canal"), T::Text},
                 {ReportsText::tr("Posées"), T::Integer},
                 {ReportsText::tr("Effectives"), T::Integer},
                 {ReportsText::tr("Annulées"), T::Integer},
                 {ReportsText::tr("Non honorées"), T::Integer},
                 {ReportsText::tr("Encore prévues"), T::Integer},
                 {ReportsText::tr("Taux de réalisation"), T::Percent},
                 {ReportsText::tr("Effectives %1").arg(m_previous.label()), T::Integer}};
    const D all = D::breakdown(Measure::Interventions, Category::Channel);
    const D done = D::breakdown(Measure::Interventions, Category::Channel, status({"done"}));
    const D cancelled = D::breakdown(Measure::Interventions, Category::Channel, status({"cancelled"}));
    const D missed = D::breakdown(Measure::Interventions, Category::Channel, status({"missed"}));
    const D planned = D::breakdown(Measure::Interventions, Category::Channel, status({"planned"}));
    Asked asked;
    for (const D *def : {&all, &done, &cancelled, &missed, &planned})
        asked.add(*def, m_period);
    asked.add(done, m_previous);
    const QList<IndicatorResult> results = m_figures.computeAll(asked.requests());
    const IndicatorResult &a = results[0];
    const IndicatorResult &d = results[1];
    const IndicatorResult &c = results[2];
    const IndicatorResult &m = results[3];
    const IndicatorResult &p = results[4];
    const IndicatorResult &before = results[5];
    const auto addRow = [&](const ReviewCell &label, const QList<ReviewCell> &cells) {
        QList<ReviewCell> row{label};
        row += cells;
        row.insert(6, share(cellValue(cells[1]), cellValue(cells[0])));
        t.rows.append(row);
    };
    for (const BreakdownRow &row : a.rows)
        addRow(ReviewCell::ofText(row.label),
               {groupCell(all, a, row, m_period), groupCell(done, d, row, m_period),
                groupCell(cancelled, c, row, m_period), groupCell(missed, m, row, m_period),
                groupCell(planned, p, row, m_period), groupCell(done, before, row, m_previous)});
    const auto total = [](const D &def, const IndicatorResult &r, const ReportingPeriod &per) {
        D count = D::count(def.measure.measure, def.measure.filters);
        return ReviewFigures::valueCell(r.value.value_or(0), ValueType::Integer,
                                        ReviewFigures::traceRef(count, per));
    };
    addRow(ReviewCell::ofText(ReportsText::tr("Total")),
           {total(all, a, m_period), total(done, d, m_period), total(cancelled, c, m_period),
            total(missed, m, m_period), total(planned, p, m_period),
            total(done, before, m_previous)});
    t.note = ReportsText::tr(
        "Posées : toutes les interventions datées dans la période, quel que soit leur "
        "statut. Taux de réalisation : effectives / posées.");
    s.tables.append(t);
    return s;
}

ReviewSection ReviewActivitySections::partners()
{
    ReviewSection s{QStringLiteral("partners"), ReportsText::tr("Partenaires mobilisés"), {}, {}};
    ReviewTable t;
    t.id = QStringLiteral("partners");
    t.title = ReportsText::tr("Partenaires mobilisés autour des situations suivies");
    t.columns = {{ReportsText::tr("Mesure"), T::Text},
                 {m_period.label(), T::Empty},
                 {m_previous.label(), T::Empty}};
    const D distinct = D::count(Measure::PartnersMobilised);
    const D links = D::count(Measure::PartnerLinks);
    const D perCase = D::ratio({Measure::PartnerLinks, {}}, {Measure::Cases, {}}, D::Display::Decimal);
    const D referring = D::count(Measure::ReferringPartners, period(CasePeriod::Identified));
    const D distinctByType = D::breakdown(Measure::PartnersMobilised, Category::PartnerType);
    const D linksByType = D::breakdown(Measure::PartnerLinks, Category::PartnerType);
    Asked asked;
    for (const D *def : {&distinct, &links, &perCase, &referring}) {
        asked.add(*def, m_period);
        asked.add(*def, m_previous);
    }
    asked.add(distinctByType, m_period);
    asked.add(linksByType, m_period);
    asked.add(linksByType, m_previous);
    const QList<IndicatorResult> r = m_figures.computeAll(asked.requests());
    const auto counts = [&](const D &def, int i) {
        return QList<ReviewCell>{ReviewFigures::countCell(def, r[i], m_period),
                                 ReviewFigures::countCell(def, r[i + 1], m_previous)};
    };
    t.rows = {
        QList<ReviewCell>{ReviewCell::ofText(
            ReportsText::tr("Partenaires mobilisés (pour l'ensemble du dispositif)"))} +
            counts(distinct, 0),
        QList<ReviewCell>{
            ReviewCell::ofText(ReportsText::tr("Mobilisations (situation × partenaire)"))} +
            counts(links, 2),
        {ReviewCell::ofText(
             ReportsText::tr("Partenaires mobilisés par situation suivie (moyenne)")),
         ReviewFigures::ratioCell(perCase, r[4], m_period),
         ReviewFigures::ratioCell(perCase, r[5], m_previous)},
        QList<ReviewCell>{ReviewCell::ofText(ReportsText::tr(
            "Partenaires ayant orienté une situation identifiée dans la période"))} +
            counts(referring, 6),
    };
    s.tables.append(t);

    ReviewTable byType;
    byType.id = QStringLiteral("partners_by_type");
    byType.title = ReportsText::tr("Sollicitations des partenaires par type");
    byType.columns = {{ReportsText::tr("Type de partenaire"), T::Text},
                      {ReportsText::tr("Partenaires"), T::Integer},
                      {ReportsText::tr("Mobilisations"), T::Integer},
                      {ReportsText::tr("Mobilisations %1").arg(m_previous.label()), T::Integer}};
    const IndicatorResult &n = r[8];
    const IndicatorResult &l = r[9];
    const IndicatorResult &lBefore = r[10];
    for (const BreakdownRow &row : l.rows) {
        const BreakdownRow *old = rowOf(lBefore, row.code);
        if (row.value == 0 && (!old || old->value == 0))
            continue; // 23 partner types: only those solicited in one of the two periods
        byType.rows.append({ReviewCell::ofText(row.label), groupCell(distinctByType, n, row, m_period),
                            groupCell(linksByType, l, row, m_period),
                            groupCell(linksByType, lBefore, row, m_previous)});
    }
    s.tables.append(byType);
    return s;
}

ReviewSection ReviewActivitySections::sessions()
{
    ReviewSection s{
        QStringLiteral("sessions"), ReportsText::tr("Actions collectives et participants"), {}, {}};
    ReviewTable t;
    t.id = QStringLiteral("sessions_by_kind");
    t.title = ReportsText::tr("Actions collectives par type");
    t.columns = {{ReportsText::tr("Type d'action"), T::Text},
                 {ReportsText::tr("Réalisées"), T::Integer},
                 {ReportsText::tr("Programmées"), T::Integer},
                 {ReportsText::tr("Participants"), T::Integer},
                 {ReportsText::tr("Réalisées %1").arg(m_previous.label()), T::Integer},
                 {ReportsText::tr("Participants %1").arg(m_previous.label()), T::Integer}};
    const D held = D::breakdown(Measure::Sessions, Category::SessionKind, status({"done"}));
    const D scheduled = D::breakdown(Measure::Sessions, Category::SessionKind);
    const D people = D::breakdown(Measure::Participants, Category::SessionKind);
    const D byTypology = D::breakdown(Measure::Participants, Category::ParticipantTypology);
    Asked asked;
    asked.add(held, m_period);
    asked.add(scheduled, m_period);
    asked.add(people, m_period);
    asked.add(held, m_previous);
    asked.add(people, m_previous);
    asked.add(byTypology, m_period);
    asked.add(byTypology, m_previous);
    const QList<IndicatorResult> results = m_figures.computeAll(asked.requests());
    const IndicatorResult &h = results[0];
    const IndicatorResult &sc = results[1];
    const IndicatorResult &pp = results[2];
    const IndicatorResult &hBefore = results[3];
    const IndicatorResult &pBefore = results[4];
    for (const BreakdownRow &row : sc.rows)
        t.rows.append({ReviewCell::ofText(row.label), groupCell(held, h, row, m_period),
                       groupCell(scheduled, sc, row, m_period), groupCell(people, pp, row, m_period),
                       groupCell(held, hBefore, row, m_previous),
                       groupCell(people, pBefore, row, m_previous)});
    const auto total = [](const D &def, const IndicatorResult &r, const ReportingPeriod &per) {
        return ReviewFigures::valueCell(r.value.value_or(0), ValueType::Integer,
                                        ReviewFigures::traceRef(D::count(def.measure.measure, def.measure.filters), per));
    };
    t.rows.append({ReviewCell::ofText(ReportsText::tr("Total")), total(held, h, m_period),
                   total(scheduled, sc, m_period), total(people, pp, m_period),
                   total(held, hBefore, m_previous), total(people, pBefore, m_previous)});
    t.note = ReportsText::tr(
        "Participants des actions réalisées. Programmées : quel que soit leur statut.");
    s.tables.append(t);

    ReviewTable typology;
    typology.id = QStringLiteral("participants_by_typology");
    typology.title = ReportsText::tr("Typologie des participants");
    typology.columns = {{ReportsText::tr("Participants"), T::Text},
                        {m_period.label(), T::Integer},
                        {m_previous.label(), T::Integer}};
    const IndicatorResult &a = results[5];
    const IndicatorResult &b = results[6];
    for (const BreakdownRow &row : a.rows)
        typology.rows.append({ReviewCell::ofText(row.label), groupCell(byTypology, a, row, m_period),
                              groupCell(byTypology, b, row, m_previous)});
    s.tables.append(typology);
    return s;
}

ReviewSection ReviewActivitySections::assessments()
{
    ReviewSection s{QStringLiteral("assessments"),
                    ReportsText::tr("Évaluations : regard de la personne et regard de l'équipe"),
                    {},
                    {}};
    ReviewTable t;
    t.id = QStringLiteral("assessments");
    t.title =
        ReportsText::tr("Évolution entre la première et la dernière évaluation de la période");
    t.columns = {{ReportsText::tr("Dimension"), T::Text},
                 {ReportsText::tr("Personne : situations évaluées"), T::Integer},
                 {ReportsText::tr("Personne : en progrès"), T::Integer},
                 {ReportsText::tr("Personne : part en progrès"), T::Percent},
                 {ReportsText::tr("Équipe : situations évaluées"), T::Integer},
                 {ReportsText::tr("Équipe : en progrès"), T::Integer},
                 {ReportsText::tr("Équipe : part en progrès"), T::Percent}};
    ReferenceRepository references(m_db);
    const QList<ReferenceItem> dimensions = references.items(QStringLiteral("outcome_dimension"));
    Asked asked;
    for (const ReferenceItem &dimension : dimensions)
        asked.add(D::evolution(dimension.code), m_period);
    const QList<IndicatorResult> results = m_figures.computeAll(asked.requests()); // one pass
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        const ReferenceItem &dimension = dimensions[i];
        const D &evolution = asked.requests()[i].definition;
        const IndicatorResult &r = results[i];
        QList<ReviewCell> row{ReviewCell::ofText(dimension.label())};
        for (const QString &source : {QStringLiteral("person"), QStringLiteral("team")}) {
            const EvolutionFigures &f = source == QLatin1String("person") ? r.person : r.team;
            ReviewTraceRef ref = ReviewFigures::traceRef(evolution, m_period);
            ref.source = source;
            row.append(ReviewCell::ofInteger(f.evaluable));
            row.append(ReviewCell::ofInteger(f.improved, ref));
            row.append(f.share() ? ReviewCell::ofPercent(*f.share(), ref) : ReviewCell::empty());
        }
        t.rows.append(row);
    }
    t.note = ReportsText::tr(
        "Situations évaluées : au moins deux évaluations de la dimension à deux dates de la "
        "période par la même source ; en progrès : score de la dernière supérieur à celui "
        "de la première (échelle de 1 à 5).");
    s.tables.append(t);
    return s;
}

} // namespace passerelle
