#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "exchange/IntegrityChecker.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"
#include "util/Errors.h"
#include "util/Uuid.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace passerelle;
using passerelle::test::TempDatabase;

namespace {

// ---------------------------------------------------------------- a complete small dataset

using Values = QList<QPair<const char *, QVariant>>;
const QVariant null;

constexpr qint64 t0 = 1735689600000; // 2025-01-01T00:00:00Z

QByteArray uid(int n)
{
    return Uuid::v7From(t0 + n * 1000, quint64(n), quint64(n) * 7919).bytes();
}

QString uidText(int n)
{
    return Uuid::fromBytes(uid(n)).toString();
}

void put(sqlite3 *h, const char *table, const Values &values)
{
    QByteArray columns;
    QByteArray params;
    for (const auto &[column, value] : values) {
        columns += (columns.isEmpty() ? "" : ",") + QByteArray(column);
        params += params.isEmpty() ? "?" : ",?";
    }
    SqliteStatement q(h, "INSERT INTO " + QByteArray(table) + " (" + columns + ") VALUES (" + params + ")");
    int i = 1;
    for (const auto &entry : values) {
        const QVariant &v = entry.second;
        if (v.isNull())
            q.bindNull(i);
        else if (v.typeId() == QMetaType::QByteArray)
            q.bindBlob(i, v.toByteArray());
        else if (v.typeId() == QMetaType::QString)
            q.bindText(i, v.toString());
        else if (v.typeId() == QMetaType::Double)
            q.bind(i, v.toDouble());
        else
            q.bind(i, v.toLongLong());
        ++i;
    }
    q.execute();
}

// An entity row: id plus the sync timestamps.
void entity(sqlite3 *h, const char *table, int id, Values values)
{
    values.prepend({"id", uid(id)});
    values.append({"created_at", t0 + id});
    values.append({"updated_at", t0 + id * 2});
    put(h, table, values);
}

enum Id {
    Org = 1, ProgPA, ProgEMP, Landlord, Cmp, Peer, Pro, Coord, Sheet2024, Sheet2025, Objective, Step,
    Indicator, FundingSheet, FundingFree, Material, Household, PersonSelf, PersonChild, CaseOpen,
    CaseClosed, Change1, Change2, Change3, Change4, Change5, Visit, Planned, Commission, Workshop,
    Assessment,
};

// Text that exercises every JSON escape and multi-byte UTF-8.
const QString trickyText = QStringLiteral("Guillemets \" barre \\ retour\nligne\ttab é ü 😀 \x01 fin");

// Every replicated table gets rows; values are invariant-clean so the import accepts them.
void buildDataset(const Database &db)
{
    sqlite3 *h = db.handle();
    Transaction tx(h);
    entity(h, "organisation", Org, {{"name", QStringLiteral("UDAF 52")}, {"short_name", QStringLiteral("UDAF")},
                                    {"commune", QStringLiteral("Chaumont")}, {"department", QStringLiteral("52")}});
    entity(h, "programme", ProgPA, {{"organisation_id", uid(Org)}, {"code", QStringLiteral("PA")},
                                    {"name", QStringLiteral("Pair-aidance")}, {"start_date", QStringLiteral("2020-01-01")}});
    entity(h, "programme", ProgEMP, {{"organisation_id", uid(Org)}, {"code", QStringLiteral("EMP")},
                                     {"name", QStringLiteral("Équipe mobile précarité")}, {"archived_at", t0 + 99}});
    entity(h, "partner", Landlord, {{"name", QStringLiteral("LOGISENS")}, {"partner_type", QStringLiteral("social_landlord")},
                                    {"email", QStringLiteral("contact@logisens.example")}, {"notes", trickyText}});
    entity(h, "partner", Cmp, {{"name", QStringLiteral("CMP Langres")}, {"partner_type", QStringLiteral("cmp")}});
    entity(h, "worker", Peer, {{"organisation_id", uid(Org)}, {"code", QStringLiteral("TP1")}, {"display_name", QStringLiteral("A. B.")},
                               {"role", QStringLiteral("peer_worker")}, {"fte", 0.5}, {"trained_on", QStringLiteral("2019-06-01")}});
    entity(h, "worker", Pro, {{"organisation_id", uid(Org)}, {"code", QStringLiteral("PRO1")}, {"display_name", QStringLiteral("C. D.")},
                              {"role", QStringLiteral("professional")}, {"fte", 1.0}});
    entity(h, "worker", Coord, {{"organisation_id", uid(Org)}, {"code", QStringLiteral("CO1")}, {"display_name", QStringLiteral("E. F.")},
                                {"role", QStringLiteral("coordinator")}, {"fte", 0.1 + 0.2}, {"active", 0}});
    entity(h, "action_sheet", Sheet2024, {{"programme_id", uid(ProgPA)}, {"number", QStringLiteral("3.3.1")},
                                          {"title", QStringLiteral("Dispositif de pair-aidance 2024")}, {"start_year", 2024},
                                          {"frequency", QStringLiteral("repeated")}, {"targets_inequalities", 1}});
    entity(h, "action_sheet", Sheet2025, {{"programme_id", uid(ProgPA)}, {"chained_from_id", uid(Sheet2024)},
                                          {"number", QStringLiteral("3.3.2")}, {"title", QStringLiteral("Pair-aidance 2025")},
                                          {"period_start", QStringLiteral("2025-01-01")}, {"period_end", QStringLiteral("2025-12-31")}});
    const QByteArray sheet = uid(Sheet2025);
    put(h, "action_sheet_typology", {{"action_sheet_id", sheet}, {"code", QStringLiteral("existing")}});
    put(h, "action_sheet_prs_axis", {{"action_sheet_id", sheet}, {"code", QStringLiteral("axis4")},
                                     {"objective", QStringLiteral("Objectif 04.0 - Faciliter l'accès aux soins")}});
    put(h, "action_sheet_prse3_axis", {{"action_sheet_id", sheet}, {"code", QStringLiteral("outside")}, {"objective", null}});
    put(h, "action_sheet_determinant", {{"action_sheet_id", sheet}, {"code", QStringLiteral("housing")}});
    put(h, "action_sheet_determinant", {{"action_sheet_id", sheet}, {"code", QStringLiteral("income")}});
    put(h, "action_sheet_action_type", {{"action_sheet_id", sheet}, {"code", QStringLiteral("individual_support")}});
    put(h, "action_sheet_result_category", {{"action_sheet_id", sheet}, {"code", QStringLiteral("A1")}});
    put(h, "action_sheet_public_category", {{"action_sheet_id", sheet}, {"code", QStringLiteral("mental_distress")}});
    put(h, "action_sheet_theme", {{"action_sheet_id", sheet}, {"code", QStringLiteral("precarity")}});
    put(h, "action_sheet_place_type", {{"action_sheet_id", sheet}, {"code", QStringLiteral("home")}});
    put(h, "action_sheet_commune", {{"action_sheet_id", sheet}, {"commune", QStringLiteral("Langres")}});
    put(h, "action_sheet_partner", {{"action_sheet_id", sheet}, {"partner_id", uid(Cmp)}, {"role", QStringLiteral("orientation")}});
    entity(h, "action_sheet_objective", Objective, {{"action_sheet_id", sheet}, {"position", 1},
                                                    {"text", QStringLiteral("Accompagner 30 personnes")},
                                                    {"due_text", QStringLiteral("Chaque année")}});
    entity(h, "action_sheet_step", Step, {{"action_sheet_id", sheet}, {"text", QStringLiteral("Recruter")},
                                          {"due_date", QStringLiteral("2025-03-01")}});
    entity(h, "indicator", Indicator, {{"action_sheet_id", sheet}, {"kind", QStringLiteral("result")},
                                       {"label", QStringLiteral("Personnes accompagnées")},
                                       {"definition", QStringLiteral("{\"count\":\"cases\",\"status\":[\"accompanied\"]}")}});
    put(h, "indicator_value", {{"indicator_id", uid(Indicator)}, {"period_start", QStringLiteral("2025-01-01")},
                               {"period_end", QStringLiteral("2025-12-31")}, {"value", 12.5}, {"text_value", QStringLiteral("12 / 30")},
                               {"created_at", t0}, {"updated_at", t0}});
    put(h, "indicator_value", {{"indicator_id", uid(Indicator)}, {"period_start", QStringLiteral("2024-01-01")},
                               {"period_end", QStringLiteral("2024-12-31")}, {"value", 1e-7}, {"created_at", t0}, {"updated_at", t0}});
    put(h, "review_section", {{"action_sheet_id", sheet}, {"period_start", QStringLiteral("2025-01-01")},
                              {"period_end", QStringLiteral("2025-12-31")}, {"section", QStringLiteral("limits")},
                              {"text", QStringLiteral("Délais d'accès au CMP ; « guillemets » et\nretour à la ligne")},
                              {"created_at", t0}, {"updated_at", t0}});
    entity(h, "funding", FundingSheet, {{"programme_id", uid(ProgPA)}, {"action_sheet_id", sheet}, {"funder", QStringLiteral("ARS")},
                                        {"year", 2025}, {"amount_cents", 2000000}});
    entity(h, "funding", FundingFree, {{"programme_id", uid(ProgEMP)}, {"funder", QStringLiteral("État")},
                                       {"funder_partner_id", uid(Cmp)}, {"year", 2025}, {"amount_cents", 7000000}});
    entity(h, "communication_material", Material, {{"programme_id", uid(ProgPA)}, {"material_type", QStringLiteral("leaflet")},
                                                   {"title", QStringLiteral("Plaquette")}, {"quantity_made", 500},
                                                   {"quantity_distributed", 320}, {"made_on", QStringLiteral("2025-02-01")}});
    entity(h, "household", Household, {{"code", QStringLiteral("M-0001")}, {"landlord_partner_id", uid(Landlord)},
                                       {"housing_kind", QStringLiteral("social_rental")}, {"qpv", 1}, {"rent_arrears_cents", 123456},
                                       {"eviction_stage", QStringLiteral("arrears_notice")}});
    entity(h, "person", PersonSelf, {{"code", QStringLiteral("P-0001")}, {"first_name", QStringLiteral("Jeanne")}, {"birth_year", 1970},
                                     {"sex", QStringLiteral("f")}, {"household_id", uid(Household)}, {"relation", QStringLiteral("self")}});
    entity(h, "person", PersonChild, {{"code", QStringLiteral("P-0002")}, {"household_id", uid(Household)},
                                      {"relation", QStringLiteral("child")}});
    entity(h, "case_file", CaseOpen, {{"programme_id", uid(ProgPA)}, {"number", QStringLiteral("PA-2025-0001")},
                                      {"household_id", uid(Household)}, {"status", QStringLiteral("accompanied")},
                                      {"identified_on", QStringLiteral("2025-01-10")}, {"oriented_on", QStringLiteral("2025-01-20")},
                                      {"accompanied_on", QStringLiteral("2025-02-01")}, {"referral_partner_id", uid(Cmp)},
                                      {"referral_date", QStringLiteral("2025-01-09")}, {"notes", trickyText}});
    entity(h, "case_file", CaseClosed, {{"programme_id", uid(ProgPA)}, {"number", QStringLiteral("PA-2025-0002")},
                                        {"status", QStringLiteral("closed")}, {"identified_on", QStringLiteral("2025-01-05")},
                                        {"closed_on", QStringLiteral("2025-03-01")}, {"close_reason", QStringLiteral("moved")}});
    put(h, "case_person", {{"case_id", uid(CaseOpen)}, {"person_id", uid(PersonSelf)}, {"role", QStringLiteral("main")}});
    put(h, "case_person", {{"case_id", uid(CaseOpen)}, {"person_id", uid(PersonChild)}, {"role", QStringLiteral("member")}});
    auto change = [&](int id, int caseId, const QVariant &from, const char *to, const char *on) {
        entity(h, "case_status_change", id, {{"case_id", uid(caseId)}, {"from_status", from},
                                             {"to_status", QString::fromLatin1(to)}, {"changed_on", QString::fromLatin1(on)}});
    };
    change(Change1, CaseOpen, null, "identified", "2025-01-10");
    change(Change2, CaseOpen, QStringLiteral("identified"), "oriented", "2025-01-20");
    change(Change3, CaseOpen, QStringLiteral("oriented"), "accompanied", "2025-02-01");
    change(Change4, CaseClosed, null, "identified", "2025-01-05");
    change(Change5, CaseClosed, QStringLiteral("identified"), "closed", "2025-03-01");
    put(h, "case_worker", {{"case_id", uid(CaseOpen)}, {"worker_id", uid(Peer)}, {"pair_role", QStringLiteral("peer")},
                           {"assigned_on", QStringLiteral("2025-02-01")}});
    put(h, "case_worker", {{"case_id", uid(CaseOpen)}, {"worker_id", uid(Pro)}, {"pair_role", QStringLiteral("professional")},
                           {"assigned_on", QStringLiteral("2025-02-01")}});
    put(h, "case_partner", {{"case_id", uid(CaseOpen)}, {"partner_id", uid(Landlord)}, {"mobilised_on", QStringLiteral("2025-02-03")}});
    put(h, "case_problem", {{"case_id", uid(CaseOpen)}, {"code", QStringLiteral("rent_arrears")}});
    entity(h, "intervention", Visit, {{"programme_id", uid(ProgPA)}, {"date", QStringLiteral("2025-02-05")},
                                      {"start_time", QStringLiteral("14:30")}, {"status", QStringLiteral("done")},
                                      {"channel", QStringLiteral("home_visit")}, {"intervention_type", QStringLiteral("home_visit")},
                                      {"duration_min", 90}});
    entity(h, "intervention", Planned, {{"programme_id", uid(ProgPA)}, {"date", QStringLiteral("2099-06-01")},
                                        {"status", QStringLiteral("planned")}, {"channel", QStringLiteral("phone")},
                                        {"intervention_type", QStringLiteral("interview")}});
    put(h, "intervention_case", {{"intervention_id", uid(Visit)}, {"case_id", uid(CaseOpen)}});
    put(h, "intervention_case", {{"intervention_id", uid(Planned)}, {"case_id", uid(CaseOpen)}});
    put(h, "intervention_worker", {{"intervention_id", uid(Visit)}, {"worker_id", uid(Peer)}});
    put(h, "intervention_worker", {{"intervention_id", uid(Visit)}, {"worker_id", uid(Pro)}});
    entity(h, "collective_session", Commission, {{"programme_id", uid(ProgPA)}, {"kind", QStringLiteral("commission")},
                                                 {"date", QStringLiteral("2025-01-18")}, {"duration_min", 120}});
    entity(h, "collective_session", Workshop, {{"programme_id", uid(ProgPA)}, {"kind", QStringLiteral("workshop")},
                                               {"title", QStringLiteral("Atelier estime de soi")}, {"date", QStringLiteral("2025-03-12")},
                                               {"commune", QStringLiteral("Langres")}});
    put(h, "session_participants", {{"session_id", uid(Workshop)}, {"typology", QStringLiteral("resident")}, {"count", 9}});
    put(h, "session_participants", {{"session_id", uid(Workshop)}, {"typology", QStringLiteral("peer_worker")}, {"count", 2}});
    put(h, "commission_review", {{"session_id", uid(Commission)}, {"case_id", uid(CaseOpen)},
                                 {"decision", QStringLiteral("accepted")}, {"note", QStringLiteral("Binôme proposé")}});
    entity(h, "assessment", Assessment, {{"case_id", uid(CaseOpen)}, {"assessed_on", QStringLiteral("2025-02-10")},
                                         {"dimension", QStringLiteral("housing")}, {"score", 2}, {"source", QStringLiteral("person")}});
    tx.commit();
}

// ---------------------------------------------------------------- file helpers

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// 1-based number of the record line of `table` whose text contains `needle`.
int lineOf(const QByteArray &content, const char *table, const QString &needle)
{
    const QList<QByteArray> lines = content.split('\n');
    const QByteArray prefix = "{\"t\":\"" + QByteArray(table) + "\",";
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith(prefix) && lines[i].contains(needle.toUtf8()))
            return int(i + 1);
    FAIL("no line of " << table << " contains " << needle.toStdString());
    return 0;
}

