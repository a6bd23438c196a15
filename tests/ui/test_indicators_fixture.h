#pragma once

// A hand-built dataset for the indicator screens, made through the repositories: one
// programme (PA) with its action sheet and a handful of interventions in 2025 whose counts
// the tests know by heart, plus records that must not count (2024, another programme).
//
// 2025, programme PA:   date        status     channel     minutes
//                       02-10       done       phone       60
//                       03-05       done       home_visit  90
//                       04-01       planned    phone       30
//                       05-12       done       phone       45
//                       06-20       cancelled  home_visit  60
// Outside: 2024-12-20 done phone 30 (PA); 2025-03-01 done phone 60 (programme EM).

#include "common/DialogService.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QComboBox>

namespace passerelle::test {

struct IndicatorScreenFixture
{
    IndicatorScreenFixture();

    Database &db() { return *t.db; }
    Uuid addIndicator(const QString &label, bool computed);

    TempDatabase t;
    FixedClock clock{QDateTime(QDate(2025, 9, 15), QTime(10, 0), Qt::UTC)};
    ScriptedDialogService dialogs;
    Uuid programme;
    Uuid otherProgramme;
    Uuid sheet;
};

// Moves `combo` to the item whose data is `code` with the keyboard (Home, then Down).
// False when no item has it.
bool chooseByKeys(QComboBox *combo, const QString &code);

} // namespace passerelle::test
