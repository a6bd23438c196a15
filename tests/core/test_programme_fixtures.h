#pragma once

// Shared by the tests/core/test_programme_*.cpp files: a fresh database with one
// organisation and one programme, a fixed clock, and a helper that expects a refused write.

#include "domain/Organisation.h"
#include "domain/Programme.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/ProgrammeRepository.h"
#include "storage/SqliteStatement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QStringList>

namespace passerelle::test {

struct ProgrammeFixture
{
    ProgrammeFixture()
    {
        Organisation udaf;
        udaf.name = QStringLiteral("UDAF de Haute-Marne");
        udaf.shortName = QStringLiteral("UDAF 52");
        udaf.commune = QStringLiteral("Chaumont");
        udaf.department = QStringLiteral("52");
        organisationId = OrganisationRepository(db(), clock).create(udaf);
        programmeId = addProgramme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    }

    Database &db() { return *temp.db; }

    Uuid addProgramme(const QString &code, const QString &name)
    {
        Programme p;
        p.organisationId = organisationId;
        p.code = code;
        p.name = name;
        return ProgrammeRepository(db(), clock).create(p);
    }

    qint64 count(const char *sql)
    {
        SqliteStatement q(db().handle(), sql);
        return q.step() ? q.int64(0) : -1;
    }

    TempDatabase temp;
    FixedClock clock{QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC)};
    Uuid organisationId;
    Uuid programmeId;
};

inline QStringList fieldsOf(const ValidationError &e)
{
    QStringList fields;
    for (const FieldError &f : e.all())
        fields.append(f.field);
    return fields;
}

// Runs `write`, which must be refused with a ValidationError naming `field`, and checks that
// the database content did not change. Returns the error for further checks.
template <typename Write>
ValidationError expectRefused(const Database &db, const QString &field, Write &&write)
{
    const QByteArray before = contentHash(db);
    try {
        write();
    } catch (const ValidationError &e) {
        INFO("fields: " << fieldsOf(e).join(QLatin1Char(',')).toStdString()
                        << " message: " << e.message().toStdString());
        CHECK(fieldsOf(e).contains(field));
        CHECK_FALSE(e.message().isEmpty());
        CHECK(contentHash(db) == before);
        return e;
    }
    FAIL("the write was accepted; expected a refusal on " << field.toStdString());
    return ValidationError(QString(), QString());
}

} // namespace passerelle::test
