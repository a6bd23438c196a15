#include "queries/CaseListQuery.h"
#include "storage/Schema.h"
#include "support/TestSupport.h"
#include "test_case_search_fixtures.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace passerelle;
using namespace passerelle::test;

// local_case_list is derived from six tables by triggers (migration 0002). These tests
// change every source in every way, in any order, and compare the derived rows with what
// the sources say, computed here in C++ from plain reads: never with the triggers' SQL.

namespace {

// The sort key of free text, computed independently of the SQL fold: decomposed, marks
// dropped, lower case, ligatures spelt out.
QString foldKey(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c;
    }
    return out.toLower().replace(QStringLiteral("œ"), QStringLiteral("oe")).replace(QStringLiteral("æ"), QStringLiteral("ae"));
}

struct Derived
{
    QString programmeId, status, number, identifiedOn, closedOn, programmeName, mainCode, commune,
        landlord, partner, lastChange, programmeKey, communeKey, partnerKey;
    bool archived = false;
    QStringList peopleWords;
    friend bool operator==(const Derived &, const Derived &) = default;
};

QString hex(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? QString() : QString::fromLatin1(q.blob(column).toHex());
}

QHash<QString, Derived> derivedRows(sqlite3 *db)
{
    QHash<QString, Derived> rows;
    SqliteStatement q(db, "SELECT case_id, programme_id, status, number, identified_on, closed_on, archived, "
                          "programme_name, main_person_code, people, commune, landlord_id, referral_partner, "
                          "last_change_on, programme_key, commune_key, partner_key FROM local_case_list");
    while (q.step()) {
        Derived d{hex(q, 1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(7), q.text(8), q.text(10),
                  hex(q, 11), q.text(12), q.text(13), q.text(14), q.text(15), q.text(16), q.int64(6) != 0, {}};
        d.peopleWords = q.text(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        d.peopleWords.sort();
        rows.insert(hex(q, 0), d);
    }
    return rows;
}

QHash<QString, Derived> expectedRows(sqlite3 *db)
{
    const auto texts = [db](const char *sql) {
        QHash<QString, QStringList> out;
        SqliteStatement q(db, sql);
        while (q.step()) {
            QStringList values;
            for (int c = 1; c < q.columnCount(); ++c)
                values.append(q.columnType(c) == SQLITE_BLOB ? hex(q, c) : q.text(c));
            out.insert(hex(q, 0), values);
        }
        return out;
    };
    const auto programmes = texts("SELECT id, name FROM programme");
    const auto households = texts("SELECT id, commune, landlord_partner_id FROM household");
    const auto partners = texts("SELECT id, name FROM partner");
    const auto persons = texts("SELECT id, code, first_name, last_name, archived_at IS NOT NULL FROM person");

    QHash<QString, QList<QPair<QString, QString>>> links; // case → (person, role)
    {
        SqliteStatement q(db, "SELECT case_id, person_id, role FROM case_person");
        while (q.step())
            links[hex(q, 0)].append({hex(q, 1), q.text(2)});
    }
    QHash<QString, QString> latestChange;
    {
        SqliteStatement q(db, "SELECT case_id, changed_on FROM case_status_change WHERE archived_at IS NULL");
        while (q.step())
            latestChange[hex(q, 0)] = std::max(latestChange.value(hex(q, 0)), q.text(1));
    }

    QHash<QString, Derived> rows;
    SqliteStatement q(db, "SELECT id, programme_id, status, number, identified_on, closed_on, archived_at IS NOT NULL, "
                          "household_id, referral_partner_id, oriented_on, accompanied_on FROM case_file");
    while (q.step()) {
        Derived d;
        const QString id = hex(q, 0);
        d.programmeId = hex(q, 1);
        d.status = q.text(2);
        d.number = q.text(3);
        d.identifiedOn = q.text(4);
        d.closedOn = q.text(5);
        d.archived = q.int64(6) != 0;
        d.programmeName = programmes.value(d.programmeId).value(0);
        const QStringList household = households.value(hex(q, 7));
        d.commune = household.value(0);
        d.landlord = household.value(1);
        d.partner = partners.value(hex(q, 8)).value(0);
        for (const auto &[person, role] : links.value(id)) {
            const QStringList p = persons.value(person);
            if (p.isEmpty() || p.value(3) == QLatin1String("1"))
                continue; // not arrived yet, or archived
            d.peopleWords += QStringList{p[0], p[1], p[2]};
            if (role == QLatin1String("main") && (d.mainCode.isEmpty() || p[0] < d.mainCode))
                d.mainCode = p[0];
        }
        d.peopleWords.removeAll(QString());
        d.peopleWords = d.peopleWords.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        d.peopleWords.sort();
        const QString statusDate = d.status == QLatin1String("closed")        ? d.closedOn
                                   : d.status == QLatin1String("accompanied") ? q.text(10)
                                   : d.status == QLatin1String("oriented")    ? q.text(9)
                                                                              : d.identifiedOn;
        d.lastChange = latestChange.value(id, statusDate);
        d.programmeKey = foldKey(d.programmeName);
        d.communeKey = foldKey(d.commune);
        d.partnerKey = foldKey(d.partner);
        rows.insert(id, d);
    }
    return rows;
}

void checkDerived(const Database &db)
{
    const QHash<QString, Derived> derived = derivedRows(db.handle());
    const QHash<QString, Derived> expected = expectedRows(db.handle());
    REQUIRE(derived.size() == expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO("case " << it.key().toStdString());
        REQUIRE(derived.contains(it.key()));
        const Derived &d = derived[it.key()];
        CHECK(d.number == it->number);
        CHECK(d.status == it->status);
        CHECK(d.programmeName == it->programmeName);
        CHECK(d.mainCode == it->mainCode);
        CHECK(d.peopleWords.join(QLatin1Char(' ')).toStdString() == it->peopleWords.join(QLatin1Char(' ')).toStdString());
        CHECK(d.commune == it->commune);
        CHECK(d.partner == it->partner);
        CHECK(d.lastChange == it->lastChange);
        CHECK(d.communeKey.toStdString() == it->communeKey.toStdString());
        CHECK(d.programmeKey.toStdString() == it->programmeKey.toStdString());
        CHECK(d == *it);
    }
    // The full-text index holds exactly the list's text (FTS5 compares it with its content).
    execSql(db.handle(), "INSERT INTO local_case_search(local_case_search, rank) VALUES ('integrity-check', 1)");
}

} // namespace

TEST_CASE("The derived case list follows every change of its six sources, in any order")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    sqlite3 *db = t.db->handle();
    QRandomGenerator random(52);
    const auto pick = [&random](const auto &list) { return list.at(random.bounded(int(list.size()))); };

    const QList<Uuid> programmes{w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance")),
                                 w.programme(QStringLiteral("EMP"), QStringLiteral("Équipe mobile précarité"))};
    const QStringList communes{QStringLiteral("Chaumont"), QStringLiteral("Épinal"), QStringLiteral("Île-d'Yeu"),
                               QStringLiteral("Œting"), QStringLiteral("Saint-Dizier"), QStringLiteral("Châlons")};
    const QList<Uuid> partners{w.partner(QStringLiteral("CCAS de Chaumont")),
                               w.partner(QStringLiteral("Écoute Bailleur"), "social_landlord")};
    QList<Uuid> households;
    for (const QString &c : communes)
        households.append(w.household(c, random.bounded(2) ? partners[1] : Uuid()));
    QList<Uuid> people;
    QList<Uuid> cases;
    const QStringList names{QStringLiteral("Hélène"), QStringLiteral("Noé"), QStringLiteral("Ærø"),
                            QStringLiteral("Jean"), QStringLiteral("Zoé")};

    execSql(db, "BEGIN"); // checked inside the transaction: the triggers run within it
    for (int round = 0; round < 240; ++round) {
        INFO("round " << round);
        switch (random.bounded(12)) {
        case 0:
        case 1: {
            CaseWriter::Case c;
            c.programme = pick(programmes);
            c.status = pick(caseStatuses());
            c.identifiedOn = QDate(2023, 1, 1).addDays(random.bounded(700));
            c.household = random.bounded(3) ? pick(households) : Uuid();
            c.partner = random.bounded(2) ? pick(partners) : Uuid();
            cases.append(w.addCase(c));
            break;
        }
        case 2:
            if (!cases.isEmpty()) {
                const Uuid person = w.person(QStringLiteral("P-%1").arg(round), pick(names), pick(names));
                people.append(person);
                SqliteStatement q(db, "INSERT OR IGNORE INTO case_person(case_id, person_id, role) VALUES (?, ?, ?)");
                q.bindBlob(1, pick(cases).bytes());
                q.bindBlob(2, person.bytes());
                q.bindText(3, random.bounded(2) ? QStringLiteral("main") : QStringLiteral("member"));
                q.execute();
            }
            break;
        case 3:
            if (!people.isEmpty())
                w.exec(random.bounded(2) ? "UPDATE person SET last_name = 'Œuvré', code = code || 'x' WHERE id = ?"
                                         : "UPDATE person SET archived_at = CASE WHEN archived_at IS NULL THEN 1 END WHERE id = ?",
                       pick(people));
            break;
        case 4:
            if (!people.isEmpty())
                w.exec("UPDATE case_person SET role = CASE role WHEN 'main' THEN 'member' ELSE 'main' END "
                       "WHERE person_id = ?", pick(people));
            break;
        case 5:
            if (!people.isEmpty())
                w.exec("DELETE FROM case_person WHERE person_id = ?", pick(people));
            break;
        case 6:
            w.exec(random.bounded(2) ? "UPDATE household SET commune = 'Évreux-' || substr(hex(randomblob(1)), 1, 2) WHERE id = ?"
                                     : "UPDATE household SET landlord_partner_id = NULL WHERE id = ?",
                   pick(households));
            break;
        case 7:
            w.exec("UPDATE partner SET name = name || ' Â' WHERE id = ?", pick(partners));
            break;
        case 8:
            if (!cases.isEmpty())
                w.statusChange(pick(cases), "oriented", QDate(2024, 1, 1).addDays(random.bounded(500)),
                               random.bounded(4) == 0);
            break;
        case 9:
            if (!cases.isEmpty())
                w.exec(random.bounded(2) ? "UPDATE case_status_change SET archived_at = 1 WHERE case_id = ?"
                                         : "DELETE FROM case_status_change WHERE case_id = ?",
                       pick(cases));
            break;
        case 10:
            if (!cases.isEmpty()) {
                const Uuid c = pick(cases);
                SqliteStatement q(db, "UPDATE case_file SET household_id = ?, referral_partner_id = ?, "
                                      "number = number || 'B', archived_at = ? WHERE id = ?");
                q.bindBlob(1, pick(households).bytes());
                q.bindBlob(2, random.bounded(2) ? pick(partners).bytes() : QByteArray());
                if (random.bounded(3) == 0)
                    q.bind(3, qint64(1));
                else
                    q.bindNull(3);
                q.bindBlob(4, c.bytes());
                q.execute();
            }
            break;
        case 11:
            w.exec("UPDATE programme SET name = name || ' — ÇA' WHERE id = ?", pick(programmes));
            break;
        }
        if (round % 40 == 39)
            checkDerived(*t.db);
    }
    execSql(db, "COMMIT");
    checkDerived(*t.db);

    SECTION("a case deleted takes its entry and its words with it")
    {
        const Uuid gone = cases.first();
        w.exec("DELETE FROM case_person WHERE case_id = ?", gone);
        w.exec("DELETE FROM case_status_change WHERE case_id = ?", gone);
        w.exec("DELETE FROM case_file WHERE id = ?", gone);
        checkDerived(*t.db);
    }
    SECTION("VACUUM keeps the index and the list together")
    {
        execSql(db, "VACUUM");
        checkDerived(*t.db);
    }
}

