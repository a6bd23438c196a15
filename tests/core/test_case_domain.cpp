// Pure domain rules of the casework side: case numbers, the status workflow table,
// pseudonymous codes and the value checks that need no database.

#include "domain/Assessment.h"
#include "domain/Case.h"
#include "domain/CaseNumbering.h"
#include "domain/CaseStatus.h"
#include "domain/CollectiveSession.h"
#include "domain/Household.h"
#include "domain/Intervention.h"
#include "domain/Person.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace passerelle;

namespace {
QStringList refusedFields(const std::function<void()> &check)
{
    try {
        check();
    } catch (const ValidationError &e) {
        QStringList fields;
        for (const FieldError &f : e.all())
            fields.append(f.field);
        return fields;
    }
    return {};
}

Case validCase()
{
    Case c;
    c.programmeId = Uuid::createV7();
    c.identifiedOn = QDate(2025, 3, 1);
    return c;
}
} // namespace

TEST_CASE("Case numbers: format, parse and next free number of a programme and year")
{
    CHECK(CaseNumbering::format(QStringLiteral("PA"), 2025, 17) == QLatin1String("PA-2025-0017"));
    CHECK(CaseNumbering::format(QStringLiteral("EM2"), 2024, 12345) ==
          QLatin1String("EM2-2024-12345"));

    const auto parts = CaseNumbering::parse(u"PA-2025-0017");
    REQUIRE(parts);
    CHECK(parts->programmeCode == QLatin1String("PA"));
    CHECK(parts->year == 2025);
    CHECK(parts->sequence == 17);
    CHECK_FALSE(CaseNumbering::parse(u"PA-2025-17"));
    CHECK_FALSE(CaseNumbering::parse(u"pa-2025-0017"));
    CHECK_FALSE(CaseNumbering::parse(u"dossier Martin"));

    const QStringList existing{QStringLiteral("PA-2025-0001"), QStringLiteral("PA-2025-0009"),
                               QStringLiteral("PA-2024-0044"), QStringLiteral("EM-2025-0100"),
                               QStringLiteral("saisi à la main")};
    CHECK(CaseNumbering::next(existing, QStringLiteral("PA"), 2025) ==
          QLatin1String("PA-2025-0010"));
    CHECK(CaseNumbering::next(existing, QStringLiteral("PA"), 2024) ==
          QLatin1String("PA-2024-0045"));
    CHECK(CaseNumbering::next(existing, QStringLiteral("PA"), 2026) ==
          QLatin1String("PA-2026-0001"));
    CHECK(CaseNumbering::next({}, QStringLiteral("EM"), 2025) == QLatin1String("EM-2025-0001"));
}

TEST_CASE("Case status workflow table: allowed moves and codes")
{
    using S = CaseStatus;
    const QList<S> all{S::Identified, S::Oriented, S::Accompanied, S::Closed};
    const QList<QPair<S, S>> allowed{{S::Identified, S::Oriented}, {S::Identified, S::Accompanied},
                                     {S::Identified, S::Closed},   {S::Oriented, S::Accompanied},
                                     {S::Oriented, S::Closed},     {S::Accompanied, S::Closed},
                                     {S::Closed, S::Identified},   {S::Closed, S::Oriented},
                                     {S::Closed, S::Accompanied}};
    for (const S from : all) {
        for (const S to : all) {
            INFO(toCode(from).toStdString() << " -> " << toCode(to).toStdString());
            CHECK(isAllowedTransition(from, to) == allowed.contains({from, to}));
        }
        CHECK(caseStatusFromCode(toCode(from)) == from);
        CHECK_FALSE(label(from).isEmpty());
    }
    CHECK_FALSE(caseStatusFromCode(u"archived"));
    CHECK(isReopening(S::Closed, S::Oriented));
    CHECK_FALSE(isReopening(S::Oriented, S::Closed));
    CHECK(dateColumn(S::Accompanied) == QLatin1String("accompanied_on"));
}

TEST_CASE("Pseudonymous codes come from the id only, are stable and well spread")
{
    const QRegularExpression shape(QStringLiteral("^P-[0-9A-HJKMNP-TV-Z]{6}$"));
    QSet<QString> codes;
    for (int i = 0; i < 20000; ++i) {
        // Ids that differ in one bit only, as a deterministic demo generator makes them.
        const Uuid id = Uuid::v7From(1735689600000, 0, quint64(i));
        const QString code = personCodeFor(id);
        REQUIRE(shape.match(code).hasMatch());
        codes.insert(code);
    }
    CHECK(codes.size() >= 19990); // 30 bits per code: a handful of twins at most
    const Uuid id = Uuid::createV7();
    CHECK(personCodeFor(id) == personCodeFor(id));
    CHECK(personCodeFor(id, 1) != personCodeFor(id, 0));
    CHECK(householdCodeFor(id).startsWith(QLatin1String("M-")));

    Person p;
    p.firstName = QStringLiteral("Jean-Pierre");
    p.lastName = QStringLiteral("Martin");
    p.code = QStringLiteral("MARTIN-01");
    CHECK(codeRevealsName(p));
    p.code = QStringLiteral("P-PIERRE");
    CHECK(codeRevealsName(p));
    p.code = personCodeFor(id);
    CHECK_FALSE(codeRevealsName(p));
}

