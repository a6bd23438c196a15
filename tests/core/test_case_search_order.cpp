#include "queries/CaseListQuery.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"
#include "test_case_search_fixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace passerelle;
using namespace passerelle::test;

namespace {

using Key = CaseListOrder::Key;

// What the tests know of each case, to compute the expected lists without SQL.
struct Made
{
    int index = 0; // in the order written
    Uuid id;
    Uuid programme;
    QString programmeName;
    QString status;
    QDate on;
    QString number;
    QString commune;
    QString partner;
    QString person;
    Uuid landlord;
    Uuid worker;
    bool workerStillAssigned = false;
    QDate closedOn;
};

QString fold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toLower();
}

// The key as the list compares it: text folded, status in workflow order, dates as ISO.
QVariant keyOf(const Made &m, Key key)
{
    switch (key) {
    case Key::IdentifiedOn: return m.on.toString(Qt::ISODate);
    case Key::Number: return m.number;
    case Key::Programme: return fold(m.programmeName);
    case Key::Status: return caseStatuses().indexOf(m.status);
    case Key::Person: return m.person;
    case Key::Commune: return fold(m.commune);
    case Key::ReferralPartner: return fold(m.partner);
    case Key::LastStatusChange: {
        const QDate d = m.status == QLatin1String("closed") ? m.closedOn
            : m.status == QLatin1String("identified")        ? m.on
            : m.status == QLatin1String("oriented")          ? std::min(m.on.addDays(5), m.closedOn)
                                                             : std::min(m.on.addDays(10), m.closedOn);
        return d.toString(Qt::ISODate);
    }
    }
    return {};
}

QList<Uuid> expectedOrder(QList<Made> kept, const CaseListOrder &order)
{
    std::sort(kept.begin(), kept.end(), [&order](const Made &a, const Made &b) {
        const QVariant ka = keyOf(a, order.key);
        const QVariant kb = keyOf(b, order.key);
        const auto less = [](const QVariant &x, const QVariant &y) {
            if (x.typeId() == QMetaType::Int)
                return x.toInt() < y.toInt();
            // SQLite's BINARY: UTF-8 bytes, which order like code points.
            return x.toString().toUcs4() < y.toString().toUcs4();
        };
        if (less(ka, kb) || less(kb, ka))
            return order.descending ? less(kb, ka) : less(ka, kb);
        return order.descending ? b.id < a.id : a.id < b.id;
    });
    QList<Uuid> out;
    for (const Made &m : kept)
        out.append(m.id);
    return out;
}

QList<Uuid> readAll(CaseListQuery &query, const CaseListFilter &filter, const CaseListOrder &order, int limit)
{
    QList<Uuid> ids;
    CaseListQuery::Cursor cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        const CaseListQuery::Page page = query.page(filter, order, cursor, limit);
        for (const CaseListRow &row : page.rows)
            ids.append(row.id);
        if (!page.hasMore)
            return ids;
        REQUIRE(page.rows.size() == limit);
        cursor = page.next;
    }
    FAIL("the listing does not end");
    return ids;
}

struct Caseload
{
    explicit Caseload(const Database &db) : w(db)
    {
        programmes = {w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance")),
                      w.programme(QStringLiteral("EMP"), QStringLiteral("Équipe mobile précarité")),
                      w.programme(QStringLiteral("ADD"), QStringLiteral("addictologie"))};
        const QStringList programmeNames{QStringLiteral("Pair-aidance"), QStringLiteral("Équipe mobile précarité"),
                                         QStringLiteral("addictologie")};
        const QStringList communes{QStringLiteral("Chaumont"), QStringLiteral("Épinal"), QStringLiteral("évreux"),
                                   QStringLiteral("Langres"), QString(), QStringLiteral("Ézy")};
        const QStringList partnerNames{QStringLiteral("CCAS de Chaumont"), QStringLiteral("Écoute 52"), QString()};
        QList<Uuid> partners;
        for (const QString &name : partnerNames)
            partners.append(name.isEmpty() ? Uuid() : w.partner(name));
        landlords = {w.partner(QStringLiteral("Hamaris"), "social_landlord"), Uuid()};
        workers = {w.worker(QStringLiteral("W1"), QStringLiteral("Sophie")), w.worker(QStringLiteral("W2"), QStringLiteral("Franck"))};
        Transaction tx(db.handle()); // one write to the disk, not hundreds

        for (int i = 0; i < 90; ++i) {
            Made m;
            m.index = i;
            const int p = i % 7 == 0 ? 2 : i % 3 == 0 ? 1 : 0; // ADD small, EMP a third, PA the rest
            m.programme = programmes[p];
            m.programmeName = programmeNames[p];
            m.status = caseStatuses()[(i / 2) % 4];
            m.on = QDate(2022, 1, 1).addDays((i * 37) % 400);
            m.closedOn = m.on.addDays(30 + i % 200);
            m.commune = communes[i % communes.size()];
            m.partner = partnerNames[i % partnerNames.size()];
            m.landlord = landlords[i % 2];
            m.number = QStringLiteral("%1-%2").arg(i % 7 == 0 ? QStringLiteral("ADD") : QStringLiteral("PA")).arg(1000 - (i * 13) % 97, 4, 10, QLatin1Char('0'));
            CaseWriter::Case c;
            c.programme = m.programme;
            c.status = m.status;
            c.identifiedOn = m.on;
            c.closedOn = m.closedOn;
            c.number = m.number;
            c.household = m.commune.isEmpty() ? Uuid() : w.household(m.commune, m.landlord);
            if (m.commune.isEmpty())
                m.landlord = {};
            c.partner = partners[i % partnerNames.size()];
            m.id = w.addCase(c);
            m.person = i % 11 == 0 ? QString() : QStringLiteral("P-%1").arg((i * 7919) % 1000, 3, 10, QLatin1Char('0'));
            if (!m.person.isEmpty())
                w.link(m.id, w.person(m.person, QStringLiteral("Prénom"), i % 2 ? QStringLiteral("Martin") : QStringLiteral("Durand")));
            if (i % 4 != 3) {
                m.worker = workers[i % 2];
                m.workerStillAssigned = i % 5 != 0;
                w.assign(m.id, m.worker, m.on, m.workerStillAssigned ? QDate() : m.on.addDays(3));
            }
            made.append(m);
        }
        tx.commit();
    }

