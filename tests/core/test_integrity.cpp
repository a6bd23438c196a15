#include "exchange/IntegrityChecker.h"
#include "exchange/InvariantRules.h"
#include "storage/SqliteStatement.h"
#include "support/SqlRows.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QVariant>

using namespace passerelle;
using passerelle::test::TempDatabase;

namespace {

using test::put;
using test::Values;
const QVariant null;
constexpr qint64 t0 = 1735689600000; // 2025-01-01T00:00:00Z

QByteArray uid(int n)
{
    return Uuid::v7From(t0 + n * 1000, quint64(n), quint64(n) * 104729).bytes();
}

QString uidText(int n)
{
    return Uuid::fromBytes(uid(n)).toString();
}

void entity(sqlite3 *h, const char *table, int id, Values values, qint64 createdAt = 0)
{
    values.prepend({"id", uid(id)});
    values.append({"created_at", createdAt ? createdAt : t0 + id});
    values.append({"updated_at", createdAt ? createdAt : t0 + id});
    put(h, table, values);
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

enum Id
{
    Org = 1,
    ProgA,
    ProgB,
    Peer,
    Pro,
    Coord,
    SheetA,
    SheetA2,
    Household,
    PersonSelf,
    PersonOther,
    CaseA,
    ChangeA1,
    ChangeA2,
    Commission,
    Workshop,
    Visit,
    Assessment,
    Spare = 100,
};

// The smallest dataset that touches every invariant, and breaks none of them.
struct CleanBase
{
    TempDatabase t;
    sqlite3 *h;
    FixedClock clock{QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)};

    CleanBase() : h(t.db->handle())
    {
        entity(h, "organisation", Org, {{"name", s("UDAF 52")}});
        entity(h, "programme", ProgA,
               {{"organisation_id", uid(Org)}, {"code", s("PA")}, {"name", s("Pair-aidance")}});
        entity(h, "programme", ProgB,
               {{"organisation_id", uid(Org)}, {"code", s("EMP")}, {"name", s("Équipe mobile")}});
        for (const auto &[id, role] :
             {std::pair{Peer, "peer_worker"}, {Pro, "professional"}, {Coord, "coordinator"}})
            entity(h, "worker", id,
                   {{"organisation_id", uid(Org)},
                    {"code", QStringLiteral("W%1").arg(id)},
                    {"display_name", s("X")},
                    {"role", s(role)}});
        entity(h, "action_sheet", SheetA,
               {{"programme_id", uid(ProgA)}, {"number", s("3.3.1")}, {"title", s("Fiche 2024")}});
        entity(h, "action_sheet", SheetA2,
               {{"programme_id", uid(ProgA)},
                {"chained_from_id", uid(SheetA)},
                {"number", s("3.3.2")},
                {"title", s("Fiche 2025")}});
        entity(h, "funding", Spare + 1,
               {{"programme_id", uid(ProgA)},
                {"action_sheet_id", uid(SheetA)},
                {"funder", s("ARS")},
                {"year", 2025},
                {"amount_cents", 100}});
        entity(h, "household", Household, {{"code", s("M-1")}});
        entity(h, "person", PersonSelf,
               {{"code", s("P-1")}, {"household_id", uid(Household)}, {"relation", s("self")}});
        entity(h, "person", PersonOther,
               {{"code", s("P-2")}, {"household_id", uid(Household)}, {"relation", s("child")}});
        entity(h, "case_file", CaseA,
               {{"programme_id", uid(ProgA)},
                {"number", s("PA-2025-0001")},
                {"status", s("oriented")},
                {"identified_on", s("2025-01-10")},
                {"oriented_on", s("2025-01-20")}});
        entity(h, "case_status_change", ChangeA1,
               {{"case_id", uid(CaseA)},
                {"from_status", null},
                {"to_status", s("identified")},
                {"changed_on", s("2025-01-10")}});
        entity(h, "case_status_change", ChangeA2,
               {{"case_id", uid(CaseA)},
                {"from_status", s("identified")},
                {"to_status", s("oriented")},
                {"changed_on", s("2025-01-20")}});
        put(h, "case_person",
            {{"case_id", uid(CaseA)}, {"person_id", uid(PersonSelf)}, {"role", s("main")}});
        put(h, "case_person",
            {{"case_id", uid(CaseA)}, {"person_id", uid(PersonOther)}, {"role", s("member")}});
        put(h, "case_worker",
            {{"case_id", uid(CaseA)},
             {"worker_id", uid(Peer)},
             {"pair_role", s("peer")},
             {"assigned_on", s("2025-01-20")}});
        put(h, "case_worker",
            {{"case_id", uid(CaseA)},
             {"worker_id", uid(Coord)},
             {"pair_role", s("professional")},
             {"assigned_on", s("2025-01-20")}});
        put(h, "case_worker",
            {{"case_id", uid(CaseA)},
             {"worker_id", uid(Pro)},
             {"pair_role", s("referent")},
             {"assigned_on", s("2025-01-20")}});
        entity(
            h, "collective_session", Commission,
            {{"programme_id", uid(ProgA)}, {"kind", s("commission")}, {"date", s("2025-01-15")}});
        entity(h, "collective_session", Workshop,
               {{"programme_id", uid(ProgA)}, {"kind", s("workshop")}, {"date", s("2025-02-15")}});
        put(h, "commission_review",
            {{"session_id", uid(Commission)},
             {"case_id", uid(CaseA)},
             {"decision", s("accepted")}});
        entity(h, "intervention", Visit,
               {{"programme_id", uid(ProgA)},
                {"date", s("2025-02-01")},
                {"status", s("done")},
                {"channel", s("home_visit")},
                {"intervention_type", s("home_visit")},
                {"duration_min", 60}});
        entity(h, "intervention", Spare + 2,
               {{"programme_id", uid(ProgA)},
                {"date", s("2025-07-01")},
                {"status", s("planned")},
                {"channel", s("phone")},
                {"intervention_type", s("interview")}});
        entity(h, "intervention", Spare + 3,
               {{"programme_id", uid(ProgA)},
                {"date", s("2025-03-01")},
                {"status", s("cancelled")},
                {"channel", s("phone")},
                {"intervention_type", s("interview")}});
        put(h, "intervention_case", {{"intervention_id", uid(Visit)}, {"case_id", uid(CaseA)}});
        put(h, "intervention_worker", {{"intervention_id", uid(Visit)}, {"worker_id", uid(Peer)}});
        entity(h, "assessment", Assessment,
               {{"case_id", uid(CaseA)},
                {"assessed_on", s("2025-01-10")},
                {"dimension", s("housing")},
                {"score", 3},
                {"source", s("team")}});
    }

    IntegrityReport check() const { return IntegrityChecker(*t.db, clock).run(); }
    void sql(const char *statement) const { execSql(h, statement); }
    void sql(const QByteArray &statement) const { execSql(h, statement); }
    // Writes a row the schema's CHECKs would refuse: the invariant must still be caught.
    void sqlUnchecked(const char *statement) const
    {
        execSql(h, "PRAGMA ignore_check_constraints = ON");
        execSql(h, statement);
        execSql(h, "PRAGMA ignore_check_constraints = OFF");
    }
};

// Every finding of the report belongs to `rule`; returns them (at least one).
QList<Violation> only(const IntegrityReport &report, const char *rule)
{
    for (const Violation &v : report.violations()) {
        INFO(v.rule.toStdString() << ": " << v.recordLabel().toStdString() << " "
                                  << v.field.toStdString() << " : " << v.message.toStdString());
        CHECK(v.rule == QLatin1String(rule));
    }
    REQUIRE_FALSE(report.violations().isEmpty());
    return report.violations();
}

QByteArray blobLiteral(int id)
{
    return "X'" + uid(id).toHex() + "'";
}

} // namespace

