#include "demo/DemoWriter.h"

#include "util/Errors.h"
#include "util/TrContext.h"
#include "util/Uuid.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

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
    {"programme", "id, organisation_id, code, name, description, territory, start_date, end_date, "
                  "created_at, updated_at"},
    {"partner",
     "id, name, partner_type, commune, contact_name, phone, email, notes, created_at, updated_at"},
    {"worker", "id, organisation_id, code, display_name, role, profession, fte, trained_on, "
               "active, email, phone, created_at, updated_at"},
    {"action_sheet",
     "id, programme_id, chained_from_id, number, title, cls_name, strategic_axis, "
     "carrier_structure, "
     "carrier_referent, local_context, specific_objective, implementation_steps, "
     "targets_inequalities, "
     "inequalities_detail, public_policies, citizen_participation, citizen_participation_how, "
     "public_description, people_concerned, places_description, start_year, end_year, "
     "duration_text, "
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
    {"action_sheet_objective",
     "id, action_sheet_id, position, text, due_date, due_text, created_at, updated_at"},
    {"action_sheet_step", "id, action_sheet_id, position, text, due_date, created_at, updated_at"},
    {"indicator",
     "id, action_sheet_id, kind, position, label, definition, target, created_at, updated_at"},
    {"indicator_value",
     "indicator_id, period_start, period_end, value, text_value, comment, created_at, updated_at"},
    {"review_section",
     "action_sheet_id, period_start, period_end, section, text, created_at, updated_at"},
    {"funding", "id, programme_id, action_sheet_id, funder, funder_partner_id, year, amount_cents, "
                "note, created_at, updated_at"},
    {"communication_material", "id, programme_id, material_type, title, quantity_made, "
                               "quantity_distributed, made_on, created_at, updated_at"},
    {"household", "id, code, landlord_partner_id, housing_kind, commune, qpv, tenancy_start, "
                  "rent_arrears_cents, "
                  "repayment_plan, eviction_stage, composition_note, created_at, updated_at"},
    {"person", "id, code, first_name, last_name, birth_year, sex, household_id, relation, "
               "created_at, updated_at"},
    {"case_file",
     "id, programme_id, number, household_id, status, identified_on, oriented_on, accompanied_on, "
     "closed_on, close_reason, referral_partner_id, referral_date, referral_reason, needs_person, "
     "needs_professional, notes, created_at, updated_at"},
    {"case_person", "case_id, person_id, role"},
    {"case_status_change",
     "id, case_id, from_status, to_status, changed_on, reason, created_at, updated_at"},
    {"case_worker", "case_id, worker_id, pair_role, assigned_on, unassigned_on"},
    {"case_partner", "case_id, partner_id, role, mobilised_on"},
    {"case_problem", "case_id, code"},
    {"intervention",
     "id, programme_id, date, start_time, status, channel, intervention_type, duration_min, note, "
     "created_at, updated_at"},
    {"intervention_case", "intervention_id, case_id"},
    {"intervention_worker", "intervention_id, worker_id"},
    {"collective_session", "id, programme_id, kind, title, date, start_time, duration_min, status, "
                           "commune, place, topics, "
                           "created_at, updated_at"},
    {"session_participants", "session_id, typology, count"},
    {"commission_review", "session_id, case_id, decision, note"},
    {"assessment",
     "id, case_id, assessed_on, dimension, score, source, note, created_at, updated_at"},
};
static_assert(std::size(specs) == std::size_t(DemoWriter::Table::Count));

} // namespace

DemoWriter::DemoWriter(sqlite3 *db, quint64 idSeed) : m_db(db), m_idRandom(idSeed)
{
    for (std::size_t t = 0; t < m_queues.size(); ++t) {
        m_columns[t] = std::size_t(QByteArrayView(specs[t].columns).count(',') + 1);
        m_queues[t].values.reserve(std::size_t(batchRows) * m_columns[t]);
    }
}

