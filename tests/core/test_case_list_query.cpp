#include "queries/CaseListChoices.h"
#include "queries/CaseListQuery.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <algorithm>

using namespace passerelle;
using passerelle::test::TempDatabase;

namespace {

const QStringList statuses = {QStringLiteral("identified"), QStringLiteral("oriented"),
                              QStringLiteral("accompanied"), QStringLiteral("closed")};

// Writes cases the way the casework repositories will, but by SQL: the read model must not
// depend on the code that writes. Ids are deterministic and deliberately not in insertion
// order, so that the tie-break on id is really exercised.
class CaseData
{
public:
    explicit CaseData(const Database &db) : m_db(db)
    {
        execSql(m_db.handle(), "INSERT INTO organisation(id, name, created_at, updated_at) "
                               "VALUES (x'01900000000070008000000000000fff', 'UDAF 52', 0, 0)");
    }

    Uuid nextId()
    {
        // Scrambled low bits: ids sort in an order unrelated to the order of creation.
        ++m_counter;
        return Uuid::v7From(1700000000000 + (m_counter * 7919) % 1000, 0, m_counter);
    }

    Uuid programme(const char *code, const char *name, bool archived = false)
    {
        const Uuid id = nextId();
        SqliteStatement q(m_db.handle(),
                          "INSERT INTO programme(id, organisation_id, code, name, created_at, "
                          "updated_at, archived_at) VALUES (?, x'01900000000070008000000000000fff', "
                          "?, ?, 0, 0, ?)");
        q.bindBlob(1, id.bytes());
        q.bindText(2, QString::fromLatin1(code));
        q.bindText(3, QString::fromUtf8(name));
        if (archived)
            q.bind(4, qint64(1));
        else
            q.bindNull(4);
        q.execute();
        return id;
    }

    Uuid partner(const char *name)
    {
        const Uuid id = nextId();
        SqliteStatement q(m_db.handle(),
                          "INSERT INTO partner(id, name, partner_type, created_at, updated_at) "
                          "VALUES (?, ?, 'ccas', 0, 0)");
        q.bindBlob(1, id.bytes());
        q.bindText(2, QString::fromUtf8(name));
        q.execute();
        return id;
    }

    Uuid household(const char *commune)
    {
        const Uuid id = nextId();
        SqliteStatement q(m_db.handle(),
                          "INSERT INTO household(id, code, commune, created_at, updated_at) "
                          "VALUES (?, ?, ?, 0, 0)");
        q.bindBlob(1, id.bytes());
        q.bindText(2, QStringLiteral("M-%1").arg(m_counter));
        q.bindText(3, QString::fromUtf8(commune));
        q.execute();
        return id;
    }

    Uuid person(const char *code, const char *firstName, const char *lastName, const Uuid &household = {})
    {
        const Uuid id = nextId();
        SqliteStatement q(m_db.handle(),
                          "INSERT INTO person(id, code, first_name, last_name, household_id, "
                          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)");
        q.bindBlob(1, id.bytes());
        q.bindText(2, QString::fromLatin1(code));
        q.bindText(3, QString::fromUtf8(firstName));
        q.bindText(4, QString::fromUtf8(lastName));
        q.bindBlob(5, household.bytes());
        q.execute();
        return id;
    }

    struct Case
    {
        Uuid programme;
        QString status = QStringLiteral("identified");
        QDate identifiedOn = QDate(2024, 3, 1);
        Uuid household;
        Uuid partner;
        bool archived = false;
    };