TEST_CASE("A clean dataset has no violation at all")
{
    CleanBase base;
    const IntegrityReport report = base.check();
    for (const Violation &v : report.violations())
        FAIL(v.rule.toStdString() << ": " << v.recordLabel().toStdString() << " "
                                  << v.message.toStdString());
    CHECK(report.errorCount() == 0);
    CHECK(report.warningCount() == 0);
    // Every invariant of the list is implemented by at least one rule.
    QSet<int> numbers;
    for (const InvariantRule &rule : invariantRules())
        numbers.insert(rule.number);
    for (int n = 1; n <= 13; ++n)
        CHECK(numbers.contains(n));
}

TEST_CASE("Invariant 1: a case without status history is an error")
{
    CleanBase base;
    entity(base.h, "case_file", Spare,
           {{"programme_id", uid(ProgA)},
            {"number", s("PA-2025-0009")},
            {"status", s("identified")},
            {"identified_on", s("2025-02-01")}});
    const Violation v = only(base.check(), "case_status_history_missing").constFirst();
    CHECK(v.isError());
    CHECK(v.table == QLatin1String("case_file"));
    CHECK(v.key == QStringList{uidText(Spare)});
    CHECK(v.number == QLatin1String("PA-2025-0009"));
    CHECK(v.field == QLatin1String("status"));
}

