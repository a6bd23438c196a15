#include "queries/CaseListQuery.h"
#include "queries/CaseSearchText.h"
#include "support/TestSupport.h"
#include "test_case_search_fixtures.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace passerelle;
using namespace passerelle::test;

namespace {

QSet<Uuid> found(CaseListQuery &query, const QString &search)
{
    CaseListFilter f;
    f.search = search;
    QSet<Uuid> ids;
    CaseListQuery::Cursor cursor;
    for (;;) {
        const CaseListQuery::Page page = query.page(f, {}, cursor, 3);
        for (const CaseListRow &row : page.rows)
            ids.insert(row.id);
        if (!page.hasMore)
            break;
        cursor = page.next;
    }
    CHECK(query.count(f) == ids.size());
    return ids;
}

} // namespace

TEST_CASE("What is typed becomes a full-text query where every word begins a word, and nothing is syntax")
{
    using CaseSearchText::matchExpression;
    CHECK(matchExpression(QString()).isEmpty());
    CHECK(matchExpression(QStringLiteral("   \t ")).isEmpty());
    CHECK(matchExpression(QStringLiteral("- ' ,")).isEmpty());
    CHECK(matchExpression(QStringLiteral("dup")) == QLatin1String("\"dup\"*"));
    CHECK(matchExpression(QStringLiteral("  Dupont\tchaumont ")) == QLatin1String("\"Dupont\"* \"chaumont\"*"));
    CHECK(matchExpression(QStringLiteral("PA-2025-00")) == QLatin1String("\"PA-2025-00\"*"));
    CHECK(matchExpression(QStringLiteral("a\"b OR NEAR(x)")) == QLatin1String("\"a\"\"b\"* \"OR\"* \"NEAR(x)\"*"));
    CHECK(matchExpression(QStringLiteral("Hélène")) == QStringLiteral("\"Hélène\"*"));
    const QString many = QStringLiteral("a b c d e f g h i j");
    CHECK(matchExpression(many).count(QLatin1Char('*')) == CaseSearchText::MaxWords);
}

