#pragma once

#include "casefile/CaseFileDraft.h"
#include "util/Clock.h"
#include "util/Errors.h"

namespace passerelle {

class Database;
struct CaseFileSnapshot;

// What the "new case" dialog creates in one go.
struct NewCaseRequest
{
    Case caseFile; // programme, identification date, referral; persons and household are set here
    Person mainPerson;
    Household household;
};

// The writes of the case file and of the "new case" dialog, each in one transaction over the
// repositories (which validate every record). Refused fields come back in one ValidationError
// whose field names carry the record they belong to — "case.referral_date",
// "person.birth_year" (the main person), "member.birth_year" (another person),
// "household.rent_arrears_cents" — so a form that shows the three records together can put
// each message beside the right editor.
class CaseFileStore
{
public:
    explicit CaseFileStore(Database &db, const Clock &clock = systemClock());

    // Creates the household, the main person as its reference person and the case (at status
    // identified, numbered by its programme) naming that person. Every record is validated
    // before anything is written, so all refused fields are reported at once. Returns the id
    // of the new case.
    Uuid createCase(NewCaseRequest request);

    // Writes a draft made from `base`: new people created, changed ones updated, the household
    // created when the case had none, its members set to the people with a relation, and the
    // case with its people, workers, partners and problems. All or nothing.
    void save(const CaseFileDraft &draft, const CaseFileSnapshot &base);

    // `error` with every field prefixed; with `who`, the message starts with it (for records
    // the form has no editor for, whose message lands in the form's banner).
    static ValidationError prefixed(const ValidationError &error, const QString &prefix,
                                    const QString &who = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace passerelle