TEST_CASE("Invariant 1: the case status must be the latest change's, ties broken by created_at")
{
    CleanBase base;
    // Same day as the latest change but created earlier: not the latest, still clean.
    entity(base.h, "case_status_change", Spare,
           {{"case_id", uid(CaseA)},
            {"from_status", s("identified")},
            {"to_status", s("closed")},
            {"changed_on", s("2025-01-20")}},
           t0 - 1);
    CHECK(base.check().violations().isEmpty());
    // Same day, created later: it is the latest, and the case does not follow it.
    entity(base.h, "case_status_change", Spare + 10,
           {{"case_id", uid(CaseA)},
            {"from_status", s("oriented")},
            {"to_status", s("accompanied")},
            {"changed_on", s("2025-01-20")}},
           t0 + 10'000'000);
    const QList<Violation> found = only(base.check(), "case_status_latest");
    REQUIRE(found.size() == 1);
    CHECK(found.first().key == QStringList{uidText(CaseA)});
    CHECK(found.first().number == QLatin1String("PA-2025-0001"));
    CHECK(found.first().field == QLatin1String("status"));
    CHECK(found.first().message.contains(QStringLiteral("« oriented »")));
    CHECK(found.first().message.contains(QStringLiteral("« accompanied »")));
}

TEST_CASE("Invariant 1: the first change goes from nothing to 'identified'")
{
    CleanBase base;
    base.sql(
        "UPDATE case_status_change SET from_status = 'oriented' WHERE to_status = 'identified'");
    Violation v = only(base.check(), "case_status_first").constFirst();
    CHECK(v.table == QLatin1String("case_status_change"));
    CHECK(v.key == QStringList{uidText(ChangeA1)});
    CHECK(v.number == QLatin1String("PA-2025-0001"));
    CHECK(v.field == QLatin1String("from_status"));

    base.sql(
        "UPDATE case_status_change SET from_status = NULL, to_status = 'oriented' WHERE id = " +
        blobLiteral(ChangeA1));
    v = only(base.check(), "case_status_first").constFirst();
    CHECK(v.field == QLatin1String("to_status"));
}

TEST_CASE("Invariant 2: case dates are ordered, and an oriented case has its date")
{
    CleanBase base;
    base.sql("UPDATE case_file SET accompanied_on = '2025-01-15'"); // before oriented_on
    Violation v = only(base.check(), "case_dates_order").constFirst();
    CHECK(v.key == QStringList{uidText(CaseA)});
    CHECK(v.field == QLatin1String("accompanied_on"));
    CHECK(v.message.contains(QLatin1String("2025-01-15")));
    CHECK(v.message.contains(QLatin1String("oriented_on")));

    base.sql("UPDATE case_file SET accompanied_on = NULL");
    base.sqlUnchecked("UPDATE case_file SET oriented_on = '2025-01-01'"); // before identified_on
    IntegrityReport invariants;
    IntegrityChecker(*base.t.db, base.clock).checkInvariants(invariants);
    v = only(invariants, "case_dates_order").constFirst();
    CHECK(v.field == QLatin1String("oriented_on"));
    // integrity_check verifies CHECK constraints too, so the file check reports the row.
    CHECK(base.check().errorCount() == 2);

    base.sql("UPDATE case_file SET oriented_on = NULL");
    v = only(base.check(), "case_oriented_date").constFirst();
    CHECK(v.field == QLatin1String("oriented_on"));
    CHECK(v.number == QLatin1String("PA-2025-0001"));
}