    CaseWriter w;
    QList<Uuid> programmes;
    QList<Uuid> landlords;
    QList<Uuid> workers;
    QList<Made> made;
};

} // namespace

TEST_CASE("Every column sorts the whole list both ways, page after page")
{
    TempDatabase t;
    Caseload data(*t.db);
    CaseListQuery query(*t.db);
    for (const Key key : {Key::IdentifiedOn, Key::Number, Key::Programme, Key::Status, Key::Person,
                          Key::Commune, Key::ReferralPartner, Key::LastStatusChange}) {
        for (const bool descending : {false, true}) {
            const CaseListOrder order{key, descending};
            INFO("key " << int(key) << (descending ? " down" : " up"));
            const QList<Uuid> expected = expectedOrder(data.made, order);
            for (const int limit : {7, 200})
                CHECK(readAll(query, {}, order, limit) == expected);
            // Each order walks its own index and never sorts the list.
            const QStringList plan = query.pagePlan({}, order);
            INFO(plan.join(QLatin1Char('\n')).toStdString());
            CHECK(plan.first().contains(QLatin1String("USING INDEX local_case_list_")));
            CHECK_FALSE(plan.contains(QStringLiteral("USE TEMP B-TREE FOR ORDER BY")));
        }
    }
}

TEST_CASE("Filters by worker, landlord and period keep what they say, in any order, with the search")
{
    TempDatabase t;
    Caseload data(*t.db);
    CaseListQuery query(*t.db);

    struct Case
    {
        const char *what;
        std::function<void(CaseListFilter &)> set;
        std::function<bool(const Made &)> keeps;
    };
    const Uuid sophie = data.workers[0];
    const Uuid hamaris = data.landlords[0];
    const Uuid emp = data.programmes[1];
    const QDate from(2022, 6, 1);
    const QDate to(2022, 8, 31);
    const auto open = [&](const Made &m) {
        return m.on <= to && (m.status != QLatin1String("closed") || m.closedOn >= from);
    };
    const QList<Case> cases{
        {"worker", [&](CaseListFilter &f) { f.workerId = sophie; },
         [&](const Made &m) { return m.worker == sophie && m.workerStillAssigned; }},
        {"landlord", [&](CaseListFilter &f) { f.landlordId = hamaris; },
         [&](const Made &m) { return m.landlord == hamaris; }},
        {"period", [&](CaseListFilter &f) { f.openFrom = from; f.openTo = to; }, open},
        {"from only", [&](CaseListFilter &f) { f.openFrom = from; },
         [&](const Made &m) { return m.status != QLatin1String("closed") || m.closedOn >= from; }},
        {"to only", [&](CaseListFilter &f) { f.openTo = to; }, [&](const Made &m) { return m.on <= to; }},
        {"search", [&](CaseListFilter &f) { f.search = QStringLiteral("martin"); },
         [&](const Made &m) { return !m.person.isEmpty() && m.index % 2 == 1; }},
        {"everything at once",
         [&](CaseListFilter &f) {
             f.programmeId = emp;
             f.status = QStringLiteral("oriented");
             f.workerId = sophie;
             f.landlordId = hamaris;
             f.search = QStringLiteral("durand");
         },
         [&](const Made &m) {
             return m.programme == emp && m.status == QLatin1String("oriented") && m.worker == sophie
                 && m.workerStillAssigned && m.landlord == hamaris && !m.person.isEmpty()
                 && m.index % 2 == 0;
         }},
    };
    for (const Case &c : cases) {
        CaseListFilter filter;
        c.set(filter);
        QList<Made> kept;
        for (const Made &m : data.made)
            if (c.keeps(m))
                kept.append(m);
        INFO(c.what << ": " << kept.size() << " kept");
        CHECK(query.count(filter) == kept.size());
        for (const CaseListOrder order : {CaseListOrder{}, CaseListOrder{Key::Commune, false}, CaseListOrder{Key::Person, true}})
            CHECK(readAll(query, filter, order, 4) == expectedOrder(kept, order));
    }
}

