#pragma once

// Shared set-up of the casework tests: a fresh database with the rows the other repositories
// own (organisation, programmes, workers, partners) inserted by plain SQL, a fixed clock, and
// helpers to assert that a refused write names its field and leaves the data untouched.

#include "support/TestSupport.h"
#include "util/Clock.h"
#include "util/Errors.h"
#include "util/Uuid.h"

#include <QStringList>

#include <functional>

namespace passerelle::test {

struct CaseworkFixture
{
    CaseworkFixture();

    Database &db() { return *temp.db; }

    TempDatabase temp;
    // 2025-06-30 at noon UTC: "today" for every repository of the test.
    FixedClock clock;
    Uuid organisation;
    Uuid programme;      // code PA
    Uuid otherProgramme; // code EM
    Uuid peerWorker;     // role peer_worker
    Uuid professional;   // role professional
    Uuid coordinator;    // role coordinator
    Uuid gpPartner;      // partner_type gp
    Uuid landlord;       // partner_type social_landlord
};

Uuid insertOrganisation(Database &db, const QString &name);
Uuid insertProgramme(Database &db, const Uuid &organisation, const QString &code);
Uuid insertWorker(Database &db, const Uuid &organisation, const QString &role);
Uuid insertPartner(Database &db, const QString &partnerType);

// Single integer / text result of a query (-1 / empty when no row).
qint64 scalarOf(const Database &db, const QByteArray &sql);
QString textOf(const Database &db, const QByteArray &sql);

// Runs `write`, which must throw ValidationError with `field` among its refused fields, every
// message non-empty; the content hash of the database must be the same afterwards.
// Returns the error so that the caller can look at the message.
ValidationError requireRefused(const Database &db, const std::function<void()> &write,
                               const QString &field);

// The cross-row invariants (1, 2, 3, 4, 5, 6, 7, 10, 11 of invariants.md) checked by plain SQL,
// independently of the repositories; one line per violation, empty when all hold.
QStringList invariantViolations(const Database &db);

} // namespace passerelle::test