// Replaces `from` by `to` in one line of the file (1-based).
QByteArray editLine(const QByteArray &content, int line, const QByteArray &from, const QByteArray &to)
{
    QList<QByteArray> lines = content.split('\n');
    REQUIRE(lines[line - 1].contains(from));
    lines[line - 1].replace(from, to);
    return lines.join('\n');
}

QByteArray insertLine(const QByteArray &content, int beforeLine, const QByteArray &text)
{
    QList<QByteArray> lines = content.split('\n');
    lines.insert(beforeLine - 1, text);
    return lines.join('\n');
}

QByteArray lineAt(const QByteArray &content, int line)
{
    return content.split('\n').value(line - 1);
}

struct Exported
{
    TempDatabase source;
    QString path;
    QByteArray content;
    Exported()
    {
        buildDataset(*source.db);
        path = source.dir.filePath(QStringLiteral("export.json"));
        Exporter::run(*source.db, path);
        content = readAll(path);
    }
};

// Imports `content` into `target` and expects a refusal whose message contains every
// fragment; the database must be left exactly as it was.
QString expectRefused(TempDatabase &target, const QByteArray &content, const QStringList &fragments)
{
    const QString path = target.dir.filePath(QStringLiteral("bad.json"));
    writeAll(path, content);
    const QByteArray before = test::contentHash(*target.db);
    QString message;
    try {
        Importer::run(*target.db, path);
        FAIL("the file was accepted");
    } catch (const Error &e) {
        message = e.message();
    }
    INFO(message.toStdString());
    for (const QString &f : fragments)
        CHECK(message.contains(f));
    CHECK(test::contentHash(*target.db) == before);
    return message;
}