TEST_CASE("A listing reads from its most selective criterion, or walks its order, whichever visits fewer rows")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid big = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    const Uuid small = w.programme(QStringLiteral("ADD"), QStringLiteral("Addictologie"));
    const Uuid worker = w.worker(QStringLiteral("W1"), QStringLiteral("Sophie"));
    execSql(t.db->handle(), "BEGIN"); // one write to the disk, not 1 200
    for (int i = 0; i < 400; ++i) {
        CaseWriter::Case c;
        c.programme = i % 40 == 0 ? small : big;
        c.identifiedOn = QDate(2021, 1, 1).addDays(i);
        const Uuid id = w.addCase(c);
        // Everyone is a Martin; one case in eighty is a Rare.
        w.link(id, w.person(QStringLiteral("P-%1").arg(i), QStringLiteral("Anne"),
                            i % 80 == 0 ? QStringLiteral("Rare") : QStringLiteral("Martin")));
        if (i % 100 == 0)
            w.assign(id, worker, c.identifiedOn);
    }
    execSql(t.db->handle(), "COMMIT");
    CaseListQuery query(*t.db);
    using A = CaseListQuery::Access;
    const auto filter = [](const char *search, const Uuid &programme = {}, const Uuid &assignee = {}) {
        CaseListFilter f;
        f.search = QString::fromLatin1(search);
        f.programmeId = programme;
        f.workerId = assignee;
        return f;
    };
    const CaseListOrder byCommune{Key::Commune, false};
    // Pages of 20 among 400 cases: a criterion keeping fewer than about 45 is collected.
    CHECK(query.chooseAccess(filter("martin"), {}, 20) == A::WalkOrder);
    CHECK(query.chooseAccess(filter("martin"), byCommune, 20) == A::WalkOrder);
    CHECK(query.chooseAccess(filter("rare"), {}, 20) == A::FromSearch);
    CHECK(query.chooseAccess(filter("rare"), byCommune, 20) == A::FromSearch);
    CHECK(query.chooseAccess(filter(""), {}, 20) == A::WalkOrder);
    CHECK(query.chooseAccess(filter("", small), {}, 20) == A::WalkOrder); // its own index gives the order
    CHECK(query.chooseAccess(filter("", small), byCommune, 20) == A::FromProgramme);
    CHECK(query.chooseAccess(filter("", big), byCommune, 20) == A::WalkOrder);
    CHECK(query.chooseAccess(filter("martin", {}, worker), byCommune, 20) == A::FromWorker);

    // The plans say it, and the answers do not depend on it.
    const auto plan = [&](const CaseListFilter &f, const CaseListOrder &o) {
        return query.pagePlan(f, o, {}, 20).join(QLatin1Char('\n'));
    };
    CHECK(plan(filter("rare"), byCommune).contains(QLatin1String("USING INTEGER PRIMARY KEY")));
    CHECK(plan(filter("martin"), byCommune).contains(QLatin1String("USING INDEX local_case_list_by_commune")));
    CHECK(plan(filter("", small), byCommune).contains(QLatin1String("USING INDEX local_case_list_programme (programme_id=?)")));
    CHECK(plan(filter("martin", {}, worker), byCommune).contains(QLatin1String("USING INDEX local_case_list_case (case_id=?")));
    for (const CaseListFilter &f : {filter("rare"), filter("martin"), filter("", small), filter("anne", {}, worker)}) {
        const CaseListQuery::Page first = query.page(f, byCommune, {}, 3);
        CHECK(first.next.access() == query.chooseAccess(f, byCommune, 3));
        QList<Uuid> all;
        CaseListQuery::Cursor cursor;
        for (;;) {
            const CaseListQuery::Page page = query.page(f, byCommune, cursor, 3);
            for (const CaseListRow &r : page.rows)
                all.append(r.id);
            if (!page.hasMore)
                break;
            cursor = page.next;
            CHECK(cursor.access() == first.next.access()); // kept for the whole listing
        }
        CHECK(all.size() == query.count(f));
    }
}