    Uuid addCase(const Case &c)
    {
        const Uuid id = nextId();
        const int rank = int(statuses.indexOf(c.status));
        REQUIRE(rank >= 0);
        SqliteStatement q(m_db.handle(),
                          "INSERT INTO case_file(id, programme_id, number, household_id, status, "
                          "identified_on, oriented_on, accompanied_on, closed_on, close_reason, "
                          "referral_partner_id, created_at, updated_at, archived_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)");
        q.bindBlob(1, id.bytes());
        q.bindBlob(2, c.programme.bytes());
        q.bindText(3, QStringLiteral("T-%1").arg(m_counter, 5, 10, QLatin1Char('0')));
        q.bindBlob(4, c.household.bytes());
        q.bindText(5, c.status);
        q.bindText(6, c.identifiedOn.toString(Qt::ISODate));
        q.bindText(7, rank >= 1 ? c.identifiedOn.addDays(5).toString(Qt::ISODate) : QString());
        q.bindText(8, rank >= 2 ? c.identifiedOn.addDays(10).toString(Qt::ISODate) : QString());
        q.bindText(9, rank >= 3 ? c.identifiedOn.addDays(20).toString(Qt::ISODate) : QString());
        q.bindText(10, rank >= 3 ? QStringLiteral("goals_reached") : QString());
        q.bindBlob(11, c.partner.bytes());
        if (c.archived)
            q.bind(12, qint64(1));
        else
            q.bindNull(12);
        q.execute();
        return id;
    }

    void link(const Uuid &caseId, const Uuid &personId, const char *role)
    {
        SqliteStatement q(m_db.handle(),
                          "INSERT INTO case_person(case_id, person_id, role) VALUES (?, ?, ?)");
        q.bindBlob(1, caseId.bytes());
        q.bindBlob(2, personId.bytes());
        q.bindText(3, QString::fromLatin1(role));
        q.execute();
    }

    void statusChange(const Uuid &caseId, const char *to, QDate on, bool archived = false)
    {
        SqliteStatement q(m_db.handle(),
                          "INSERT INTO case_status_change(id, case_id, to_status, changed_on, "
                          "created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, 0, 0, ?)");
        q.bindBlob(1, nextId().bytes());
        q.bindBlob(2, caseId.bytes());
        q.bindText(3, QString::fromLatin1(to));
        q.bindText(4, on.toString(Qt::ISODate));
        if (archived)
            q.bind(5, qint64(1));
        else
            q.bindNull(5);
        q.execute();
    }

private:
    const Database &m_db;
    qint64 m_counter = 0;
};

CaseListFilter filterOf(const Uuid &programme, const QString &status = {})
{
    CaseListFilter f;
    f.programmeId = programme;
    f.status = status;
    return f;
}

// Reads a whole listing page by page; checks that only the last page says it is the last.
QList<CaseListRow> readAll(CaseListQuery &query, const CaseListFilter &filter, int limit,
                           int *pages = nullptr)
{
    QList<CaseListRow> rows;
    CaseListQuery::Cursor cursor;
    int count = 0;
    for (;;) {
        const CaseListQuery::Page page = query.page(filter, {}, cursor, limit);
        ++count;
        REQUIRE(page.rows.size() <= limit);
        rows += page.rows;
        if (!page.hasMore)
            break;
        REQUIRE(page.rows.size() == limit);
        cursor = page.next;
        REQUIRE(count < 10000);
    }
    if (pages)
        *pages = count;
    return rows;
}

QList<Uuid> ids(const QList<CaseListRow> &rows)
{
    QList<Uuid> out;
    for (const CaseListRow &r : rows)
        out.append(r.id);
    return out;
}

struct Expected
{
    Uuid id;
    QDate on;
};

// The list order, computed independently of SQL: newest identification first, then id.
QList<Uuid> listOrder(QList<Expected> cases)
{
    std::sort(cases.begin(), cases.end(), [](const Expected &a, const Expected &b) {
        if (a.on != b.on)
            return a.on > b.on;
        return b.id < a.id;
    });
    QList<Uuid> out;
    for (const Expected &e : cases)
        out.append(e.id);
    return out;
}

bool planWalks(const QStringList &plan, const char *index)
{
    // The first step of the plan is the outer loop: the walk over the list, from the top
    // of the index (SCAN) or from a key or the cursor (SEARCH).
    if (plan.isEmpty())
        return false;
    const QString walk = QLatin1String(" e USING INDEX ") + QLatin1String(index);
    return plan.first() == QLatin1String("SCAN") + walk
        || plan.first().startsWith(QLatin1String("SEARCH") + walk + QLatin1String(" ("));
}

bool planSortsEverything(const QStringList &plan)
{
    // At the top level (not indented: subqueries may sort their one or two rows),
    // "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" only orders cases sharing one date while
    // walking the date index; the plain form sorts every row the walk finds.
    return plan.contains(QStringLiteral("USE TEMP B-TREE FOR ORDER BY"));
}

} // namespace

