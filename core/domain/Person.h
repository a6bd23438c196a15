#pragma once

#include "util/Uuid.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace passerelle {

enum class Sex
{
    Female,
    Male,
    Other
};

QString toCode(Sex sex);
std::optional<Sex> sexFromCode(QStringView code);
QString label(Sex sex);

// A person of a case. The pseudonymous code is the only identity any report, export or log
// shows; names and birth year are optional and stay on the screens of the people who follow
// the case.
struct Person
{
    Uuid id;
    QString code; // generated when empty, see pseudonymousCode()
    QString firstName;
    QString lastName;
    std::optional<int> birthYear;
    std::optional<Sex> sex;
    Uuid householdId;
    QString relation; // ref_household_relation code; requires a household
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

// Checks the values of one person (not what needs the database: codes of reference lists,
// household existence, one 'self' per household). Throws ValidationError naming every
// refused field.
void validate(const Person &person);

// True when the code contains a part (three letters or more) of the first or last name.
bool codeRevealsName(const Person &person);

// A pseudonymous code "<prefix>XXXXXX": six Crockford base-32 characters (no I, L, O, U, so
// they read aloud and copy by hand) from a hash of the record's id and the attempt number.
// Derived from the id only, never from a name; the same id gives the same code, so
// reproducible demo data keeps its codes. A caller that finds the code taken tries the next
// attempt.
QString pseudonymousCode(const QString &prefix, const Uuid &id, int attempt = 0);
// "P-XXXXXX" for a person.
QString personCodeFor(const Uuid &id, int attempt = 0);

} // namespace passerelle
