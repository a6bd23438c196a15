#pragma once

#include "util/Uuid.h"

#include <QDateTime>
#include <QString>

namespace passerelle {

class Validator;

// One funder's amount for a programme and year, optionally earmarked for one action sheet
// of that programme (invariant 8: the sheet belongs to the same programme).
struct Funding
{
    Uuid id;
    Uuid programmeId;
    Uuid actionSheetId;   // null = the programme as a whole
    QString funder;       // as written in the sheet: "ARS Grand Est", "Département"
    Uuid funderPartnerId; // null when the funder is not a recorded partner
    int year = 0;
    qint64 amountCents = 0;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

QString recordLabel(const Funding &funding);
void validate(const Funding &funding, Validator &v);
void validate(const Funding &funding);

} // namespace passerelle