TEST_CASE("Rows may arrive children first, as an import with deferred foreign keys sends them")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    sqlite3 *db = t.db->handle();
    execSql(db, "BEGIN; PRAGMA defer_foreign_keys = ON");
    // Ids chosen ahead, so that each row can point to a parent not yet written.
    const Uuid programme = w.nextId();
    const Uuid household = w.nextId();
    const Uuid partner = w.nextId();
    const Uuid person = w.nextId();
    const Uuid caseId = w.nextId();
    SqliteStatement link(db, "INSERT INTO case_person(case_id, person_id, role) VALUES (?, ?, 'main')");
    link.bindBlob(1, caseId.bytes());
    link.bindBlob(2, person.bytes());
    link.execute();
    SqliteStatement c(db, "INSERT INTO case_file(id, programme_id, number, household_id, status, identified_on, "
                          "referral_partner_id, created_at, updated_at) VALUES (?, ?, 'PA-2025-0001', ?, "
                          "'identified', '2025-01-02', ?, 0, 0)");
    c.bindBlob(1, caseId.bytes());
    c.bindBlob(2, programme.bytes());
    c.bindBlob(3, household.bytes());
    c.bindBlob(4, partner.bytes());
    c.execute();
    const auto parent = [db](const char *sql, const Uuid &id) {
        SqliteStatement q(db, sql);
        q.bindBlob(1, id.bytes());
        q.execute();
    };
    parent("INSERT INTO person(id, code, first_name, last_name, created_at, updated_at) "
           "VALUES (?, 'P-LATE', 'Léa', 'Tardive', 0, 0)", person);
    parent("INSERT INTO household(id, code, commune, created_at, updated_at) VALUES (?, 'M-1', 'Écot', 0, 0)", household);
    parent("INSERT INTO partner(id, name, partner_type, created_at, updated_at) VALUES (?, 'CMP', 'cmp', 0, 0)", partner);
    parent("INSERT INTO programme(id, organisation_id, code, name, created_at, updated_at) "
           "VALUES (?, x'01900000000070008000000000000fff', 'PA', 'Pair-aidance', 0, 0)", programme);
    execSql(db, "COMMIT");
    checkDerived(*t.db);

    CaseListQuery query(*t.db);
    CaseListFilter f;
    f.search = QStringLiteral("tardive ecot cmp");
    const QList<CaseListRow> rows = query.page(f).rows;
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].mainPersonCode == QLatin1String("P-LATE"));
    CHECK(rows[0].householdCommune == QStringLiteral("Écot"));
    CHECK(rows[0].programmeName == QLatin1String("Pair-aidance"));
}

TEST_CASE("The derived tables stay on this replica: never exported, counted or compared")
{
    TempDatabase t;
    CaseWriter w(*t.db);
    const Uuid pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    CaseWriter::Case c;
    c.programme = pa;
    w.addCase(c);
    QStringList names;
    for (const TableInfo &table : Schema::replicatedTables(t.db->handle()))
        names.append(table.name);
    CHECK(names.contains(QLatin1String("case_file")));
    for (const QString &name : names)
        CHECK_FALSE(name.startsWith(QLatin1String("local_")));
    // The search index's own tables too (FTS5 shadow tables).
    SqliteStatement q(t.db->handle(), "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                      "AND name LIKE 'local_case_search_%'");
    REQUIRE(q.step());
    CHECK(q.int64(0) >= 4);
}