TEST_CASE("Case values: dates in workflow order, close reason exactly when closed, one main person")
{
    CHECK(refusedFields([] { validate(validCase()); }).isEmpty());

    Case c = validCase();
    c.identifiedOn = QDate();
    CHECK(refusedFields([&] { validate(c); }).contains(QStringLiteral("identified_on")));

    c = validCase();
    c.status = CaseStatus::Accompanied;
    c.orientedOn = QDate(2025, 4, 1);
    c.accompaniedOn = QDate(2025, 3, 15);
    CHECK(refusedFields([&] { validate(c); }) == QStringList{QStringLiteral("accompanied_on")});

    c = validCase();
    c.status = CaseStatus::Oriented;
    CHECK(refusedFields([&] { validate(c); }) == QStringList{QStringLiteral("oriented_on")});

    c = validCase();
    c.status = CaseStatus::Closed;
    c.closedOn = QDate(2025, 5, 1);
    CHECK(refusedFields([&] { validate(c); }) == QStringList{QStringLiteral("close_reason")});
    c.closeReason = QStringLiteral("moved");
    c.closedOn = QDate(2025, 2, 1);
    CHECK(refusedFields([&] { validate(c); }) == QStringList{QStringLiteral("closed_on")});

    c = validCase();
    const Uuid a = Uuid::createV7(), b = Uuid::createV7();
    c.persons = {{a, CasePersonRole::Main}, {b, CasePersonRole::Main}};
    CHECK(refusedFields([&] { validate(c); }) == QStringList{QStringLiteral("case_person.role")});
    c.persons = {{a, CasePersonRole::Main}, {a, CasePersonRole::Member}};
    CHECK(refusedFields([&] { validate(c); }) ==
          QStringList{QStringLiteral("case_person.person_id")});

    c = validCase();
    c.workers = {{a, PairRole::Peer, QDate(2025, 3, 2), QDate(2025, 3, 1)}};
    CHECK(refusedFields([&] { validate(c); }) ==
          QStringList{QStringLiteral("case_worker.unassigned_on")});
    c.workers = {{a, PairRole::Peer, QDate(), QDate()}};
    CHECK(refusedFields([&] { validate(c); }) ==
          QStringList{QStringLiteral("case_worker.assigned_on")});

    c = validCase();
    c.problems = {QStringLiteral("isolation"), QStringLiteral("isolation")};
    CHECK(refusedFields([&] { validate(c); }) == QStringList{QStringLiteral("case_problem.code")});

    // Every refused field is reported at once, so a form can mark them all.
    c = validCase();
    c.programmeId = Uuid();
    c.partners = {{Uuid(), QString(), QDate()}};
    const QStringList fields = refusedFields([&] { validate(c); });
    CHECK(fields.contains(QStringLiteral("programme_id")));
    CHECK(fields.contains(QStringLiteral("case_partner.partner_id")));
    CHECK(fields.contains(QStringLiteral("case_partner.mobilised_on")));
}

TEST_CASE("Person, household, intervention, session and assessment values")
{
    Person p;
    p.code = QStringLiteral("P-000001");
    p.birthYear = 1850;
    p.relation = QStringLiteral("child");
    const QStringList personFields = refusedFields([&] { validate(p); });
    CHECK(personFields.contains(QStringLiteral("birth_year")));
    CHECK(personFields.contains(QStringLiteral("relation")));

    Household h;
    h.code = QStringLiteral("M-1");
    h.rentArrearsCents = -5;
    h.members = {{Uuid::createV7(), QStringLiteral("self")},
                 {Uuid::createV7(), QStringLiteral("self")}};
    const QStringList householdFields = refusedFields([&] { validate(h); });
    CHECK(householdFields.contains(QStringLiteral("rent_arrears_cents")));
    CHECK(householdFields.contains(QStringLiteral("person.relation")));

    Intervention i;
    i.programmeId = Uuid::createV7();
    i.date = QDate(2025, 6, 1);
    i.channel = QStringLiteral("phone");
    i.interventionType = QStringLiteral("interview");
    i.status = InterventionStatus::Done;
    CHECK(refusedFields([&] { validate(i); }) == QStringList{QStringLiteral("duration_min")});
    i.durationMin = 45;
    i.startTime = QTime(9, 30, 15);
    CHECK(refusedFields([&] { validate(i); }) == QStringList{QStringLiteral("start_time")});
    i.startTime = QTime(9, 30);
    CHECK(refusedFields([&] { validate(i); }).isEmpty());

    CollectiveSession s;
    s.programmeId = Uuid::createV7();
    s.date = QDate(2025, 6, 1);
    s.kind = SessionKind::Workshop;
    s.participants = {{QStringLiteral("resident"), -1}};
    s.reviews = {{Uuid::createV7(), QStringLiteral("accepted"), {}}};
    const QStringList sessionFields = refusedFields([&] { validate(s); });
    CHECK(sessionFields.contains(QStringLiteral("session_participants.count")));
    CHECK(sessionFields.contains(QStringLiteral("kind")));
    s.kind = SessionKind::Commission;
    s.participants = {{QStringLiteral("resident"), 9}, {QStringLiteral("elected"), 2}};
    CHECK(refusedFields([&] { validate(s); }).isEmpty());
    CHECK(s.participantCount() == 11);

    Assessment a;
    a.caseId = Uuid::createV7();
    a.assessedOn = QDate(2025, 6, 1);
    a.dimension = QStringLiteral("housing");
    a.score = 6;
    CHECK(refusedFields([&] { validate(a); }) == QStringList{QStringLiteral("score")});
    a.score = 5;
    CHECK(refusedFields([&] { validate(a); }).isEmpty());
    CHECK(scoreLabel(1).contains(QStringLiteral("défavorable")));
}
