#include "demo/DemoWriter.h"

#include "util/Errors.h"
#include "util/Uuid.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace passerelle {

namespace {

struct TableSpec
{
    const char *name;
    const char *columns;
};

// Column lists in the order the builders bind them; archived_at is always left NULL.
const TableSpec specs[] = {
    {"organisation", "id, name, short_name, commune, department, created_at, updated_at"},
    {"programme", "id, organisation_id, code, name, description, territory, start_date, end_date, created_at, updated_at"},
    {"partner", "id, name, partner_type, commune, contact_name, phone, email, notes, created_at, updated_at"},
    {"worker", "id, organisation_id, code, display_name, role, profession, fte, trained_on, active, email, phone, created_at, updated_at"},
    {"action_sheet",
     "id, programme_id, chained_from_id, number, title, cls_name, strategic_axis, carrier_structure, "
     "carrier_referent, local_context, specific_objective, implementation_steps, targets_inequalities, "
     "inequalities_detail, public_policies, citizen_participation, citizen_participation_how, "
     "public_description, people_concerned, places_description, start_year, end_year, duration_text, "
     "frequency, frequency_detail, geographic_level, department, prs_programme, evaluation_method, "
     "contact, period_start, period_end, created_at, updated_at"},
    {"action_sheet_typology", "action_sheet_id, code"},
    {"action_sheet_prs_axis", "action_sheet_id, code, objective"},
    {"action_sheet_prse3_axis", "action_sheet_id, code, objective"},
    {"action_sheet_determinant", "action_sheet_id, code"},
    {"action_sheet_action_type", "action_sheet_id, code"},
    {"action_sheet_result_category", "action_sheet_id, code"},
    {"action_sheet_public_category", "action_sheet_id, code"},
    {"action_sheet_theme", "action_sheet_id, code"},
    {"action_sheet_place_type", "action_sheet_id, code"},
    {"action_sheet_commune", "action_sheet_id, commune"},
    {"action_sheet_partner", "action_sheet_id, partner_id, role"},
    {"action_sheet_objective", "id, action_sheet_id, position, text, due_date, due_text, created_at, updated_at"},
    {"action_sheet_step", "id, action_sheet_id, position, text, due_date, created_at, updated_at"},
    {"indicator", "id, action_sheet_id, kind, position, label, definition, target, created_at, updated_at"},
    {"indicator_value", "indicator_id, period_start, period_end, value, text_value, comment, created_at, updated_at"},
    {"funding", "id, programme_id, action_sheet_id, funder, funder_partner_id, year, amount_cents, note, created_at, updated_at"},
    {"communication_material", "id, programme_id, material_type, title, quantity_made, quantity_distributed, made_on, created_at, updated_at"},
    {"household",
     "id, code, landlord_partner_id, housing_kind, commune, qpv, tenancy_start, rent_arrears_cents, "
     "repayment_plan, eviction_stage, composition_note, created_at, updated_at"},
    {"person", "id, code, first_name, last_name, birth_year, sex, household_id, relation, created_at, updated_at"},
    {"case_file",
     "id, programme_id, number, household_id, status, identified_on, oriented_on, accompanied_on, "
     "closed_on, close_reason, referral_partner_id, referral_date, referral_reason, needs_person, "
     "needs_professional, notes, created_at, updated_at"},
    {"case_person", "case_id, person_id, role"},
    {"case_status_change", "id, case_id, from_status, to_status, changed_on, reason, created_at, updated_at"},
    {"case_worker", "case_id, worker_id, pair_role, assigned_on, unassigned_on"},
    {"case_partner", "case_id, partner_id, role, mobilised_on"},
    {"case_problem", "case_id, code"},
    {"intervention",
     "id, programme_id, date, start_time, status, channel, intervention_type, duration_min, note, "
     "created_at, updated_at"},
    {"intervention_case", "intervention_id, case_id"},
    {"intervention_worker", "intervention_id, worker_id"},
    {"collective_session",
     "id, programme_id, kind, title, date, start_time, duration_min, status, commune, place, topics, "
     "created_at, updated_at"},
    {"session_participants", "session_id, typology, count"},
    {"commission_review", "session_id, case_id, decision, note"},
    {"assessment", "id, case_id, assessed_on, dimension, score, source, note, created_at, updated_at"},
};
static_assert(std::size(specs) == std::size_t(DemoWriter::Table::Count));

QString tr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

} // namespace