TEST_CASE("Case list paging returns every case exactly once, in list order")
{
    TempDatabase t;
    CaseData data(*t.db);
    const Uuid pa = data.programme("PA", "Pair-aidance");
    QList<Expected> expected;
    execSql(t.db->handle(), "BEGIN"); // one write to the disk per test, not one per row
    // 57 cases on 6 dates: page boundaries fall inside runs of equal dates.
    for (int i = 0; i < 57; ++i) {
        const QDate on = QDate(2024, 1, 1).addDays((i * 5) % 6);
        expected.append({data.addCase({pa, statuses[i % 4], on, {}, {}, false}), on});
    }
    data.addCase({pa, QStringLiteral("closed"), QDate(2024, 1, 3), {}, {}, true}); // archived
    execSql(t.db->handle(), "COMMIT");
    const QList<Uuid> order = listOrder(expected);

    CaseListQuery query(*t.db);
    for (const int limit : {1, 5, 7, 56, 57, 58, 200}) {
        INFO("page size " << limit);
        int pages = 0;
        const QList<CaseListRow> rows = readAll(query, {}, limit, &pages);
        CHECK(ids(rows) == order);
        CHECK(pages == std::max(1, (57 + limit - 1) / limit));
    }
    CHECK(query.count({}) == 57);
    CHECK(query.page({}, {}, {}, 57).hasMore == false);
    CHECK(query.page({}, {}, {}, 56).hasMore == true);
}

TEST_CASE("A case list cursor continues after its last row whatever is written meanwhile")
{
    TempDatabase t;
    CaseData data(*t.db);
    const Uuid pa = data.programme("PA", "Pair-aidance");
    QList<Expected> before;
    for (int i = 0; i < 10; ++i) {
        const QDate on = QDate(2023, 6, 1).addDays(i);
        before.append({data.addCase({pa, QStringLiteral("identified"), on, {}, {}, false}), on});
    }
    const QList<Uuid> order = listOrder(before);

    CaseListQuery query(*t.db);
    const CaseListQuery::Page first = query.page({}, {}, {}, 4);
    REQUIRE(ids(first.rows) == order.mid(0, 4));
    // A newer case lands above the cursor, an older one below it.
    data.addCase({pa, QStringLiteral("identified"), QDate(2025, 1, 1), {}, {}, false});
    const Uuid older = data.addCase({pa, QStringLiteral("identified"), QDate(2020, 1, 1), {}, {}, false});
    const CaseListQuery::Page second = query.page({}, {}, first.next, 100);
    CHECK(ids(second.rows) == order.mid(4) + QList<Uuid>{older});
    CHECK_FALSE(second.hasMore);
}

