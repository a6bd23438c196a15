#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QString>

namespace passerelle {

// A case as the directory pages show it beside a partner or a worker: its number and
// status, never a person's name; `date` and `role` say how it is linked (referral day,
// mobilisation day and role, assignment day and pair role).
struct CaseReference
{
    Uuid caseId;
    QString number;
    QString status; // case_file.status code
    QDate date;
    QString role;
};

} // namespace passerelle