QString line(int n)
{
    return QStringLiteral("ligne %1").arg(n);
}

} // namespace

TEST_CASE("Export then import into a fresh database then export gives identical bytes")
{
    Exported e;
    IntegrityReport clean = IntegrityChecker(*e.source.db).run();
    CHECK(clean.violations().isEmpty());

    TempDatabase target;
    const ExchangeResult imported = Importer::run(*target.db, e.path);
    const QString again = target.dir.filePath(QStringLiteral("again.json"));
    const ExchangeResult reexported = Exporter::run(*target.db, again);
    CHECK(readAll(again) == e.content);
    CHECK(test::contentHash(*target.db) == test::contentHash(*e.source.db));
    CHECK(imported.records == reexported.records);
    CHECK(imported.warnings.isEmpty());

    // The dataset covers every replicated table, so every kind of column travels.
    REQUIRE(imported.tables.size() == Schema::replicatedTables(target.db->handle()).size());
    for (const TableCount &c : imported.tables) {
        INFO(c.table.toStdString());
        CHECK(c.records > 0);
    }
}

TEST_CASE("The interchange file follows the documented layout")
{
    Exported e;
    const QList<QByteArray> lines = e.content.split('\n');
    REQUIRE(lines.last().isEmpty()); // ends with a newline
    CHECK(lines.first() == "{\"format\":\"passerelle-exchange\",\"version\":1,\"schema\":"
                               + QByteArray::number(Database::latestSchemaVersion()) + "}");
    CHECK(lines[lines.size() - 2].startsWith("{\"end\":\"passerelle-exchange\",\"counts\":{\"ref_partner_type\":"));

    // Records table by table in schema order (parents first), each table by primary key.
    const QList<TableInfo> tables = Schema::replicatedTables(e.source.db->handle());
    qsizetype tableIndex = 0;
    QByteArray previousTable;
    QByteArray previousKey;
    for (qsizetype i = 1; i < lines.size() - 2; ++i) {
        const QByteArray &l = lines[i];
        REQUIRE(l.startsWith("{\"t\":\""));
        const QByteArray table = l.mid(6, l.indexOf('"', 6) - 6);
        if (table != previousTable) {
            while (tableIndex < tables.size() && tables[tableIndex].name.toUtf8() != table)
                ++tableIndex;
            INFO(table.toStdString());
            REQUIRE(tableIndex < tables.size()); // never goes back to an earlier table
            previousTable = table;
            previousKey.clear();
        }
        // Every column is present, in table order, after "t".
        const QByteArray firstColumn = tables[tableIndex].columns.first().name.toUtf8();
        // Key columns come first in every table, so the rest of the line sorts like the key.
        const QByteArray key = l.mid(l.indexOf(',') + 1);
        CHECK(key.startsWith(QByteArray('"' + firstColumn + "\":")));
        for (const ColumnInfo &c : tables[tableIndex].columns)
            CHECK(l.contains(QByteArray('"' + c.name.toUtf8() + "\":")));
        if (!previousKey.isEmpty())
            CHECK(previousKey < key);
        previousKey = key;
    }

    // Per-kind encoding: UUID text, integers, shortest reals, escaped text, null.
    const QByteArray peer = lineAt(e.content, lineOf(e.content, "worker", uidText(Peer)));
    CHECK(peer.contains(QByteArray("\"id\":\"" + uidText(Peer).toUtf8() + '"')));
    CHECK(peer.contains("\"fte\":0.5,"));
    CHECK(peer.contains("\"active\":1,"));
    CHECK(peer.contains("\"archived_at\":null}"));
    CHECK(lineAt(e.content, lineOf(e.content, "worker", uidText(Pro))).contains("\"fte\":1,"));
    CHECK(lineAt(e.content, lineOf(e.content, "worker", uidText(Coord))).contains("\"fte\":0.30000000000000004,"));
    CHECK(lineAt(e.content, lineOf(e.content, "partner", uidText(Landlord)))
              .contains("\"notes\":\"Guillemets \\\" barre \\\\ retour\\nligne\\ttab é ü 😀 \\u0001 fin\""));
    CHECK(lineAt(e.content, lineOf(e.content, "indicator_value", QStringLiteral("2024-01-01"))).contains("\"value\":1e-07,"));
}

