#pragma once

// Shared by the action sheet GUI tests: the directory world (programmes PA and EM, partners
// including the landlord Hamaris; today 19 March 2026) with two sheets, the page shown and
// active with testers on its models, and helpers to reach the form's widgets.

#include "actionsheets/ActionSheetForm.h"
#include "actionsheets/ActionSheetListModel.h"
#include "actionsheets/ActionSheetsPage.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/IndicatorRepository.h"
#include "storage/SqliteStatement.h"
#include "ui/test_directories_support.h"

#include <QSignalSpy>
#include <QTabWidget>

namespace passerelle::test {

struct ActionSheetWorld : DirectoryWorld
{
    ActionSheetWorld()
    {
        ActionSheet s;
        s.programmeId = pa;
        s.number = QStringLiteral("3.3.1");
        s.title = QStringLiteral("Dispositif de PAIR-AIDANCE");
        s.startYear = 2025;
        s.endYear = 2027;
        s.periodStart = QDate(2025, 1, 1);
        s.periodEnd = QDate(2025, 12, 31);
        s.typologies = {QStringLiteral("new")};
        s.partners = {{landlord, QStringLiteral("Repère les situations")}};
        s.objectives = {{{}, QStringLiteral("Communiquer sur le dispositif"), QDate(2025, 6, 30),
                         QStringLiteral("Au premier semestre 2025")}};
        pairAidance = ActionSheetRepository(db(), clock).create(s);
        Indicator i;
        i.actionSheetId = pairAidance;
        i.label = QStringLiteral("Nombre de rencontres réalisées");
        IndicatorRepository(db(), clock).create(i);

        ActionSheet m;
        m.programmeId = em;
        m.number = QStringLiteral("EMP-1");
        m.title = QStringLiteral("Équipe mobile précarité");
        m.startYear = 2026;
        mobileTeam = ActionSheetRepository(db(), clock).create(m);
    }

    qint64 count(const char *sql)
    {
        SqliteStatement q(db().handle(), sql);
        return q.step() ? q.int64(0) : -1;
    }
    std::optional<ActionSheet> find(const Uuid &id) { return ActionSheetRepository(db(), clock).find(id); }

    Uuid pairAidance;
    Uuid mobileTeam;
};

struct ActionSheetScreen
{
    ActionSheetScreen()
    {
        page.resize(1200, 640);
        page.show();
        QApplication::setActiveWindow(&page);
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.list()->view()->setFocus();
    }

    QTableView *view() { return page.list()->view(); }
    QString cell(int row, int column) { return view()->model()->index(row, column).data().toString(); }
    QStringList column(ActionSheetListModel::Column c)
    {
        QStringList out;
        for (int r = 0; r < view()->model()->rowCount(); ++r)
            out.append(cell(r, int(c)));
        return out;
    }
    void select(const Uuid &id)
    {
        page.list()->selectId(id);
        REQUIRE(page.list()->currentId() == id);
    }
    // The form the next action opens.
    ActionSheetForm *nextForm(const std::function<void()> &action)
    {
        QSignalSpy opened(&page, &ActionSheetsPage::formOpened);
        action();
        if (opened.isEmpty() && !opened.wait(2000))
            return nullptr;
        auto *form = opened.first().first().value<ActionSheetForm *>();
        QApplication::setActiveWindow(form);
        CHECK(QTest::qWaitForWindowActive(form));
        return form;
    }

    ActionSheetWorld w;
    ScriptedDialogService dialogs;
    ActionSheetsPage page{w.db(), dialogs, w.clock};
    QAbstractItemModelTester tester{&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester filterTester{page.list()->filter(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal};
};

// Ctrl+S where a person's keys go, the form made the active window first.
inline void saveKeys(ActionSheetForm &form)
{
    QApplication::setActiveWindow(&form);
    CHECK(QTest::qWaitForWindowActive(&form));
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && focus->window() == &form ? focus : &form, Qt::Key_S, Qt::ControlModifier);
}

// Brings the tab titled `title` forward with the keyboard (Ctrl+Tab from the first).
inline void showTab(ActionSheetForm &form, const QString &title)
{
    QTabWidget *tabs = form.tabs();
    for (int guard = 0; guard < tabs->count() && tabs->tabText(tabs->currentIndex()) != title; ++guard)
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->tabText(tabs->currentIndex()) == title);
}

} // namespace passerelle::test