DemoWriter::DemoWriter(sqlite3 *db, quint64 idSeed) : m_db(db), m_idRandom(idSeed) {}

DemoWriter::~DemoWriter()
{
    for (sqlite3_stmt *s : m_statements)
        sqlite3_finalize(s);
}

const char *DemoWriter::tableName(Table table)
{
    return specs[std::size_t(table)].name;
}

QMap<QString, qint64> DemoWriter::rowsPerTable() const
{
    QMap<QString, qint64> out;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i] > 0)
            out.insert(QString::fromLatin1(specs[i].name), m_rows[i]);
    }
    return out;
}

sqlite3_stmt *DemoWriter::statement(Table table)
{
    sqlite3_stmt *&stmt = m_statements[std::size_t(table)];
    if (stmt)
        return stmt;
    const TableSpec &spec = specs[std::size_t(table)];
    const QByteArray columns(spec.columns);
    const auto count = columns.count(',') + 1;
    QByteArray sql = QByteArray("INSERT INTO ") + spec.name + " (" + columns + ") VALUES (?";
    for (qsizetype i = 1; i < count; ++i)
        sql += ", ?";
    sql += ')';
    if (sqlite3_prepare_v3(m_db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        stmt = nullptr;
        throw StorageError(tr("Données de démonstration : table %1 inutilisable : %2")
                               .arg(QString::fromLatin1(spec.name), message));
    }
    return stmt;
}

QByteArray DemoWriter::newId(Table table, qint64 &createdMs)
{
    qint64 &last = m_lastMs[std::size_t(table)];
    createdMs = std::max(createdMs, last + 1);
    last = createdMs;
    const quint64 randA = m_idRandom.next();
    return Uuid::v7From(createdMs, randA, m_idRandom.next()).bytes();
}

DemoWriter::Row::Row(DemoWriter &writer, Table table)
    : m_writer(writer), m_table(table), m_stmt(writer.statement(table))
{
}

DemoWriter::Row &DemoWriter::Row::blob(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        sqlite3_bind_null(m_stmt, m_index++);
    else
        sqlite3_bind_blob(m_stmt, m_index++, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    return *this;
}

DemoWriter::Row &DemoWriter::Row::text(const char *utf8)
{
    if (!utf8)
        sqlite3_bind_null(m_stmt, m_index++);
    else
        sqlite3_bind_text(m_stmt, m_index++, utf8, -1, SQLITE_STATIC);
    return *this;
}

DemoWriter::Row &DemoWriter::Row::text(const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, m_index++);
    else
        sqlite3_bind_text(m_stmt, m_index++, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

DemoWriter::Row &DemoWriter::Row::integer(qint64 value)
{
    sqlite3_bind_int64(m_stmt, m_index++, value);
    return *this;
}

DemoWriter::Row &DemoWriter::Row::real(double value)
{
    sqlite3_bind_double(m_stmt, m_index++, value);
    return *this;
}

DemoWriter::Row &DemoWriter::Row::null()
{
    sqlite3_bind_null(m_stmt, m_index++);
    return *this;
}

void DemoWriter::Row::insert()
{
    const char *table = specs[std::size_t(m_table)].name;
    // A builder that binds too few or too many values is a programming error; say which table.
    if (m_index - 1 != sqlite3_bind_parameter_count(m_stmt))
        throw StorageError(tr("Données de démonstration : %1 valeurs pour la table %2 qui en attend %3")
                               .arg(m_index - 1)
                               .arg(QString::fromLatin1(table))
                               .arg(sqlite3_bind_parameter_count(m_stmt)));
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_writer.m_db));
        sqlite3_reset(m_stmt);
        throw StorageError(tr("Données de démonstration refusées par la table %1 : %2")
                               .arg(QString::fromLatin1(table), message));
    }
    sqlite3_reset(m_stmt);
    ++m_writer.m_rows[std::size_t(m_table)];
    m_index = 1;
}

} // namespace passerelle