TEST_CASE("Export is deterministic, reports progress and never leaves a partial file")
{
    Exported e;
    const QString second = e.source.dir.filePath(QStringLiteral("second.json"));
    qint64 lastDone = -1;
    qint64 total = 0;
    int calls = 0;
    const ExchangeResult r = Exporter::run(*e.source.db, second, [&](const ExchangeProgress &p) {
        CHECK(p.done >= lastDone);
        lastDone = p.done;
        total = p.total;
        ++calls;
    });
    CHECK(readAll(second) == e.content);
    CHECK(calls > 1);
    CHECK(lastDone == r.records);
    CHECK(total == r.records);
    CHECK(r.bytes == e.content.size());
    CHECK_FALSE(QFile::exists(second + QStringLiteral(".tmp")));

    // Overwrites an existing file.
    writeAll(second, "old content");
    Exporter::run(*e.source.db, second);
    CHECK(readAll(second) == e.content);

    // A value the format cannot carry: refused, and nothing is left under either name.
    execSql(e.source.db->handle(), "PRAGMA ignore_check_constraints = ON;"
                                   "UPDATE worker SET fte = 9e999 WHERE code = 'PRO1';" // +infinity
                                   "PRAGMA ignore_check_constraints = OFF;");
    const QString refused = e.source.dir.filePath(QStringLiteral("refused.json"));
    try {
        Exporter::run(*e.source.db, refused);
        FAIL("an infinite value was exported");
    } catch (const ValidationError &error) {
        CHECK(error.field() == QLatin1String("fte"));
        CHECK(error.record().contains(uidText(Pro)));
    }
    CHECK_FALSE(QFile::exists(refused));
    CHECK_FALSE(QFile::exists(refused + QStringLiteral(".tmp")));
    CHECK_THROWS_AS(Exporter::run(*e.source.db, e.source.dir.filePath(QStringLiteral("no/such/dir/x.json"))),
                    StorageError);
    // Exporting onto the database file itself would replace it: refused.
    const QByteArray dbBefore = readAll(e.source.path);
    CHECK_THROWS_AS(Exporter::run(*e.source.db, e.source.path), Error);
    CHECK(readAll(e.source.path) == dbBefore);
}