TEST_CASE("Invariant 3: a commission review belongs to a commission session")
{
    CleanBase base;
    put(base.h, "commission_review",
        {{"session_id", uid(Workshop)}, {"case_id", uid(CaseA)}, {"decision", s("refused")}});
    const Violation v = only(base.check(), "commission_review_session").constFirst();
    CHECK(v.table == QLatin1String("commission_review"));
    CHECK(v.key == QStringList{uidText(Workshop), uidText(CaseA)});
    CHECK(v.number == QLatin1String("PA-2025-0001"));
    CHECK(v.field == QLatin1String("session_id"));
    CHECK(v.message.contains(QLatin1String("workshop")));
}

TEST_CASE("Invariant 4: a done intervention has a positive duration")
{
    CleanBase base;
    base.sql("UPDATE intervention SET duration_min = 0 WHERE status = 'done'");
    const Violation v = only(base.check(), "intervention_done_duration").constFirst();
    CHECK(v.key == QStringList{uidText(Visit)});
    CHECK(v.field == QLatin1String("duration_min"));
}

TEST_CASE("Invariant 5: the pair role matches the worker's role")
{
    CleanBase base;
    base.sql(
        "UPDATE case_worker SET pair_role = 'professional' WHERE pair_role = 'peer'"); // a peer
                                                                                       // worker as
                                                                                       // professional
    base.sql("UPDATE case_worker SET pair_role = 'peer' WHERE worker_id = " +
             blobLiteral(Pro)); // a professional as peer
    const QList<Violation> found = only(base.check(), "case_worker_pair_role");
    REQUIRE(found.size() == 2);
    QStringList workers;
    for (const Violation &v : found) {
        CHECK(v.field == QLatin1String("pair_role"));
        CHECK(v.key.first() == uidText(CaseA));
        workers.append(v.key.last());
    }
    CHECK(workers.contains(uidText(Peer)));
    CHECK(workers.contains(uidText(Pro)));
}

TEST_CASE("Invariant 6: at most one main person per case")
{
    CleanBase base;
    base.sql("UPDATE case_person SET role = 'main'");
    const QList<Violation> found = only(base.check(), "case_person_single_main");
    REQUIRE(found.size() == 2);
    CHECK(found.first().key == QStringList({uidText(CaseA), uidText(PersonSelf)}));
    CHECK(found.first().field == QLatin1String("role"));
    CHECK(found.first().message.contains(QLatin1String("2")));
}

TEST_CASE("Invariant 7: an assessment is not dated before the case was identified")
{
    CleanBase base;
    base.sql("UPDATE assessment SET assessed_on = '2025-01-09'");
    const Violation v = only(base.check(), "assessment_after_identification").constFirst();
    CHECK(v.key == QStringList{uidText(Assessment)});
    CHECK(v.number == QLatin1String("PA-2025-0001"));
    CHECK(v.field == QLatin1String("assessed_on"));
}

TEST_CASE("Invariant 8: a funding shares its action sheet's programme")
{
    CleanBase base;
    base.sql("UPDATE funding SET programme_id = " + blobLiteral(ProgB));
    const Violation v = only(base.check(), "funding_sheet_programme").constFirst();
    CHECK(v.key == QStringList{uidText(Spare + 1)});
    CHECK(v.field == QLatin1String("action_sheet_id"));
    CHECK(v.message.contains(QLatin1String("3.3.1")));
}

