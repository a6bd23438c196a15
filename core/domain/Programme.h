#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace passerelle {

class Validator;

// A programme (dispositif) an organisation runs: pair-aidance, mobile precarity team…
struct Programme
{
    Uuid id;
    Uuid organisationId;
    QString code; // short code used in case numbers: PA in PA-2025-0017
    QString name;
    QString description;
    QString territory;
    QDate startDate; // invalid = not set
    QDate endDate;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

// Upper-case letter then upper-case letters or digits, at most 8: it becomes part of every
// case number, so it must stay short and unambiguous when read aloud.
bool isValidProgrammeCode(const QString &code);

QString recordLabel(const Programme &programme);
void validate(const Programme &programme, Validator &v);
void validate(const Programme &programme);

} // namespace passerelle