TEST_CASE("Import refuses a truncated file at any offset and leaves the database unchanged")
{
    Exported e;
    TempDatabase target;
    const QList<QByteArray> lines = e.content.split('\n');
    const qsizetype trailerStart = e.content.size() - lines[lines.size() - 2].size() - 1;

    // At a line boundary just before the trailer: every record is complete, the end is not.
    expectRefused(target, e.content.left(trailerStart), {QStringLiteral("tronqué"), QStringLiteral("ligne de fin")});
    // Inside the trailer, inside a record, inside the header, and at offsets spread
    // through the whole file.
    expectRefused(target, e.content.left(trailerStart + 30), {QStringLiteral("tronqué")});
    expectRefused(target, e.content.left(20), {line(1)});
    expectRefused(target, QByteArray(), {QStringLiteral("vide")});
    for (int part = 1; part < 24; ++part) {
        const qsizetype cut = e.content.size() * part / 24;
        INFO("cut at " << cut);
        expectRefused(target, e.content.left(cut), {});
    }
    // A record line removed while the trailer is kept: the counts tell.
    const int removed = lineOf(e.content, "case_status_change", uidText(Change3));
    QList<QByteArray> without = lines;
    without.removeAt(removed - 1);
    expectRefused(target, without.join('\n'),
                  {QStringLiteral("case_status_change"), QStringLiteral("4 lu(s)"), QStringLiteral("counts")});

    // Only the final newline missing: the file is complete and accepted.
    const ExchangeResult r = [&] {
        const QString path = target.dir.filePath(QStringLiteral("no-final-newline.json"));
        writeAll(path, e.content.chopped(1));
        return Importer::run(*target.db, path);
    }();
    CHECK(test::contentHash(*target.db) == test::contentHash(*e.source.db));
    CHECK(r.records > 0);
}