TEST_CASE("Case list rows carry codes, commune, partner and dates, never a name")
{
    TempDatabase t;
    CaseData data(*t.db);
    const Uuid pa = data.programme("PA", "Pair-aidance Pays de Langres");
    const Uuid ccas = data.partner("CCAS de Chaumont");
    const Uuid home = data.household("Chaumont");
    const Uuid main = data.person("P-0001", "Jeanne", "Dupont", home);
    const Uuid member = data.person("A-0002", "Paul", "Dupont", home);

    const Uuid full = data.addCase({pa, QStringLiteral("accompanied"), QDate(2024, 5, 2), home, ccas, false});
    data.link(full, member, "member");
    data.link(full, main, "main");
    data.statusChange(full, "identified", QDate(2024, 5, 2));
    data.statusChange(full, "accompanied", QDate(2024, 6, 1));
    data.statusChange(full, "closed", QDate(2024, 7, 1), true); // archived: a mistake undone

    // Imported whole: no person, household, partner or recorded status change.
    const Uuid bare = data.addCase({pa, QStringLiteral("oriented"), QDate(2024, 4, 1), {}, {}, false});

    CaseListQuery query(*t.db);
    const QList<CaseListRow> rows = query.page({}).rows;
    REQUIRE(rows.size() == 2);

    const CaseListRow &r = rows[0];
    CHECK(r.id == full);
    CHECK(r.number.startsWith(QLatin1String("T-")));
    CHECK(r.programmeCode == QLatin1String("PA"));
    CHECK(r.programmeName == QStringLiteral("Pair-aidance Pays de Langres"));
    CHECK(r.status == QLatin1String("accompanied"));
    CHECK(r.mainPersonCode == QLatin1String("P-0001")); // the main person, not the member
    CHECK(r.householdCommune == QLatin1String("Chaumont"));
    CHECK(r.referralPartnerName == QLatin1String("CCAS de Chaumont"));
    CHECK(r.identifiedOn == QDate(2024, 5, 2));
    CHECK(r.lastStatusChangeOn == QDate(2024, 6, 1));

    const CaseListRow &b = rows[1];
    CHECK(b.id == bare);
    CHECK(b.mainPersonCode.isEmpty());
    CHECK(b.householdCommune.isEmpty());
    CHECK(b.referralPartnerName.isEmpty());
    CHECK(b.lastStatusChangeOn == QDate(2024, 4, 6)); // its oriented_on

    for (const CaseListRow &row : rows) {
        for (const QString &field : {row.number, row.programmeCode, row.programmeName, row.status,
                                     row.mainPersonCode, row.householdCommune, row.referralPartnerName}) {
            CHECK_FALSE(field.contains(QLatin1String("Jeanne")));
            CHECK_FALSE(field.contains(QLatin1String("Paul")));
            CHECK_FALSE(field.contains(QLatin1String("Dupont")));
        }
    }
}

TEST_CASE("Case list filters keep what they name, and count what paging returns")
{
    TempDatabase t;
    CaseData data(*t.db);
    // A big programme and a small one: the query walks the date index for the first and
    // the programme index for the second, and both must give the same answers.
    const Uuid big = data.programme("PA", "Pair-aidance");
    const Uuid small = data.programme("EMP", "Équipe mobile précarité");
    const Uuid empty = data.programme("CA", "Commission appartement");
    struct Made
    {
        Uuid id;
        Uuid programme;
        QString status;
        QDate on;
    };
    QList<Made> made;
    execSql(t.db->handle(), "BEGIN");
    for (int i = 0; i < 260; ++i) {
        const Uuid programme = i % 20 == 0 ? small : big;
        const QString status = statuses[(i / 3) % 4];
        const QDate on = QDate(2022, 1, 1).addDays(i % 37);
        made.append({data.addCase({programme, status, on, {}, {}, false}), programme, status, on});
    }
    data.addCase({small, QStringLiteral("closed"), QDate(2022, 2, 1), {}, {}, true}); // archived
    execSql(t.db->handle(), "COMMIT");

    CaseListQuery query(*t.db);
    QList<CaseListFilter> filters;
    for (const Uuid &programme : {Uuid(), big, small, empty})
        for (const QString &status : QStringList{QString()} + statuses)
            filters.append(filterOf(programme, status));

    for (const CaseListFilter &filter : filters) {
        INFO("programme " << filter.programmeId.toString().toStdString() << " status "
                          << filter.status.toStdString());
        QList<Expected> kept;
        for (const Made &m : made)
            if ((filter.programmeId.isNull() || m.programme == filter.programmeId)
                && (filter.status.isEmpty() || m.status == filter.status))
                kept.append({m.id, m.on});
        const QList<CaseListRow> rows = readAll(query, filter, 9);
        CHECK(ids(rows) == listOrder(kept));
        CHECK(query.count(filter) == kept.size());
        for (const CaseListRow &row : rows) {
            if (!filter.status.isEmpty())
                CHECK(row.status == filter.status);
            if (filter.programmeId == small)
                CHECK(row.programmeCode == QLatin1String("EMP"));
        }
    }
    CHECK(query.count({}) == 260);
    CHECK(query.count(filterOf(empty)) == 0);
    CHECK(query.page(filterOf(empty)).rows.isEmpty());
}