TEST_CASE("Search finds cases by number, people's codes and names, commune and referring partner")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    const Uuid ccas = w.partner(QStringLiteral("CCAS de Villeneuve-d'Ascq"));
    const Uuid home = w.household(QStringLiteral("Saint-Dizier"));
    const Uuid other = w.household(QStringLiteral("Chaumont"));

    CaseWriter::Case c;
    c.programme = pa;
    c.number = QStringLiteral("PA-2025-0017");
    c.household = home;
    c.partner = ccas;
    const Uuid withAll = w.addCase(c);
    w.link(withAll, w.person(QStringLiteral("P-7QX2"), QStringLiteral("Hélène"), QStringLiteral("Bélugère"), home));
    w.link(withAll, w.person(QStringLiteral("M-0002"), QStringLiteral("Noé"), QStringLiteral("Bélugère")), "member");

    c.number = QStringLiteral("PA-2025-0170");
    c.household = other;
    c.partner = {};
    const Uuid plain = w.addCase(c);
    w.link(plain, w.person(QStringLiteral("P-8ZZ1"), QStringLiteral("Jean"), QStringLiteral("Dupont")));

    c.number = QStringLiteral("PA-2024-0017");
    c.household = {};
    const Uuid anonymous = w.addCase(c); // no one linked yet, no household

    CaseListQuery query(*t.db);
    const QSet<Uuid> everyone{withAll, plain, anonymous};
    CHECK(found(query, {}) == everyone);

    // Prefixes of words, case and accents ignored, in any column.
    CHECK(found(query, QStringLiteral("belu")) == QSet<Uuid>{withAll});
    CHECK(found(query, QStringLiteral("HELENE")) == QSet<Uuid>{withAll});
    CHECK(found(query, QStringLiteral("noe")) == QSet<Uuid>{withAll}); // a member, not the main person
    CHECK(found(query, QStringLiteral("dup")) == QSet<Uuid>{plain});
    CHECK(found(query, QStringLiteral("p-7q")) == QSet<Uuid>{withAll});
    CHECK(found(query, QStringLiteral("7QX2")) == QSet<Uuid>{withAll});
    CHECK(found(query, QStringLiteral("dizier")) == QSet<Uuid>{withAll});
    CHECK(found(query, QStringLiteral("saint-di")) == QSet<Uuid>{withAll});
    CHECK(found(query, QStringLiteral("ascq")) == QSet<Uuid>{withAll});
    CHECK(found(query, QStringLiteral("d'ascq")) == QSet<Uuid>{withAll});
    CHECK(found(query, QStringLiteral("chaumont")) == QSet<Uuid>{plain});
    // Numbers: the parts in order, the last one begun.
    CHECK(found(query, QStringLiteral("PA-2025-0017")) == QSet<Uuid>{withAll});
    CHECK(found(query, QStringLiteral("PA-2025-01")) == QSet<Uuid>{plain});
    CHECK(found(query, QStringLiteral("2025")) == QSet<Uuid>{withAll, plain});
    CHECK(found(query, QStringLiteral("0017")) == QSet<Uuid>{withAll, anonymous});
    CHECK(found(query, QStringLiteral("2025-0017")) == QSet<Uuid>{withAll});
    // Every word must match, each anywhere.
    CHECK(found(query, QStringLiteral("jean chaumont")) == QSet<Uuid>{plain});
    CHECK(found(query, QStringLiteral("jean dizier")).isEmpty());
    // Words that begin no word; the middle of a word is not a beginning.
    CHECK(found(query, QStringLiteral("pont")).isEmpty());
    CHECK(found(query, QStringLiteral("zzz")).isEmpty());
    // What would be FTS5 syntax is searched as text and breaks nothing.
    CHECK(found(query, QStringLiteral("\"dupont")) == QSet<Uuid>{plain});
    CHECK(found(query, QStringLiteral("dupont OR")).isEmpty());
    CHECK(found(query, QStringLiteral("NEAR(dupont")).isEmpty());
    CHECK(found(query, QStringLiteral("* ^ :")) == everyone);

    SECTION("the search follows every change of what it finds cases by")
    {
        w.link(anonymous, w.person(QStringLiteral("P-1AB0"), QStringLiteral("Inès"), QStringLiteral("Morelin")));
        CHECK(found(query, QStringLiteral("morelin")) == QSet<Uuid>{anonymous});
        execSql(t.db->handle(), "UPDATE person SET last_name = 'Sauillard' WHERE code = 'P-1AB0'");
        CHECK(found(query, QStringLiteral("morelin")).isEmpty());
        CHECK(found(query, QStringLiteral("sauil")) == QSet<Uuid>{anonymous});
        execSql(t.db->handle(), "UPDATE household SET commune = 'Langres' WHERE commune = 'Chaumont'");
        CHECK(found(query, QStringLiteral("chaumont")).isEmpty());
        CHECK(found(query, QStringLiteral("langres")) == QSet<Uuid>{plain});
        execSql(t.db->handle(), "UPDATE partner SET name = 'CIAS du Grand Langres'");
        CHECK(found(query, QStringLiteral("ascq")).isEmpty());
        CHECK(found(query, QStringLiteral("langres")) == QSet<Uuid>{withAll, plain});
        execSql(t.db->handle(), "UPDATE case_file SET number = 'EMP-2025-0001' WHERE number = 'PA-2024-0017'");
        CHECK(found(query, QStringLiteral("emp")) == QSet<Uuid>{anonymous});
    }
    SECTION("names leave the index when a person is archived, unlinked or erased")
    {
        execSql(t.db->handle(), "UPDATE person SET archived_at = 1 WHERE code = 'M-0002'");
        CHECK(found(query, QStringLiteral("noe")).isEmpty());
        CHECK(found(query, QStringLiteral("belugere")) == QSet<Uuid>{withAll}); // Hélène remains
        execSql(t.db->handle(), "DELETE FROM case_person WHERE person_id = (SELECT id FROM person WHERE code = 'P-7QX2')");
        CHECK(found(query, QStringLiteral("helene")).isEmpty());
        execSql(t.db->handle(), "DELETE FROM case_person WHERE person_id = (SELECT id FROM person WHERE code = 'P-8ZZ1'); "
                                "DELETE FROM person WHERE code = 'P-8ZZ1'");
        CHECK(found(query, QStringLiteral("dupont")).isEmpty());
        // Not in the list's table either, where the index reads its text.
        SqliteStatement left(t.db->handle(), "SELECT count(*) FROM local_case_list "
                                             "WHERE people LIKE '%Dupont%' OR people LIKE '%Hélène%' OR people LIKE '%Noé%'");
        REQUIRE(left.step());
        CHECK(left.int64(0) == 0);
    }
    SECTION("archived cases are searched no more")
    {
        w.exec("UPDATE case_file SET archived_at = 1 WHERE id = ?", withAll);
        CHECK(found(query, QStringLiteral("belugere")).isEmpty());
        CHECK(found(query, {}) == QSet<Uuid>{plain, anonymous});
        w.exec("UPDATE case_file SET archived_at = NULL WHERE id = ?", withAll);
        CHECK(found(query, QStringLiteral("belugere")) == QSet<Uuid>{withAll});
    }
}