TEST_CASE("Invariant 9: an action sheet chain never loops")
{
    CleanBase base;
    base.sql("UPDATE action_sheet SET chained_from_id = id WHERE number = '3.3.1'");
    QList<Violation> found = only(base.check(), "action_sheet_chain");
    REQUIRE(found.size() == 1);
    CHECK(found.first().key == QStringList{uidText(SheetA)});
    CHECK(found.first().number == QLatin1String("3.3.1"));
    CHECK(found.first().field == QLatin1String("chained_from_id"));

    base.sql("UPDATE action_sheet SET chained_from_id = " + blobLiteral(SheetA2) +
             " WHERE number = '3.3.1'");
    found = only(base.check(), "action_sheet_chain");
    REQUIRE(found.size() == 2); // both sheets of the two-sheet cycle
    CHECK(found.first().message.contains(QLatin1String("2")));
}

TEST_CASE("Invariant 10: a case linked to an intervention belongs to its programme")
{
    CleanBase base;
    base.sql("UPDATE intervention SET programme_id = " + blobLiteral(ProgB) +
             " WHERE status = 'done'");
    const Violation v = only(base.check(), "intervention_case_programme").constFirst();
    CHECK(v.table == QLatin1String("intervention_case"));
    CHECK(v.key == QStringList({uidText(Visit), uidText(CaseA)}));
    CHECK(v.number == QLatin1String("PA-2025-0001"));
    CHECK(v.field == QLatin1String("case_id"));
}

TEST_CASE("Invariant 11: at most one 'self' person per household")
{
    CleanBase base;
    base.sql("UPDATE person SET relation = 'self'");
    const QList<Violation> found = only(base.check(), "household_single_self");
    REQUIRE(found.size() == 2);
    CHECK(found.first().table == QLatin1String("person"));
    CHECK(found.first().number == QLatin1String("P-1"));
    CHECK(found.first().field == QLatin1String("relation"));
}

TEST_CASE("Invariant 12: a case number used twice in a programme is a warning")
{
    CleanBase base;
    // Same number in another programme: allowed.
    entity(base.h, "case_file", Spare,
           {{"programme_id", uid(ProgB)},
            {"number", s("PA-2025-0001")},
            {"status", s("identified")},
            {"identified_on", s("2025-02-01")}});
    entity(base.h, "case_status_change", Spare + 10,
           {{"case_id", uid(Spare)},
            {"from_status", null},
            {"to_status", s("identified")},
            {"changed_on", s("2025-02-01")}});
    CHECK(base.check().violations().isEmpty());
    base.sql("UPDATE case_file SET programme_id = " + blobLiteral(ProgA));
    const IntegrityReport report = base.check();
    const QList<Violation> found = only(report, "case_number_unique");
    CHECK(found.size() == 2);
    CHECK_FALSE(found.first().isError());
    CHECK(found.first().field == QLatin1String("number"));
    CHECK(report.errorCount() == 0);
    CHECK(report.warningCount() == 2);
}

TEST_CASE("Invariant 13: overdue planned interventions are counted as one warning")
{
    CleanBase base;
    base.clock.set(
        QDateTime(QDate(2025, 7, 2), QTime(12, 0), Qt::UTC)); // the planned one is now overdue
    for (int i = 0; i < 3; ++i)
        entity(base.h, "intervention", Spare + 20 + i,
               {{"programme_id", uid(ProgA)},
                {"date", s("2025-05-01")},
                {"status", s("planned")},
                {"channel", s("phone")},
                {"intervention_type", s("interview")}});
    const IntegrityReport report = base.check();
    const QList<Violation> found = only(report, "intervention_overdue");
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found.first().isError());
    CHECK(found.first().key.isEmpty());
    CHECK(found.first().table == QLatin1String("intervention"));
    CHECK(found.first().message.startsWith(QLatin1String("4 ")));
    CHECK(found.first().message.contains(QLatin1String("2025-07-02")));
    CHECK(report.errorCount() == 0);
}

