#include "casefile/CaseFileStore.h"

#include "domain/Validation.h"
#include "queries/CaseFileSnapshot.h"
#include "repositories/CaseRepository.h"
#include "repositories/HouseholdRepository.h"
#include "repositories/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Logging.h"

#include <QCoreApplication>

namespace passerelle {

namespace {

// Runs one repository call, its refused fields prefixed with the record they belong to.
template <typename Call> auto guarded(const QString &prefix, const QString &who, Call call)
{
    try {
        return call();
    } catch (const ValidationError &e) {
        throw CaseFileStore::prefixed(e, prefix, who);
    }
}

// Collects the domain validation of one record under its prefix. The code of a new person
// or household is the repository's to choose (it tries another when the first is taken or
// looks like the name), so what the probe's code draws is not reported.
template <typename Record>
void collect(FieldErrors &errors, const Record &record, const QString &prefix)
{
    try {
        validate(record);
    } catch (const ValidationError &e) {
        for (const FieldError &error : e.all())
            if (error.field != QLatin1String("code"))
                errors.append({prefix + error.field, error.message});
    }
}

bool sameOwnFields(const Person &a, const Person &b)
{
    return a.firstName == b.firstName && a.lastName == b.lastName && a.birthYear == b.birthYear &&
           a.sex == b.sex && a.code == b.code;
}

} // namespace

CaseFileStore::CaseFileStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

ValidationError CaseFileStore::prefixed(const ValidationError &error, const QString &prefix,
                                        const QString &who)
{
    FieldErrors out;
    for (const FieldError &e : error.all())
        out.append({prefix + e.field,
                    who.isEmpty() ? e.message : QStringLiteral("%1 : %2").arg(who, e.message)});
    return ValidationError(out, error.record());
}

Uuid CaseFileStore::createCase(NewCaseRequest request)
{
    Household &h = request.household;
    Person &p = request.mainPerson;
    Case &c = request.caseFile;
    // Ids are chosen here so that the three records can be validated together before the
    // first write: codes are derived from the ids the same way the repositories derive them.
    h.id = Uuid::createV7();
    h.members.clear();
    p.id = Uuid::createV7();
    p.householdId = h.id;
    p.relation = QStringLiteral("self");
    c.householdId = h.id;
    c.persons = {CasePerson{p.id, CasePersonRole::Main}};

    FieldErrors errors;
    Household householdProbe = h;
    householdProbe.code = householdCodeFor(h.id);
    collect(errors, householdProbe, QStringLiteral("household."));
    Person personProbe = p;
    personProbe.code = personCodeFor(p.id);
    collect(errors, personProbe, QStringLiteral("person."));
    collect(errors, c, QStringLiteral("case."));
    if (!errors.isEmpty())
        throw ValidationError(errors,
                              QCoreApplication::translate("CaseFileStore", "Nouvelle situation"));

    Transaction tx(m_db.handle());
    HouseholdRepository households(m_db, m_clock);
    PersonRepository persons(m_db, m_clock);
    CaseRepository cases(m_db, m_clock);
    guarded(QStringLiteral("household."), {}, [&] { return households.create(h); });
    guarded(QStringLiteral("person."), {}, [&] { return persons.create(p); });
    const Uuid id = guarded(QStringLiteral("case."), {}, [&] { return cases.create(c); });
    tx.commit();
    qCInfo(lcDomain) << "case created with its household and main person" << id.toString();
    return id;
}

void CaseFileStore::save(const CaseFileDraft &draft, const CaseFileSnapshot &base)
{
    Transaction tx(m_db.handle());
    HouseholdRepository households(m_db, m_clock);
    PersonRepository persons(m_db, m_clock);
    CaseRepository cases(m_db, m_clock);
    const QString householdPrefix = QStringLiteral("household.");

    Uuid householdId = draft.household ? draft.household->id : Uuid();
    if (draft.household && householdId.isNull()) {
        Household h = *draft.household;
        h.members.clear(); // set below, once every person exists
        householdId = guarded(householdPrefix, {}, [&] { return households.create(h); });
    }

    // People first: their own fields, with the household membership they had (the household
    // sets every membership at once below, so that passing the reference-person role from
    // one member to another never meets two reference persons on the way).
    QList<Uuid> ids;
    for (int i = 0; i < draft.people.size(); ++i) {
        Person p = draft.people.at(i);
        const bool main = i == draft.mainIndex;
        const QString prefix = main ? QStringLiteral("person.") : QStringLiteral("member.");
        const Person *stored = p.id.isNull() ? nullptr : base.person(p.id);
        p.householdId = stored ? stored->householdId : Uuid();
        p.relation = stored ? stored->relation : QString();
        const QString who = main ? QString() : (p.code.isEmpty() ? p.firstName : p.code);
        if (p.id.isNull())
            p.id = guarded(prefix, who, [&] { return persons.create(p); });
        else if (!stored || !sameOwnFields(*stored, p))
            guarded(prefix, who, [&] { persons.update(p); });
        ids.append(p.id);
    }

    Case c = draft.caseFile;
    c.persons.clear();
    for (int i = 0; i < ids.size(); ++i)
        c.persons.append(
            {ids.at(i), i == draft.mainIndex ? CasePersonRole::Main : CasePersonRole::Member});
    if (draft.household) {
        Household h = *draft.household;
        h.id = householdId;
        h.members.clear();
        for (int i = 0; i < ids.size(); ++i)
            if (!draft.people.at(i).relation.isEmpty())
                h.members.append({ids.at(i), draft.people.at(i).relation});
        guarded(householdPrefix, {}, [&] { households.update(h); });
        c.householdId = householdId;
    }
    guarded(QStringLiteral("case."), {}, [&] { cases.update(c); });
    tx.commit();
    qCInfo(lcDomain) << "case file saved" << c.id.toString() << "people" << ids.size();
}

} // namespace passerelle