TEST_CASE("Import refuses every kind of malformed record, naming line, record and field")
{
    Exported e;
    TempDatabase target;
    const QByteArray &c = e.content;

    SECTION("wrong JSON type for a field")
    {
        const int n = lineOf(c, "worker", uidText(Peer));
        expectRefused(target, editLine(c, n, "\"fte\":0.5", "\"fte\":\"0.5\""),
                      {line(n), QStringLiteral("worker ") + uidText(Peer), QStringLiteral("fte"),
                       QStringLiteral("attendu un nombre, trouvé une chaîne")});
        expectRefused(target, editLine(c, n, "\"active\":1", "\"active\":true"),
                      {line(n), QStringLiteral("active"), QStringLiteral("attendu un entier")});
        expectRefused(target, editLine(c, n, "\"active\":1", "\"active\":1.5"),
                      {line(n), QStringLiteral("active"), QStringLiteral("attendu un entier")});
        expectRefused(target, editLine(c, n, "\"code\":\"TP1\"", "\"code\":12"),
                      {line(n), QStringLiteral("code"), QStringLiteral("attendu une chaîne")});
        const int caseLine = lineOf(c, "case_file", uidText(CaseOpen));
        expectRefused(target, editLine(c, caseLine, "\"household_id\":\"", "\"household_id\":[\""),
                      {line(caseLine)});
        expectRefused(target,
                      editLine(c, caseLine, "\"household_id\":\"" + uidText(Household).toUtf8() + '"', "\"household_id\":{}"),
                      {line(caseLine), QStringLiteral("PA-2025-0001"), QStringLiteral("household_id"), QStringLiteral("un objet")});
    }
    SECTION("unknown format version, newer schema, not an interchange file")
    {
        expectRefused(target, editLine(c, 1, "\"version\":1", "\"version\":2"),
                      {line(1), QStringLiteral("version"), QStringLiteral("2")});
        expectRefused(target, editLine(c, 1, "\"schema\":" + QByteArray::number(Database::latestSchemaVersion()), "\"schema\":99"),
                      {line(1), QStringLiteral("schema"), QStringLiteral("99")});
        expectRefused(target, editLine(c, 1, "passerelle-exchange", "other-format"), {line(1), QStringLiteral("format")});
        expectRefused(target, "{\"hello\":\"world\"}\n", {line(1), QStringLiteral("format")});
        expectRefused(target, "PK\x03\x04 binary garbage", {line(1)});
    }
    SECTION("unknown table, unknown column, missing column, duplicated field")
    {
        const int n = lineOf(c, "partner", uidText(Cmp));
        expectRefused(target, editLine(c, n, "{\"t\":\"partner\"", "{\"t\":\"partners\""),
                      {line(n), QStringLiteral("table inconnue : partners")});
        expectRefused(target, editLine(c, n, "\"commune\":null", "\"commune\":null,\"colour\":\"red\""),
                      {line(n), QStringLiteral("partner ") + uidText(Cmp), QStringLiteral("colour"),
                       QStringLiteral("champ inconnu")});
        expectRefused(target, editLine(c, n, "\"commune\":null,", ""),
                      {line(n), QStringLiteral("commune"), QStringLiteral("champ manquant")});
        expectRefused(target, editLine(c, n, "\"commune\":null", "\"commune\":null,\"commune\":\"Langres\""),
                      {line(n), QStringLiteral("commune"), QStringLiteral("deux fois")});
        expectRefused(target, editLine(c, n, "{\"t\":\"partner\",", "{"),
                      {line(n), QStringLiteral("ni enregistrement")});
        expectRefused(target, editLine(c, n, "\"commune\":null", "\"commune\":null,\"t\":\"worker\""),
                      {line(n), QStringLiteral("t : champ présent deux fois")});
    }
    SECTION("invalid UUID")
    {
        const int n = lineOf(c, "case_person", uidText(PersonChild));
        const QByteArray bad = uidText(PersonChild).toUtf8();
        QByteArray broken = bad;
        broken[3] = 'g';
        expectRefused(target, editLine(c, n, bad, broken),
                      {line(n), QStringLiteral("person_id"), QStringLiteral("UUID invalide")});
        expectRefused(target, editLine(c, n, bad, bad.left(35)), {line(n), QStringLiteral("UUID invalide")});
    }
    SECTION("dangling references, in entity and association tables")
    {
        const QByteArray nowhere = Uuid::v7From(t0, 1, 2).toString().toUtf8();
        const int n = lineOf(c, "intervention", uidText(Visit));
        expectRefused(target, editLine(c, n, "\"programme_id\":\"" + uidText(ProgPA).toUtf8(), "\"programme_id\":\"" + nowhere),
                      {line(n), QStringLiteral("intervention ") + uidText(Visit), QStringLiteral("programme_id"),
                       QStringLiteral("référence orpheline"), QString::fromUtf8(nowhere)});
        const int link = lineOf(c, "intervention_case", uidText(Planned));
        expectRefused(target, editLine(c, link, uidText(CaseOpen).toUtf8(), nowhere),
                      {line(link), QStringLiteral("intervention_case"), QStringLiteral("case_id"),
                       QStringLiteral("référence orpheline")});
        const int workerLine = lineOf(c, "worker", uidText(Peer));
        expectRefused(target, editLine(c, workerLine, "\"organisation_id\":\"" + uidText(Org).toUtf8(), "\"organisation_id\":\"" + nowhere),
                      {line(workerLine), QStringLiteral("organisation_id"), QStringLiteral("TP1")});
        const int channel = lineOf(c, "intervention", uidText(Planned));
        expectRefused(target, editLine(c, channel, "\"channel\":\"phone\"", "\"channel\":\"pigeon\""),
                      {line(channel), QStringLiteral("channel"), QStringLiteral("ref_channel")});
    }
    SECTION("duplicate record in the file")
    {
        const int n = lineOf(c, "assessment", uidText(Assessment));
        expectRefused(target, insertLine(c, n + 1, lineAt(c, n)),
                      {line(n + 1), QStringLiteral("assessment ") + uidText(Assessment), QStringLiteral("id"),
                       QStringLiteral("en double"), line(n)});
        const int link = lineOf(c, "case_person", uidText(PersonSelf));
        expectRefused(target, insertLine(c, link + 2, lineAt(c, link)),
                      {line(link + 2), QStringLiteral("case_id, person_id"), QStringLiteral("en double")});
        const int ref = lineOf(c, "ref_channel", QStringLiteral("\"code\":\"phone\""));
        expectRefused(target, insertLine(c, ref + 1, lineAt(c, ref)),
                      {line(ref + 1), QStringLiteral("ref_channel phone"), QStringLiteral("deux fois")});
    }
    SECTION("record already in the database")
    {
        const QString message = expectRefused(e.source, c, {QStringLiteral("existe déjà dans la base"), QStringLiteral("organisation")});
        CHECK(message.contains(line(lineOf(c, "organisation", uidText(Org)))));
    }
    SECTION("constraint of the schema: CHECK and NOT NULL")
    {
        const int n = lineOf(c, "intervention", uidText(Visit));
        expectRefused(target, editLine(c, n, "\"status\":\"done\"", "\"status\":\"bogus\""),
                      {line(n), QStringLiteral("intervention ") + uidText(Visit), QStringLiteral("status"),
                       QStringLiteral("bogus")});
        const int org = lineOf(c, "organisation", uidText(Org));
        expectRefused(target, editLine(c, org, "\"name\":\"UDAF 52\"", "\"name\":null"),
                      {line(org), QStringLiteral("name"), QStringLiteral("obligatoire")});
        const int closed = lineOf(c, "case_file", uidText(CaseClosed));
        expectRefused(target, editLine(c, closed, "\"close_reason\":\"moved\"", "\"close_reason\":null"),
                      {line(closed), QStringLiteral("PA-2025-0002"), QStringLiteral("close_reason")});
    }
    SECTION("domain invariant: case status not matching its history")
    {
        const int n = lineOf(c, "case_file", uidText(CaseOpen));
        expectRefused(target, editLine(c, n, "\"status\":\"accompanied\"", "\"status\":\"oriented\""),
                      {line(n), QStringLiteral("case_file ") + uidText(CaseOpen), QStringLiteral("PA-2025-0001"),
                       QStringLiteral("status"), QStringLiteral("accompanied")});
    }
    SECTION("garbage line, text after the trailer")
    {
        const int n = lineOf(c, "person", uidText(PersonSelf));
        expectRefused(target, insertLine(c, n, "this is not json"), {line(n), QStringLiteral("JSON invalide")});
        expectRefused(target, insertLine(c, n, "{\"t\":\"person\",\"id\":\"unterminated}"), {line(n), QStringLiteral("JSON invalide")});
        expectRefused(target, insertLine(c, n, ""), {line(n), QStringLiteral("ligne vide")});
        const int count = int(c.count('\n'));
        expectRefused(target, c + "{\"t\":\"organisation\"}\n", {line(count + 1), QStringLiteral("après la ligne de fin")});
    }
    SECTION("a trailer whose counts were edited")
    {
        const int last = int(c.count('\n'));
        expectRefused(target, editLine(c, last, "\"organisation\":1", "\"organisation\":2"),
                      {line(last), QStringLiteral("organisation"), QStringLiteral("2 enregistrement(s) annoncé(s), 1 lu(s)")});
        expectRefused(target, editLine(c, last, "\"organisation\":1", "\"organisation\":1,\"ghost\":0"),
                      {line(last), QStringLiteral("table inconnue : ghost")});
    }
}

