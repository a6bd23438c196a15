#include "indicators/IndicatorSql.h"

#include "util/Uuid.h"

namespace passerelle {

namespace {

QVariant iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QList<QVariant> texts(const QStringList &codes)
{
    QList<QVariant> out;
    for (const QString &c : codes)
        out.append(c);
    return out;
}

// "AND <predicate>", or "AND NOT coalesce((<predicate>), 0)" for {"not": …}: a record whose
// column is NULL (a case without household, hence without landlord) is "not in" the list.
void addCondition(QueryText &where, const QueryText &predicate, bool negated)
{
    where.sql(negated ? " AND NOT coalesce((" : " AND (");
    where.append(predicate);
    where.sql(negated ? "), 0)" : ")");
}

QueryText inList(const char *column, const FilterValue &v, bool ids = false)
{
    QueryText t;
    t.sql(column).sql(" IN ").list(ids ? IndicatorSql::ids(v.codes) : texts(v.codes));
    return t;
}

QueryText exists(const char *head, const FilterValue &v, bool ids = false)
{
    QueryText t;
    t.sql("EXISTS (SELECT 1 ").sql(head).sql(" IN ").list(ids ? IndicatorSql::ids(v.codes) : texts(v.codes)).sql(")");
    return t;
}

void casePeriod(QueryText &where, CasePeriod period, const ReportingPeriod &p)
{
    const auto between = [&](const char *column) {
        where.sql(" AND ").sql(column).sql(" BETWEEN ").value(iso(p.start)).sql(" AND ").value(iso(p.end));
    };
    switch (period) {
    case CasePeriod::Active:
        where.sql(" AND c.identified_on <= ").value(iso(p.end))
            .sql(" AND (c.closed_on IS NULL OR c.closed_on >= ").value(iso(p.start)).sql(")");
        break;
    case CasePeriod::AccompaniedActive:
        where.sql(" AND c.accompanied_on <= ").value(iso(p.end))
            .sql(" AND (c.closed_on IS NULL OR c.closed_on >= ").value(iso(p.start)).sql(")");
        break;
    case CasePeriod::ActiveAtEnd:
        where.sql(" AND c.identified_on <= ").value(iso(p.end))
            .sql(" AND (c.closed_on IS NULL OR c.closed_on > ").value(iso(p.end)).sql(")");
        break;
    case CasePeriod::Identified:
        between("c.identified_on");
        break;
    case CasePeriod::Oriented:
        between("c.oriented_on");
        break;
    case CasePeriod::Accompanied:
        between("c.accompanied_on");
        break;
    case CasePeriod::Closed:
        between("c.closed_on");
        break;
    case CasePeriod::Referral:
        between("c.referral_date");
        break;
    case CasePeriod::Any:
        break;
    }
}

const char *casePointDate(CasePeriod period)
{
    switch (period) {
    case CasePeriod::Oriented:
        return "c.oriented_on";
    case CasePeriod::Accompanied:
        return "c.accompanied_on";
    case CasePeriod::Closed:
        return "c.closed_on";
    case CasePeriod::Referral:
        return "c.referral_date";
    default:
        return "c.identified_on";
    }
}

// The case-side filters shared by the case and assessment families.
void caseFilters(QueryText &where, const MeasureSpec &spec, const ReportingPeriod &p)
{
    casePeriod(where, spec.casePeriod(), p);
    for (const auto &[filter, v] : spec.filters) {
        QueryText t;
        switch (filter) {
        case Filter::Status:
            t = inList("c.status", v);
            break;
        case Filter::CloseReason:
            t = inList("c.close_reason", v);
            break;
        case Filter::Landlord:
            t = exists("FROM household fh WHERE fh.id = c.household_id AND fh.landlord_partner_id", v, true);
            break;
        case Filter::LandlordType:
            t = exists("FROM household fh JOIN partner fp ON fp.id = fh.landlord_partner_id"
                       " WHERE fh.id = c.household_id AND fp.partner_type", v);
            break;
        case Filter::ReferralPartnerType:
            t = exists("FROM partner frp WHERE frp.id = c.referral_partner_id AND frp.partner_type", v);
            break;
        case Filter::Problem:
            t = exists("FROM case_problem fpr WHERE fpr.case_id = c.id AND fpr.code", v);
            break;
        case Filter::Referred:
            t.sql(v.flag ? "c.referral_partner_id IS NOT NULL" : "c.referral_partner_id IS NULL");
            break;
        case Filter::Qpv:
            t.sql("EXISTS (SELECT 1 FROM household fh WHERE fh.id = c.household_id AND fh.qpv = ")
                .value(v.flag ? 1 : 0).sql(")");
            break;
        case Filter::Assessed:
            t.sql("EXISTS (SELECT 1 FROM assessment fa WHERE fa.case_id = c.id"
                  " AND fa.archived_at IS NULL AND fa.assessed_on BETWEEN ")
                .value(iso(p.start)).sql(" AND ").value(iso(p.end))
                .sql(" AND fa.dimension = ").value(v.assessed.dimension);
            if (!v.assessed.source.isEmpty())
                t.sql(" AND fa.source = ").value(v.assessed.source);
            t.sql(" AND fa.score BETWEEN ").value(v.assessed.minScore).sql(" AND ")
                .value(v.assessed.maxScore).sql(")");
            break;
        default:
            continue;
        }
        addCondition(where, t, v.negated);
    }
}

// Filters that belong to one measure family or one measure (case-side ones are above).
void ownFilters(QueryText &where, const MeasureSpec &spec, const ReportingPeriod &p)
{
    const MeasureFamily family = IndicatorCatalogue::family(spec.measure);
    const bool perWorker = spec.measure == Measure::WorkerHours || family == MeasureFamily::Worker;
    for (const auto &[filter, v] : spec.filters) {
        QueryText t;
        switch (filter) {
        case Filter::Status:
            if (family == MeasureFamily::Intervention)
                t = inList("i.status", v);
            else if (family == MeasureFamily::Session)
                t = inList("s.status", v);
            else
                continue;
            break;
        case Filter::Channel:
            t = inList("i.channel", v);
            break;
        case Filter::InterventionType:
            t = inList("i.intervention_type", v);
            break;
        case Filter::WorkerRole:
            if (perWorker)
                t = inList("w.role", v);
            else
                t = exists("FROM intervention_worker fiw JOIN worker fw ON fw.id = fiw.worker_id"
                           " WHERE fiw.intervention_id = i.id AND fw.role", v);
            break;
        case Filter::PartnerType:
            t = inList("p.partner_type", v);
            break;
        case Filter::SessionKind:
            t = inList("s.kind", v);
            break;
        case Filter::ParticipantTypology:
            t = inList("sp.typology", v);
            break;
        case Filter::Decision:
            t = inList("cr.decision", v);
            break;
        case Filter::MaterialType:
            t = inList("m.material_type", v);
            break;
        case Filter::Dimension:
            t = inList("a.dimension", v);
            break;
        case Filter::Source:
            t = inList("a.source", v);
            break;
        case Filter::PersonRole:
            t = inList("cp.role", v);
            break;
        case Filter::TrainedInPeriod:
            t.sql("w.trained_on BETWEEN ").value(iso(p.start)).sql(" AND ").value(iso(p.end));
            addCondition(where, t, !v.flag);
            continue;
        default:
            continue;
        }
        addCondition(where, t, v.negated);
    }
    // Measures whose defaults apply when the definition names no status.
    const QStringList defaults = IndicatorCatalogue::defaultStatuses(spec.measure);
    if (!spec.has(Filter::Status) && !defaults.isEmpty()) {
        FilterValue v;
        v.codes = defaults;
        addCondition(where, inList(family == MeasureFamily::Session ? "s.status" : "i.status", v), false);
    }
}

const char *const interventionDetail =
    "i.status || ' · ' || i.channel || ' · ' || i.intervention_type || ' · ' || i.duration_min"
    " || ' min' || coalesce(' · ' || (SELECT group_concat(tc.number, ', ') FROM intervention_case"
    " tic JOIN case_file tc ON tc.id = tic.case_id WHERE tic.intervention_id = i.id), '')";

} // namespace

QueryText IndicatorSql::Aggregate::over(const QueryText &condition) const
{
    QueryText t;
    t.sql(function)
        .sql("CASE WHEN (")
        .append(condition)
        .sql(") THEN ")
        .sql(argument == "*" ? QByteArray("1") : argument)
        .sql(" END")
        .sql(suffix);
    return t;
}

QList<QVariant> IndicatorSql::ids(const QStringList &uuids)
{
    QList<QVariant> out;
    for (const QString &s : uuids)
        out.append(Uuid::fromString(s).bytes());
    return out;
}

QByteArray IndicatorSql::partnerLabel(const char *alias)
{
    const QByteArray a(alias);
    // A doctor or a private landlord is a person: shown as its kind (the list's French
    // label) and a short pseudonymous code, never by name.
    return "CASE WHEN " + a + ".partner_type IN ('gp', 'specialist', 'private_landlord') THEN " +
           "coalesce((SELECT rpt.label_fr FROM ref_partner_type rpt WHERE rpt.code = " + a +
           ".partner_type), " + a + ".partner_type) || ' ' || lower(substr(hex(" + a +
           ".id), 25, 8)) ELSE " + a + ".name END";
}

IndicatorSql::Parts IndicatorSql::parts(const MeasureSpec &spec, const QList<QVariant> &scope,
                                        const ReportingPeriod &p)
{
    Parts out;
    QList<QVariant> programmes = scope;
    if (const FilterValue *v = spec.filter(Filter::Programme); v && !v->negated)
        programmes = ids(v->codes);
    const FilterValue *notProgrammes = spec.filter(Filter::Programme);
    const auto scoped = [&](QueryText &where, const char *column) {
        where.sql(column).sql(" IN ").list(programmes);
        if (notProgrammes && notProgrammes->negated)
            where.sql(" AND ").sql(column).sql(" NOT IN ").list(ids(notProgrammes->codes));
    };
    const auto dated = [&](QueryText &where, const char *column) {
        where.sql(" AND ").sql(column).sql(" BETWEEN ").value(iso(p.start)).sql(" AND ").value(iso(p.end));
        out.dateColumn = column;
    };

    switch (IndicatorCatalogue::family(spec.measure)) {
    case MeasureFamily::Case: {
        out.scope.sql("c.archived_at IS NULL AND ");
        scoped(out.scope, "c.programme_id");
        out.where = out.scope;
        caseFilters(out.where, spec, p);
        switch (spec.measure) {
        case Measure::People:
            out.from.sql("FROM case_file c JOIN case_person cp ON cp.case_id = c.id"
                         " JOIN person pe ON pe.id = cp.person_id");
            out.where.sql(" AND pe.archived_at IS NULL");
            out.aggregate = {"count(DISTINCT ", "pe.id", ")"};
            out.traceColumns = "pe.code, min(c.identified_on), group_concat(DISTINCT c.number), 1,"
                               " hex(pe.id)";
            out.traceGroupBy = "pe.id";
            break;
        case Measure::Households:
            out.from.sql("FROM case_file c JOIN household h ON h.id = c.household_id");
            out.where.sql(" AND h.archived_at IS NULL");
            out.aggregate = {"count(DISTINCT ", "h.id", ")"};
            out.traceColumns = "h.code, min(c.identified_on), group_concat(DISTINCT c.number), 1,"
                               " hex(h.id)";
            out.traceGroupBy = "h.id";
            break;
        case Measure::PartnersMobilised:
        case Measure::PartnerLinks:
            out.from.sql("FROM case_file c JOIN case_partner cpa ON cpa.case_id = c.id"
                         " JOIN partner p ON p.id = cpa.partner_id");
            out.where.sql(" AND cpa.mobilised_on <= ").value(iso(p.end));
            if (spec.measure == Measure::PartnersMobilised) {
                out.aggregate = {"count(DISTINCT ", "p.id", ")"};
                out.traceColumns = partnerLabel("p") + ", min(cpa.mobilised_on),"
                                   " group_concat(DISTINCT c.number), 1, hex(p.id)";
                out.traceGroupBy = "p.id";
            } else {
                out.aggregate = {"count(", "*", ")"};
                out.traceColumns = "c.number, cpa.mobilised_on, " + partnerLabel("p") +
                                   ", 1, hex(p.id)";
                out.traceGroupBy = "c.id, p.id";
            }
            break;
        case Measure::ReferringPartners:
            out.from.sql("FROM case_file c JOIN partner p ON p.id = c.referral_partner_id");
            out.aggregate = {"count(DISTINCT ", "p.id", ")"};
            out.traceColumns = partnerLabel("p") + ", min(c.referral_date),"
                               " group_concat(DISTINCT c.number), 1, hex(p.id)";
            out.traceGroupBy = "p.id";
            break;
        default: // Cases
            out.from.sql("FROM case_file c");
            // One row per case: a category's joins are to one row (household, partner) or,
            // for problems, to one row per case and code, so a case is once in its group.
            out.aggregate = {"count(", "*", ")"};
            out.traceColumns = QByteArray("c.number, ") + casePointDate(spec.casePeriod()) +
                               ", c.status, 1, hex(c.id)";
            out.traceGroupBy = "c.id";
            break;
        }
        ownFilters(out.where, spec, p);
        break;
    }
    case MeasureFamily::Intervention:
        if (spec.measure == Measure::WorkerHours) {
            out.from.sql("FROM intervention i JOIN intervention_worker iw ON iw.intervention_id = i.id"
                         " JOIN worker w ON w.id = iw.worker_id");
            out.aggregate = {"total(", "i.duration_min", ") / 60.0"};
            out.traceColumns = QByteArray("w.code, i.date, ") + interventionDetail +
                               ", i.duration_min / 60.0, hex(i.id)";
            out.traceGroupBy = "i.id, w.id";
        } else {
            out.from.sql("FROM intervention i");
            // Interventions are read alone (no join): each is one row, counted once.
            out.aggregate = spec.measure == Measure::Hours
                                ? Aggregate{"total(", "i.duration_min", ") / 60.0"}
                                : Aggregate{"count(", "*", ")"};
            out.traceColumns = QByteArray("lower(hex(i.id)), i.date, ") + interventionDetail +
                               (spec.measure == Measure::Hours ? ", i.duration_min / 60.0"
                                                               : ", 1") +
                               ", hex(i.id)";
            out.traceGroupBy = "i.id";
        }
        out.scope.sql("i.archived_at IS NULL AND ");
        scoped(out.scope, "i.programme_id");
        out.where = out.scope;
        dated(out.where, "i.date");
        ownFilters(out.where, spec, p);
        break;
    case MeasureFamily::Session:
        out.scope.sql("s.archived_at IS NULL AND ");
        scoped(out.scope, "s.programme_id");
        out.where = out.scope;
        dated(out.where, "s.date");
        if (spec.measure == Measure::Participants) {
            out.from.sql("FROM collective_session s JOIN session_participants sp ON sp.session_id = s.id");
            out.aggregate = {"total(", "sp.count", ")"};
            out.traceColumns = "lower(hex(s.id)), s.date, s.kind || ' · ' || sp.typology ||"
                               " coalesce(' · ' || s.commune, ''), sp.count, hex(s.id)";
            out.traceGroupBy = "s.id, sp.typology";
        } else if (spec.measure == Measure::CommissionReviews) {
            out.from.sql("FROM collective_session s JOIN commission_review cr ON cr.session_id = s.id"
                         " JOIN case_file c ON c.id = cr.case_id");
            out.where.sql(" AND s.kind = 'commission' AND c.archived_at IS NULL");
            out.aggregate = {"count(", "*", ")"};
            out.traceColumns = "c.number, s.date, cr.decision, 1, hex(s.id)";
            out.traceGroupBy = "s.id, c.id";
        } else {
            out.from.sql("FROM collective_session s");
            out.aggregate = {"count(", "*", ")"}; // sessions read alone: one row each
            out.traceColumns = "lower(hex(s.id)), s.date, s.kind || ' · ' || s.status ||"
                               " coalesce(' · ' || s.commune, ''), 1, hex(s.id)";
            out.traceGroupBy = "s.id";
        }
        ownFilters(out.where, spec, p);
        break;
    case MeasureFamily::Material:
        out.from.sql("FROM communication_material m");
        out.scope.sql("m.archived_at IS NULL AND ");
        scoped(out.scope, "m.programme_id");
        out.where = out.scope;
        dated(out.where, "m.made_on");
        ownFilters(out.where, spec, p);
        out.aggregate = spec.measure == Measure::MaterialsMade
                            ? Aggregate{"total(", "m.quantity_made", ")"}
                        : spec.measure == Measure::MaterialsDistributed
                            ? Aggregate{"total(", "m.quantity_distributed", ")"}
                            : Aggregate{"count(DISTINCT ", "m.id", ")"};
        out.traceColumns = QByteArray("lower(hex(m.id)), m.made_on, m.material_type || ' · ' ||"
                                      " m.quantity_made || ' / ' || m.quantity_distributed, ") +
                           (spec.measure == Measure::MaterialsMade          ? "m.quantity_made"
                            : spec.measure == Measure::MaterialsDistributed ? "m.quantity_distributed"
                                                                            : "1") +
                           ", hex(m.id)";
        out.traceGroupBy = "m.id";
        break;
    case MeasureFamily::Worker: {
        // Workers belong to the organisation, not to a programme: a worker counts for the
        // programme when they did one of its interventions in the period or were assigned
        // to one of its cases during it. IN (subquery) reads the period's interventions
        // once instead of probing every worker's whole history.
        out.from.sql("FROM worker w");
        out.scope.sql("w.archived_at IS NULL");
        out.where = out.scope;
        out.where.sql(" AND w.id IN (SELECT iw.worker_id FROM intervention i"
                      " JOIN intervention_worker iw ON iw.intervention_id = i.id"
                      " WHERE i.archived_at IS NULL AND i.status = 'done' AND ");
        scoped(out.where, "i.programme_id");
        dated(out.where, "i.date");
        out.where.sql(" UNION SELECT cw.worker_id FROM case_worker cw JOIN case_file c ON c.id = cw.case_id"
                      " WHERE c.archived_at IS NULL AND ");
        scoped(out.where, "c.programme_id");
        out.where.sql(" AND cw.assigned_on <= ").value(iso(p.end))
            .sql(" AND (cw.unassigned_on IS NULL OR cw.unassigned_on >= ").value(iso(p.start)).sql("))");
        out.dateColumn.clear(); // the period bounds the subquery's interventions, not workers
        if (spec.measure == Measure::TrainedWorkers)
            out.where.sql(" AND w.trained_on <= ").value(iso(p.end));
        ownFilters(out.where, spec, p);
        out.aggregate = spec.measure == Measure::Fte ? Aggregate{"total(", "w.fte", ")"}
                                                     : Aggregate{"count(DISTINCT ", "w.id", ")"};
        out.traceColumns = QByteArray("w.code, w.trained_on, w.role || ' · ' || w.fte || ' ETP', ") +
                           (spec.measure == Measure::Fte ? "w.fte" : "1") + ", hex(w.id)";
        out.traceGroupBy = "w.id";
        break;
    }
    case MeasureFamily::Assessment:
        out.from.sql("FROM assessment a JOIN case_file c ON c.id = a.case_id");
        out.scope.sql("a.archived_at IS NULL AND c.archived_at IS NULL AND ");
        scoped(out.scope, "c.programme_id");
        out.where = out.scope;
        dated(out.where, "a.assessed_on");
        caseFilters(out.where, spec, p);
        ownFilters(out.where, spec, p);
        out.aggregate = {"count(DISTINCT ", "a.id", ")"};
        out.traceColumns = "c.number, a.assessed_on, a.dimension || ' · ' || a.source || ' · ' ||"
                           " a.score, 1, hex(a.id)";
        out.traceGroupBy = "a.id";
        break;
    }
    return out;
}

namespace {
// The id as Uuid::toString() writes it (lower-case, dashed), NULL for NULL: hex(NULL) is ''
// in SQLite, which would turn "no landlord" into a category of its own.
QByteArray uuidText(const QByteArray &column)
{
    const QByteArray h = "hex(" + column + ")";
    return "CASE WHEN " + column + " IS NULL THEN NULL ELSE lower(substr(" + h + ", 1, 8) || '-' || substr(" + h +
           ", 9, 4) || '-' || substr(" + h + ", 13, 4) || '-' || substr(" + h + ", 17, 4) || '-' || substr(" + h +
           ", 21)) END";
}
} // namespace

IndicatorSql::CategoryKey IndicatorSql::categoryKey(Category category, const MeasureSpec &spec)
{
    const MeasureFamily family = IndicatorCatalogue::family(spec.measure);
    switch (category) {
    case Category::Problem:
        return {" LEFT JOIN case_problem kpr ON kpr.case_id = c.id", "kpr.code"};
    case Category::Status:
        return {{}, family == MeasureFamily::Intervention ? "i.status"
                    : family == MeasureFamily::Session    ? "s.status"
                                                          : "c.status"};
    case Category::Landlord:
        return {" LEFT JOIN household kh ON kh.id = c.household_id",
                uuidText("kh.landlord_partner_id")};
    case Category::LandlordType:
        return {" LEFT JOIN household kh ON kh.id = c.household_id"
                " LEFT JOIN partner kp ON kp.id = kh.landlord_partner_id",
                "kp.partner_type"};
    case Category::ReferralPartnerType:
        return {" LEFT JOIN partner krp ON krp.id = c.referral_partner_id", "krp.partner_type"};
    case Category::CloseReason:
        return {{}, "c.close_reason"};
    case Category::Qpv:
        return {" LEFT JOIN household kh ON kh.id = c.household_id", "CAST(kh.qpv AS TEXT)"};
    case Category::HousingKind:
        return {" LEFT JOIN household kh ON kh.id = c.household_id", "kh.housing_kind"};
    case Category::PartnerType:
        return {{}, "p.partner_type"};
    case Category::Partner:
        return {{}, uuidText("p.id")};
    case Category::Channel:
        return {{}, "i.channel"};
    case Category::InterventionType:
        return {{}, "i.intervention_type"};
    case Category::WorkerRole:
        return {{}, "w.role"};
    case Category::SessionKind:
        return {{}, "s.kind"};
    case Category::Commune:
        return {{}, "s.commune"};
    case Category::ParticipantTypology:
        return {{}, "sp.typology"};
    case Category::Decision:
        return {{}, "cr.decision"};
    case Category::MaterialType:
        return {{}, "m.material_type"};
    case Category::Dimension:
        return {{}, "a.dimension"};
    case Category::Source:
        return {{}, "a.source"};
    case Category::Score:
        return {{}, "CAST(a.score AS TEXT)"};
    case Category::Month:
        switch (family) {
        case MeasureFamily::Intervention:
            return {{}, "substr(i.date, 1, 7)"};
        case MeasureFamily::Session:
            return {{}, "substr(s.date, 1, 7)"};
        case MeasureFamily::Material:
            return {{}, "substr(m.made_on, 1, 7)"};
        case MeasureFamily::Assessment:
            return {{}, "substr(a.assessed_on, 1, 7)"};
        default:
            return {{}, QByteArray("substr(") + casePointDate(spec.casePeriod()) + ", 1, 7)"};
        }
    }
    return {};
}

} // namespace passerelle