DemoWriter::~DemoWriter()
{
    // Rows still queued are dropped: only an exception gets here without finish(), and the
    // transaction around the writer rolls back anyway.
    for (const auto &perSize : m_statements) {
        for (sqlite3_stmt *s : perSize)
            sqlite3_finalize(s);
    }
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

sqlite3_stmt *DemoWriter::statement(Table table, int rows)
{
    sqlite3_stmt *&stmt = m_statements[std::size_t(table)][std::size_t(rows)];
    if (stmt)
        return stmt;
    const TableSpec &spec = specs[std::size_t(table)];
    const QByteArray columns(spec.columns);
    const auto count = columns.count(',') + 1;
    QByteArray tuple("(?");
    for (qsizetype i = 1; i < count; ++i)
        tuple += ",?";
    tuple += ')';
    // OR FAIL: a refused row stops the statement without undoing its earlier rows, so SQLite
    // keeps no statement journal for the batch (foreign keys being off during the load); the
    // error then rolls the whole load back anyway.
    QByteArray sql =
        QByteArray("INSERT OR FAIL INTO ") + spec.name + " (" + columns + ") VALUES " + tuple;
    for (int r = 1; r < rows; ++r)
        sql += ',' + tuple;
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        stmt = nullptr;
        throw StorageError(DemoText::tr("Données de démonstration : table %1 inutilisable : %2")
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

DemoWriter::Value &DemoWriter::push(Table table, Kind kind)
{
    Value &v = m_queues[std::size_t(table)].values.emplace_back();
    v.kind = kind;
    v.size = 0;
    v.integer = 0;
    return v;
}

void DemoWriter::copy(Table table, Kind kind, const QByteArray &bytes)
{
    Queue &q = m_queues[std::size_t(table)];
    Value &v = push(table, kind);
    v.size = int(bytes.size());
    v.offset = q.arena.size();
    q.arena.insert(q.arena.end(), bytes.constBegin(), bytes.constEnd());
}

void DemoWriter::queued(Table table, std::size_t first)
{
    Queue &q = m_queues[std::size_t(table)];
    const std::size_t columns = m_columns[std::size_t(table)];
    // A builder that gives too few or too many values is a programming error; say which table.
    if (q.values.size() - first != columns)
        throw StorageError(
            DemoText::tr("Données de démonstration : %1 valeurs pour la table %2 qui en attend %3")
                .arg(q.values.size() - first)
                .arg(QString::fromLatin1(specs[std::size_t(table)].name))
                .arg(columns));
    ++q.rows;
    ++m_rows[std::size_t(table)];
    if (q.rows >= batchRows)
        flushAll();
}

void DemoWriter::flushAll()
{
    for (std::size_t t = 0; t < m_queues.size(); ++t) {
        if (m_queues[t].rows > 0)
            flush(Table(t));
    }
}

void DemoWriter::flush(Table table)
{
    Queue &q = m_queues[std::size_t(table)];
    const std::size_t columns = q.values.size() / std::size_t(q.rows);
    std::size_t next = 0;
    for (int done = 0; done < q.rows;) {
        const int rows = std::min(batchRows, q.rows - done);
        sqlite3_stmt *stmt = statement(table, rows);
        const int parameters = rows * int(columns);
        for (int p = 1; p <= parameters; ++p, ++next) {
            const Value &v = q.values[next];
            switch (v.kind) {
            case Kind::Null:
                sqlite3_bind_null(stmt, p);
                break;
            case Kind::Integer:
                sqlite3_bind_int64(stmt, p, v.integer);
                break;
            case Kind::Real:
                sqlite3_bind_double(stmt, p, v.real);
                break;
            case Kind::Text:
                sqlite3_bind_text(stmt, p, v.text, v.size, SQLITE_STATIC);
                break;
            case Kind::CopiedText:
                sqlite3_bind_text(stmt, p, q.arena.data() + v.offset, v.size, SQLITE_STATIC);
                break;
            case Kind::CopiedBlob:
                sqlite3_bind_blob(stmt, p, q.arena.data() + v.offset, v.size, SQLITE_STATIC);
                break;
            }
        }
        const int rc = sqlite3_step(stmt);
        if (rc != SQLITE_DONE) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_reset(stmt);
            throw StorageError(
                DemoText::tr("Données de démonstration refusées par la table %1 : %2")
                    .arg(QString::fromLatin1(specs[std::size_t(table)].name), message));
        }
        sqlite3_reset(stmt);
        done += rows;
    }
    q.values.clear();
    q.arena.clear();
    q.rows = 0;
}

DemoWriter::Row::Row(DemoWriter &writer, Table table)
    : m_writer(writer), m_table(table), m_first(writer.m_queues[std::size_t(table)].values.size())
{
}

DemoWriter::Row &DemoWriter::Row::blob(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        m_writer.push(m_table, Kind::Null);
    else
        m_writer.copy(m_table, Kind::CopiedBlob, bytes);
    return *this;
}

DemoWriter::Row &DemoWriter::Row::text(const char *utf8)
{
    if (!utf8) {
        m_writer.push(m_table, Kind::Null);
    } else {
        Value &v = m_writer.push(m_table, Kind::Text);
        v.text = utf8;
        v.size = int(std::strlen(utf8));
    }
    return *this;
}

DemoWriter::Row &DemoWriter::Row::text(const QByteArray &utf8)
{
    if (utf8.isNull())
        m_writer.push(m_table, Kind::Null);
    else
        m_writer.copy(m_table, Kind::CopiedText, utf8);
    return *this;
}

DemoWriter::Row &DemoWriter::Row::integer(qint64 value)
{
    m_writer.push(m_table, Kind::Integer).integer = value;
    return *this;
}

DemoWriter::Row &DemoWriter::Row::real(double value)
{
    m_writer.push(m_table, Kind::Real).real = value;
    return *this;
}

DemoWriter::Row &DemoWriter::Row::null()
{
    m_writer.push(m_table, Kind::Null);
    return *this;
}

void DemoWriter::Row::insert()
{
    m_writer.queued(m_table, m_first);
}

} // namespace passerelle
