#pragma once

// Shared set-up of the case file's GUI tests: a demo database (fictitious people, every
// object filled in), a fixed clock and scripted dialogs.

#include "common/DialogService.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QApplication>
#include <QByteArray>
#include <QTimer>

#include <functional>

class QWidget;

namespace passerelle::test {

struct CaseFileFixture
{
    explicit CaseFileFixture(int cases = 40, int interventionsPerCase = 12);

    Database &db() { return *t.db; }
    // The first case (by number) the SQL condition on `c` (case_file) keeps.
    Uuid caseWhere(const char *condition);
    qint64 count(const QByteArray &sql);
    QString text(const QByteArray &sql);
    // `sql` with ?1 bound to `id`.
    QString textFor(const QByteArray &sql, const Uuid &id);
    qint64 countFor(const QByteArray &sql, const Uuid &id);

    TempDatabase t;
    FixedClock clock;
    ScriptedDialogService dialogs;
};

// Types `text` into `w` key by key, accented letters included (QTest::keyClicks takes ASCII
// only).
void typeText(QWidget *w, const QString &text);

// Runs `act` on the next modal dialog of type T once its exec() shows it, looking for it every
// 10 ms for at most two seconds. `act` must close the dialog, and check with CHECK (a REQUIRE
// would throw through Qt's event loop).
template <typename T> void onNextDialog(std::function<void(T &)> act, int triesLeft = 200)
{
    QTimer::singleShot(10, [act, triesLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            act(*dialog);
            return;
        }
        if (triesLeft > 0)
            onNextDialog<T>(act, triesLeft - 1);
    });
}

// 16 March 2026: "today" of the demo data and of every dialog.
QDate caseFileToday();

} // namespace passerelle::test