TEST_CASE("Import accepts records in any order and any key order; reference lists are upserted")
{
    Exported e;
    TempDatabase target;
    // Reverse the records (children before parents) and the keys of one line.
    QList<QByteArray> lines = e.content.split('\n');
    const QByteArray header = lines.takeFirst();
    lines.removeLast(); // empty after the final newline
    const QByteArray trailer = lines.takeLast();
    std::reverse(lines.begin(), lines.end());
    const int org = int(lines.indexOf(lineAt(e.content, lineOf(e.content, "organisation", uidText(Org)))));
    lines[org] = "{\"name\":\"UDAF 52\",\"department\":\"52\",\"commune\":\"Chaumont\",\"short_name\":\"UDAF\","
                 "\"archived_at\":null,\"t\":\"organisation\",\"updated_at\":" +
                 QByteArray::number(t0 + Org * 2) + ",\"created_at\":" + QByteArray::number(t0 + Org) +
                 ",\"id\":\"" + uidText(Org).toUpper().toUtf8() + "\"}";
    const QString path = target.dir.filePath(QStringLiteral("shuffled.json"));
    writeAll(path, header + '\n' + lines.join('\n') + '\n' + trailer + '\n');

    // A relabelled reference item in the file wins over the target's shipped label.
    execSql(target.db->handle(), "UPDATE ref_channel SET label_fr = 'Téléphone (local)' WHERE code = 'phone'");
    Importer::run(*target.db, path);
    CHECK(test::contentHash(*target.db) == test::contentHash(*e.source.db));
}

TEST_CASE("Import reports progress and returns counts and warnings")
{
    Exported e;
    // An overdue planned intervention is a warning: imported, and reported.
    execSql(e.source.db->handle(), "UPDATE intervention SET date = '2001-01-01' WHERE status = 'planned'");
    Exporter::run(*e.source.db, e.path);
    TempDatabase target;
    qint64 last = 0;
    qint64 total = 0;
    const ExchangeResult r = Importer::run(*target.db, e.path, [&](const ExchangeProgress &p) {
        last = p.done;
        total = p.total;
    });
    CHECK(last == total);
    CHECK(total == QFile(e.path).size());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().rule == QLatin1String("intervention_overdue"));
    for (const TableCount &tc : r.tables)
        if (tc.table == QLatin1String("intervention"))
            CHECK(tc.records == 2);
}

TEST_CASE("passerelle-cli export, import and check exit with 0, 1, 2 and 3")
{
    Exported e;
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cli.json"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    const QString source = e.source.path;
    e.source.db.reset(); // the CLI opens the file itself
    QString stdOut;
    QString stdErr;

    CHECK(test::runCli({QStringLiteral("export"), QStringLiteral("--db"), source, QStringLiteral("--out"), out}, &stdOut, &stdErr) == 0);
    CHECK(readAll(out) == e.content);
    CHECK(test::runCli({QStringLiteral("import"), out, QStringLiteral("--db"), fresh}, &stdOut, &stdErr) == 0);
    CHECK(stdOut.contains(QStringLiteral("importés")));
    CHECK(test::runCli({QStringLiteral("check"), QStringLiteral("--db"), fresh}, &stdOut, &stdErr) == 0);
    CHECK(stdOut.contains(QStringLiteral("0 erreur(s)")));

    // 1: a refused file (here: every record already there), message on stderr.
    CHECK(test::runCli({QStringLiteral("import"), out, QStringLiteral("--db"), fresh}, &stdOut, &stdErr) == 1);
    CHECK(stdErr.contains(QStringLiteral("existe déjà")));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeAll(bad, e.content.left(e.content.size() / 2));
    CHECK(test::runCli({QStringLiteral("import"), bad, QStringLiteral("--db"), dir.filePath(QStringLiteral("other.sqlite"))},
                       &stdOut, &stdErr) == 1);
    CHECK(stdErr.contains(QStringLiteral("ligne")));
    CHECK(test::runCli({QStringLiteral("import"), dir.filePath(QStringLiteral("missing.json")), QStringLiteral("--db"), fresh},
                       &stdOut, &stdErr) == 1);
    // 1: check finds an error.
    {
        auto db = Database::open(fresh);
        execSql(db->handle(), "UPDATE intervention SET duration_min = 0 WHERE status = 'done'");
    }
    CHECK(test::runCli({QStringLiteral("check"), QStringLiteral("--db"), fresh, QStringLiteral("--quick")}, &stdOut, &stdErr) == 1);
    CHECK(stdOut.contains(QStringLiteral("[erreur] intervention ") + uidText(Visit) + QStringLiteral(" — duration_min")));
    CHECK(stdOut.contains(QStringLiteral("1 erreur(s)")));

    // 2: usage.
    CHECK(test::runCli({QStringLiteral("export"), QStringLiteral("--db"), source}, &stdOut, &stdErr) == 2);
    CHECK(test::runCli({QStringLiteral("import"), QStringLiteral("--db"), fresh}, &stdOut, &stdErr) == 2);
    CHECK(test::runCli({QStringLiteral("import"), out, out, QStringLiteral("--db"), fresh}, &stdOut, &stdErr) == 2);
    CHECK(test::runCli({QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("--db"), fresh}, &stdOut, &stdErr) == 2);

    // 3: storage.
    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    writeAll(garbage, QByteArray(8192, 'x'));
    CHECK(test::runCli({QStringLiteral("check"), QStringLiteral("--db"), garbage}, &stdOut, &stdErr) == 3);
    CHECK(test::runCli({QStringLiteral("export"), QStringLiteral("--db"), dir.filePath(QStringLiteral("absent.sqlite")),
                        QStringLiteral("--out"), out},
                       &stdOut, &stdErr) == 3);
    CHECK(test::runCli({QStringLiteral("export"), QStringLiteral("--db"), source, QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("no/such/dir/x.json"))},
                       &stdOut, &stdErr) == 3);
}

