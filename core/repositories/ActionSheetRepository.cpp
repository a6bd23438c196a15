#include "repositories/ActionSheetRepository.h"

#include "domain/Validation.h"
#include "repositories/Timestamps.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QCoreApplication>

namespace passerelle {

namespace {
constexpr QLatin1StringView table("action_sheet");
constexpr auto columns =
    "id, programme_id, chained_from_id, number, title, cls_name, strategic_axis,"
    " carrier_structure, carrier_referent, local_context, specific_objective,"
    " implementation_steps, targets_inequalities, inequalities_detail, public_policies,"
    " citizen_participation, citizen_participation_how, public_description, people_concerned,"
    " places_description, start_year, end_year, duration_text, frequency, frequency_detail,"
    " geographic_level, department, prs_programme, evaluation_method, contact, period_start,"
    " period_end, created_at, updated_at, archived_at";
// The same columns as named parameters, in the same order, for INSERT and UPDATE.
// clang-format off
constexpr auto fieldNames = {
    "programme_id", "chained_from_id", "number", "title", "cls_name", "strategic_axis",
    "carrier_structure", "carrier_referent", "local_context", "specific_objective",
    "implementation_steps", "targets_inequalities", "inequalities_detail", "public_policies",
    "citizen_participation", "citizen_participation_how", "public_description",
    "people_concerned", "places_description", "start_year", "end_year", "duration_text",
    "frequency", "frequency_detail", "geographic_level", "department", "prs_programme",
    "evaluation_method", "contact", "period_start", "period_end"};
// clang-format on

std::optional<int> optionalInt(const QSqlQuery &q, int column)
{
    const auto v = sql::integerAt(q, column);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

ActionSheet read(const QSqlQuery &q)
{
    ActionSheet s;
    int c = 0;
    const auto text = [&q, &c] { return q.value(c++).toString(); };
    s.id = sql::uuidAt(q, c++);
    s.programmeId = sql::uuidAt(q, c++);
    s.chainedFromId = sql::uuidAt(q, c++);
    s.number = text();
    s.title = text();
    s.clsName = text();
    s.strategicAxis = text();
    s.carrierStructure = text();
    s.carrierReferent = text();
    s.localContext = text();
    s.specificObjective = text();
    s.implementationDescription = text();
    s.targetsInequalities = sql::booleanAt(q, c++);
    s.inequalitiesDetail = text();
    s.publicPolicies = text();
    s.citizenParticipation = sql::booleanAt(q, c++);
    s.citizenParticipationHow = text();
    s.publicDescription = text();
    s.peopleConcerned = text();
    s.placesDescription = text();
    s.startYear = optionalInt(q, c++);
    s.endYear = optionalInt(q, c++);
    s.durationText = text();
    s.frequency = actionFrequencyFromCode(text());
    s.frequencyDetail = text();
    s.geographicLevel = geographicLevelFromCode(text());
    s.department = text();
    s.prsProgramme = text();
    s.evaluationMethod = text();
    s.contact = text();
    s.periodStart = sql::dateAt(q, c++);
    s.periodEnd = sql::dateAt(q, c++);
    s.createdAt = timestampAt(q, c++);
    s.updatedAt = timestampAt(q, c++);
    s.archivedAt = timestampAt(q, c++);
    return s;
}

QVariant optionalYear(std::optional<int> year)
{
    return sql::integer(year ? std::optional<qint64>(*year) : std::nullopt);
}

void bindFields(QSqlQuery &q, const ActionSheet &s)
{
    const auto bind = [&q](const char *name, const QVariant &value) {
        q.bindValue(QLatin1Char(':') + QLatin1StringView(name), value);
    };
    const auto text = [](const QString &value) { return sql::text(value.trimmed()); };
    bind("id", sql::uuid(s.id));
    bind("programme_id", sql::uuid(s.programmeId));
    bind("chained_from_id", sql::uuid(s.chainedFromId));
    bind("number", s.number.trimmed());
    bind("title", s.title.trimmed());
    bind("cls_name", text(s.clsName));
    bind("strategic_axis", text(s.strategicAxis));
    bind("carrier_structure", text(s.carrierStructure));
    bind("carrier_referent", text(s.carrierReferent));
    bind("local_context", text(s.localContext));
    bind("specific_objective", text(s.specificObjective));
    bind("implementation_steps", text(s.implementationDescription));
    bind("targets_inequalities", sql::boolean(s.targetsInequalities));
    bind("inequalities_detail", text(s.inequalitiesDetail));
    bind("public_policies", text(s.publicPolicies));
    bind("citizen_participation", sql::boolean(s.citizenParticipation));
    bind("citizen_participation_how", text(s.citizenParticipationHow));
    bind("public_description", text(s.publicDescription));
    bind("people_concerned", text(s.peopleConcerned));
    bind("places_description", text(s.placesDescription));
    bind("start_year", optionalYear(s.startYear));
    bind("end_year", optionalYear(s.endYear));
    bind("duration_text", text(s.durationText));
    bind("frequency", s.frequency ? QVariant(toCode(*s.frequency)) : sql::text({}));
    bind("frequency_detail", text(s.frequencyDetail));
    bind("geographic_level",
         s.geographicLevel ? QVariant(toCode(*s.geographicLevel)) : sql::text({}));
    bind("department", text(s.department));
    bind("prs_programme", text(s.prsProgramme));
    bind("evaluation_method", text(s.evaluationMethod));
    bind("contact", text(s.contact));
    bind("period_start", sql::date(s.periodStart));
    bind("period_end", sql::date(s.periodEnd));
}

QString insertSql()
{
    QStringList names{QStringLiteral("id")};
    for (const char *name : fieldNames)
        names.append(QLatin1StringView(name));
    names << QStringLiteral("created_at") << QStringLiteral("updated_at");
    QStringList params;
    for (const QString &name : std::as_const(names))
        params.append(QLatin1Char(':') + name);
    return QStringLiteral("INSERT INTO action_sheet(%1) VALUES (%2)")
        .arg(names.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")));
}

QString updateSql()
{
    QStringList assignments;
    for (const char *name : fieldNames)
        assignments.append(QLatin1StringView(name) + QStringLiteral(" = :") +
                           QLatin1StringView(name));
    assignments.append(QStringLiteral("updated_at = :updated_at"));
    return QStringLiteral("UPDATE action_sheet SET %1 WHERE id = :id")
        .arg(assignments.join(QStringLiteral(", ")));
}
} // namespace

ActionSheetRepository::ActionSheetRepository(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_sql(db), m_sections(db, clock)
{
}

bool ActionSheetRepository::chainReaches(const Uuid &from, const Uuid &target)
{
    // UNION (not UNION ALL) stops on a chain that already loops, should one ever arrive
    // by import or sync.
    QSqlQuery &q = m_sql.get(QStringLiteral(
        "WITH RECURSIVE chain(id) AS (SELECT :from UNION SELECT a.chained_from_id"
        " FROM action_sheet a JOIN chain c ON a.id = c.id WHERE a.chained_from_id IS NOT NULL)"
        " SELECT 1 FROM chain WHERE id = :target LIMIT 1"));
    q.bindValue(QStringLiteral(":from"), sql::uuid(from));
    q.bindValue(QStringLiteral(":target"), sql::uuid(target));
    sql::exec(q);
    const bool reached = q.next();
    q.finish();
    return reached;
}

void ActionSheetRepository::checkReferences(const ActionSheet &s, Validator &v)
{
    if (!s.programmeId.isNull() && !m_sql.exists(QLatin1StringView("programme"), s.programmeId))
        v.fail(QStringLiteral("programme_id"), ValidationText::tr("Ce programme n'existe pas."));
    if (!s.chainedFromId.isNull() && s.chainedFromId != s.id) {
        if (!m_sql.exists(table, s.chainedFromId))
            v.fail(QStringLiteral("chained_from_id"),
                   ValidationText::tr("La fiche action chaînée n'existe pas."));
        else if (chainReaches(s.chainedFromId, s.id))
            // Invariant 9: following chained_from from here must never come back.
            v.fail(QStringLiteral("chained_from_id"),
                   ValidationText::tr(
                       "Ce chaînage formerait une boucle : la fiche choisie découle déjà de "
                       "celle-ci."));
    }
    m_sections.checkReferences(s, v);
}

Uuid ActionSheetRepository::create(ActionSheet s)
{
    if (s.id.isNull())
        s.id = Uuid::createV7();
    Validator v(recordLabel(s));
    validate(s, v);
    Transaction tx(m_db.handle());
    checkReferences(s, v);
    v.throwIfFailed();
    const qint64 now = m_clock.nowMs();
    QSqlQuery &q = m_sql.get(insertSql());
    bindFields(q, s);
    q.bindValue(QStringLiteral(":created_at"), now);
    q.bindValue(QStringLiteral(":updated_at"), now);
    sql::exec(q, recordLabel(s));
    m_sections.save(s);
    tx.commit();
    return s.id;
}

void ActionSheetRepository::update(const ActionSheet &s)
{
    Validator v(recordLabel(s));
    validate(s, v);
    Transaction tx(m_db.handle());
    if (!m_sql.exists(table, s.id))
        throw ValidationError(QStringLiteral("id"), ValidationText::tr("Fiche action introuvable."),
                              recordLabel(s));
    checkReferences(s, v);
    // Invariant 8: earmarked funding follows its programme, so the sheet cannot leave it.
    QSqlQuery &funding = m_sql.get(QStringLiteral(
        "SELECT count(*) FROM funding WHERE action_sheet_id = :id AND programme_id <> :programme"));
    funding.bindValue(QStringLiteral(":id"), sql::uuid(s.id));
    funding.bindValue(QStringLiteral(":programme"), sql::uuid(s.programmeId));
    sql::exec(funding);
    const int misplaced = funding.next() ? funding.value(0).toInt() : 0;
    funding.finish();
    if (misplaced > 0)
        v.fail(QStringLiteral("programme_id"),
               QCoreApplication::translate("Validation",
                                           "%n financement(s) affecté(s) à cette fiche relèvent "
                                           "de son programme actuel : changez-les d'abord.",
                                           nullptr, misplaced));
    v.throwIfFailed();
    QSqlQuery &q = m_sql.get(updateSql());
    bindFields(q, s);
    q.bindValue(QStringLiteral(":updated_at"), m_clock.nowMs());
    sql::exec(q, recordLabel(s));
    m_sections.save(s);
    tx.commit();
}

std::optional<ActionSheet> ActionSheetRepository::find(const Uuid &id)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT %1 FROM action_sheet WHERE id = :id")
                                 .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":id"), sql::uuid(id));
    sql::exec(q);
    std::optional<ActionSheet> out;
    if (q.next())
        out = read(q);
    q.finish();
    if (out)
        m_sections.load(*out);
    return out;
}

QList<ActionSheet> ActionSheetRepository::list(const Uuid &programmeId, bool includeArchived)
{
    QSqlQuery &q =
        m_sql.get(QStringLiteral("SELECT %1 FROM action_sheet"
                                 " WHERE (:programme IS NULL OR programme_id = :programme2)"
                                 " AND (:all = 1 OR archived_at IS NULL)"
                                 " ORDER BY number, period_start, id")
                      .arg(QLatin1StringView(columns)));
    q.bindValue(QStringLiteral(":programme"), sql::uuid(programmeId));
    q.bindValue(QStringLiteral(":programme2"), sql::uuid(programmeId));
    q.bindValue(QStringLiteral(":all"), includeArchived ? 1 : 0);
    sql::exec(q);
    QList<ActionSheet> out;
    while (q.next())
        out.append(read(q));
    q.finish();
    // Sections after the scan: their statements must not interleave with it.
    for (ActionSheet &s : out)
        m_sections.load(s);
    return out;
}

void ActionSheetRepository::archive(const Uuid &id)
{
    m_sql.setArchived(table, id, true, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

void ActionSheetRepository::restore(const Uuid &id)
{
    m_sql.setArchived(table, id, false, m_clock.nowMs(), table + QLatin1Char(' ') + id.toString());
}

} // namespace passerelle