TEST_CASE("Case list pages walk an index and never sort the whole table")
{
    TempDatabase t;
    CaseData data(*t.db);
    const Uuid big = data.programme("PA", "Pair-aidance");
    const Uuid small = data.programme("EMP", "Équipe mobile précarité");
    execSql(t.db->handle(), "BEGIN");
    for (int i = 0; i < 300; ++i)
        data.addCase({i % 30 == 0 ? small : big, statuses[i % 4],
                      QDate(2021, 1, 1).addDays(i % 50), {}, {}, false});
    execSql(t.db->handle(), "COMMIT");

    CaseListQuery query(*t.db);
    const CaseListQuery::Page first = query.page({}, {}, {}, 20);
    REQUIRE(first.hasMore);

    SECTION("unfiltered, first and later pages: the date index, from the cursor")
    {
        for (const QStringList &plan : {query.pagePlan({}), query.pagePlan({}, {}, first.next, 20)}) {
            INFO(plan.join(QLatin1Char('\n')).toStdString());
            CHECK(planWalks(plan, "local_case_list_identified"));
            CHECK_FALSE(planSortsEverything(plan));
        }
        CHECK(query.pagePlan({}, {}, first.next, 20).first().contains(QLatin1String("(identified_on,case_id)<(?,?)")));
    }
    SECTION("a status alone: its own index, in date order")
    {
        const QStringList plan = query.pagePlan(filterOf({}, QStringLiteral("closed")));
        INFO(plan.join(QLatin1Char('\n')).toStdString());
        CHECK(planWalks(plan, "local_case_list_status"));
        CHECK_FALSE(planSortsEverything(plan));
    }
    SECTION("a programme, big or small, with or without a status: its own index, in date order")
    {
        for (const CaseListFilter &f : {filterOf(big), filterOf(big, QStringLiteral("oriented")), filterOf(small),
                                        filterOf(small, QStringLiteral("closed"))}) {
            const QStringList plan = query.pagePlan(f, {}, {}, 10);
            INFO(plan.join(QLatin1Char('\n')).toStdString());
            CHECK(planWalks(plan, "local_case_list_programme"));
            CHECK_FALSE(planSortsEverything(plan));
        }
        const CaseListQuery::Page page = query.page(filterOf(small), {}, {}, 3);
        REQUIRE(page.hasMore);
        CHECK(planWalks(query.pagePlan(filterOf(small), {}, page.next, 3), "local_case_list_programme"));
    }
    SECTION("the programme's code is read through its key")
    {
        const QStringList plan = query.pagePlan({});
        INFO(plan.join(QLatin1Char('\n')).toStdString());
        for (const QString &step : plan.mid(1))
            CHECK_FALSE(step.trimmed().startsWith(QLatin1String("SCAN")));
    }
}

TEST_CASE("The case list offers every programme, open ones first")
{
    TempDatabase t;
    CaseData data(*t.db);
    data.programme("PA", "Pair-aidance");
    const Uuid old = data.programme("AA", "Ancien dispositif", true);
    data.programme("EMP", "Équipe mobile précarité");
    const QList<CaseListChoices::Choice> choices = CaseListChoices(*t.db).programmes();
    REQUIRE(choices.size() == 3);
    CHECK(choices[0].code == QLatin1String("EMP"));
    CHECK(choices[0].name == QStringLiteral("Équipe mobile précarité"));
    CHECK_FALSE(choices[0].archived);
    CHECK(choices[1].code == QLatin1String("PA"));
    CHECK(choices[2].id == old);
    CHECK(choices[2].archived);
}