// Not run by ctest (hidden tag). Measures export and import of a large synthetic dataset:
//   build/tests/core_tests "[bench]"      (PASSERELLE_BENCH_INTERVENTIONS=1000000 by default)
TEST_CASE("Exchange throughput on a large synthetic dataset", "[.][bench]")
{
    const qint64 interventions = qEnvironmentVariableIsSet("PASSERELLE_BENCH_INTERVENTIONS")
                                     ? qEnvironmentVariable("PASSERELLE_BENCH_INTERVENTIONS").toLongLong()
                                     : 1'000'000;
    const qint64 cases = std::max<qint64>(1, interventions / 20); // the target ratio: 100 000 / 2 000 000
    const int workers = 50;
    TempDatabase source;
    QElapsedTimer timer;
    timer.start();
    {
        sqlite3 *h = source.db->handle();
        Transaction tx(h);
        entity(h, "organisation", Org, {{"name", QStringLiteral("Org")}});
        entity(h, "programme", ProgPA, {{"organisation_id", uid(Org)}, {"code", QStringLiteral("PA")}, {"name", QStringLiteral("PA")}});
        const QByteArray programme = uid(ProgPA);
        auto id = [](qint64 kind, qint64 n) { return Uuid::v7From(t0 + n, quint64(kind), quint64(n)).bytes(); };
        SqliteStatement worker(h, "INSERT INTO worker(id, organisation_id, code, display_name, role, fte, created_at, updated_at)"
                                  " VALUES (?, ?, ?, 'W', 'peer_worker', 0.5, ?, ?)");
        for (int w = 0; w < workers; ++w) {
            worker.bindBlob(1, id(1, w));
            worker.bindBlob(2, uid(Org));
            worker.bindText(3, QStringLiteral("W%1").arg(w));
            worker.bind(4, t0);
            worker.bind(5, t0);
            worker.execute();
        }
        SqliteStatement person(h, "INSERT INTO person(id, code, birth_year, created_at, updated_at) VALUES (?, ?, 1970, ?, ?)");
        SqliteStatement caseFile(h, "INSERT INTO case_file(id, programme_id, number, status, identified_on, notes, created_at, updated_at)"
                                    " VALUES (?, ?, ?, 'identified', '2025-01-10', 'Suivi régulier, voir synthèse.', ?, ?)");
        SqliteStatement change(h, "INSERT INTO case_status_change(id, case_id, to_status, changed_on, created_at, updated_at)"
                                  " VALUES (?, ?, 'identified', '2025-01-10', ?, ?)");
        SqliteStatement casePerson(h, "INSERT INTO case_person(case_id, person_id, role) VALUES (?, ?, 'main')");
        for (qint64 c = 0; c < cases; ++c) {
            const QByteArray caseId = id(2, c);
            const QByteArray personId = id(3, c);
            person.bindBlob(1, personId);
            person.bindText(2, QStringLiteral("P-%1").arg(c));
            person.bind(3, t0 + c);
            person.bind(4, t0 + c);
            person.execute();
            caseFile.bindBlob(1, caseId);
            caseFile.bindBlob(2, programme);
            caseFile.bindText(3, QStringLiteral("PA-2025-%1").arg(c, 6, 10, QLatin1Char('0')));
            caseFile.bind(4, t0 + c);
            caseFile.bind(5, t0 + c);
            caseFile.execute();
            change.bindBlob(1, id(4, c));
            change.bindBlob(2, caseId);
            change.bind(3, t0 + c);
            change.bind(4, t0 + c);
            change.execute();
            casePerson.bindBlob(1, caseId);
            casePerson.bindBlob(2, personId);
            casePerson.execute();
        }
        SqliteStatement intervention(h, "INSERT INTO intervention(id, programme_id, date, start_time, status, channel,"
                                        " intervention_type, duration_min, created_at, updated_at)"
                                        " VALUES (?, ?, ?, '14:30', 'done', 'home_visit', 'home_visit', 60, ?, ?)");
        SqliteStatement link(h, "INSERT INTO intervention_case(intervention_id, case_id) VALUES (?, ?)");
        SqliteStatement pair(h, "INSERT INTO intervention_worker(intervention_id, worker_id) VALUES (?, ?)");
        const QDate start(2023, 1, 1);
        for (qint64 i = 0; i < interventions; ++i) {
            const QByteArray interventionId = id(5, i);
            intervention.bindBlob(1, interventionId);
            intervention.bindBlob(2, programme);
            intervention.bindText(3, start.addDays(i % 900).toString(Qt::ISODate));
            intervention.bind(4, t0 + i);
            intervention.bind(5, t0 + i);
            intervention.execute();
            link.bindBlob(1, interventionId);
            link.bindBlob(2, id(2, (i * 7919) % cases));
            link.execute();
            pair.bindBlob(1, interventionId);
            pair.bindBlob(2, id(1, i % workers));
            pair.execute();
        }
        tx.commit();
    }
    const qint64 generateMs = timer.restart();

    // CPU time beside wall time: the build machine is shared, wall time alone is noisy.
    auto cpuMs = [] { return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC; };
    const QString path = source.dir.filePath(QStringLiteral("bench.json"));
    qint64 cpu = cpuMs();
    const ExchangeResult exported = Exporter::run(*source.db, path);
    const qint64 exportMs = std::max<qint64>(1, timer.restart());
    const qint64 exportCpuMs = std::max<qint64>(1, cpuMs() - cpu);

    TempDatabase target;
    timer.restart();
    cpu = cpuMs();
    const ExchangeResult imported = Importer::run(*target.db, path);
    const qint64 importMs = std::max<qint64>(1, timer.restart());
    const qint64 importCpuMs = std::max<qint64>(1, cpuMs() - cpu);
    IntegrityChecker(*target.db).run();
    const qint64 checkMs = timer.restart();

    REQUIRE(imported.records == exported.records);
    WARN("rows: " << exported.records << " (" << interventions << " interventions, " << cases << " cases), file "
                  << exported.bytes / (1024 * 1024) << " MiB; generated in " << generateMs << " ms");
    WARN("export: " << exportMs << " ms, " << exported.records * 1000 / exportMs << " rows/s (CPU " << exportCpuMs
                     << " ms, " << exported.records * 1000 / exportCpuMs << " rows per CPU second)");
    WARN("import: " << importMs << " ms, " << imported.records * 1000 / importMs << " rows/s (CPU " << importCpuMs
                     << " ms, " << imported.records * 1000 / importCpuMs << " rows per CPU second)");
    WARN("check (integrity_check + foreign keys + invariants): " << checkMs << " ms");
}