TEST_CASE("Foreign keys: dangling references are named by table, record and column")
{
    CleanBase base;
    base.sql("PRAGMA foreign_keys = OFF");
    entity(base.h, "intervention", Spare,
           {{"programme_id", uid(Spare + 50)},
            {"date", s("2025-02-01")},
            {"status", s("cancelled")},
            {"channel", s("phone")},
            {"intervention_type", s("interview")}});
    put(base.h, "intervention_worker",
        {{"intervention_id", uid(Visit)}, {"worker_id", uid(Spare + 51)}});
    put(base.h, "case_person",
        {{"case_id", uid(CaseA)}, {"person_id", uid(Spare + 52)}, {"role", s("member")}});
    base.sql("PRAGMA foreign_keys = ON");

    const QList<Violation> found = only(base.check(), "foreign_key");
    REQUIRE(found.size() == 3);
    auto find = [&](const char *table) {
        for (const Violation &v : found)
            if (v.table == QLatin1String(table))
                return v;
        FAIL("no violation in " << table);
        return Violation();
    };
    const Violation rowid = find("intervention");
    CHECK(rowid.key == QStringList{uidText(Spare)});
    CHECK(rowid.field == QLatin1String("programme_id"));
    CHECK(rowid.message.contains(uidText(Spare + 50)));
    const Violation link = find("intervention_worker");
    CHECK(link.key == QStringList({uidText(Visit), uidText(Spare + 51)}));
    CHECK(link.field == QLatin1String("worker_id"));
    CHECK(link.message.contains(QLatin1String("worker")));
    CHECK(find("case_person").field == QLatin1String("person_id"));
}

TEST_CASE("Column values: each stored value has its column's declared kind")
{
    CleanBase base;
    base.sql("UPDATE organisation SET short_name = X'00ff'");             // a blob in a text column
    base.sqlUnchecked("UPDATE worker SET fte = 9e999 WHERE code = 'W5'"); // infinity
    base.sql("PRAGMA foreign_keys = OFF");
    base.sql("UPDATE assessment SET case_id = 'not a uuid'"); // text in a UUID column
    base.sql("PRAGMA foreign_keys = ON");
    IntegrityReport report;
    IntegrityChecker(*base.t.db, base.clock).checkColumnTypes(report);
    const QList<Violation> found = only(report, "column_type");
    REQUIRE(found.size() == 3);
    QStringList fields;
    for (const Violation &v : found)
        fields.append(v.table + QLatin1Char('.') + v.field);
    CHECK(fields.contains(QStringLiteral("organisation.short_name")));
    CHECK(fields.contains(QStringLiteral("worker.fte")));
    CHECK(fields.contains(QStringLiteral("assessment.case_id")));
    for (const Violation &v : found)
        if (v.table == QLatin1String("worker"))
            CHECK(v.number == QLatin1String("W5"));
}

TEST_CASE("Storage: an index that no longer matches its table is reported")
{
    CleanBase base;
    // Redefine an index behind SQLite's back: its entries stay keyed on `date`, the schema
    // now says `status`. quick_check (run at open) does not compare entries, integrity_check does.
    base.sql("PRAGMA writable_schema = ON");
    base.sql(
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX intervention_date ON intervention(status)' "
        "WHERE name = 'intervention_date'");
    base.sql("PRAGMA writable_schema = OFF");
    base.t.reopen();
    const IntegrityReport report = IntegrityChecker(*base.t.db, base.clock).run();
    const QList<Violation> found = only(report, "storage");
    CHECK(found.first().message.contains(QLatin1String("intervention_date")));

    IntegrityReport quick;
    IntegrityChecker(*base.t.db, base.clock)
        .checkStorage(quick, IntegrityChecker::StorageCheck::Quick);
    CHECK(quick.violations().isEmpty());
}

TEST_CASE("The report counts every violation but keeps a bounded number per rule")
{
    CleanBase base;
    base.sql("UPDATE person SET relation = 'self'");
    base.sql("UPDATE intervention SET duration_min = 0 WHERE status = 'done'");
    const IntegrityReport report =
        IntegrityChecker(*base.t.db, base.clock).run(IntegrityChecker::StorageCheck::Quick, 1);
    CHECK(report.errorCount() == 3);
    CHECK(report.violations().size() == 2); // one per rule
    CHECK(report.omittedCount() == 1);
    CHECK(report.hasErrors());
}
