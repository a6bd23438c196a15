#pragma once

// Shared by the directory pages' GUI tests: the directory world, a page shown and active,
// and small accessors for the widgets a form names.

#include "common/DialogService.h"
#include "core/test_directory_fixture.h"
#include "directory/DirectoryFilterModel.h"
#include "directory/DirectoryList.h"
#include "ui/test_casefile_fixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace passerelle::test {

// A directory page over the directory world, shown, active, its list in the focus, with a
// tester on its model and on the filter in front of it.
template <typename Page> struct DirectoryScreen
{
    DirectoryScreen()
    {
        page.resize(1200, 640);
        page.show();
        QApplication::setActiveWindow(&page);
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.list()->view()->setFocus();
    }

    QTableView *view() { return page.list()->view(); }
    // The text of a visible (filtered, sorted) cell.
    QString cell(int row, int column) { return view()->model()->index(row, column).data().toString(); }
    QStringList column(int c)
    {
        QStringList out;
        for (int r = 0; r < view()->model()->rowCount(); ++r)
            out.append(cell(r, c));
        return out;
    }
    // Makes the visible row holding `text` in column 0 current.
    void select(const QString &text)
    {
        for (int r = 0; r < view()->model()->rowCount(); ++r)
            if (cell(r, 0) == text)
                view()->setCurrentIndex(view()->model()->index(r, 0));
        REQUIRE(cell(view()->currentIndex().row(), 0) == text);
    }

    DirectoryWorld w;
    ScriptedDialogService dialogs;
    Page page{w.db(), dialogs, w.clock};
    QAbstractItemModelTester tester{&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester filterTester{page.list()->filter(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal};
};

template <typename T = QWidget> T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

// Replaces the text of a line edit as a person does: select all, then type.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

// Chooses the entry holding `data` with the keyboard: from the first entry, Down until it.
inline bool choose(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == target;
}

// Ctrl+Enter, where a person's keys go. Shortcuts belong to the active window: the dialog
// is made active first (the test may reach it before the window system did).
inline void saveWithKeys(QWidget &dialog)
{
    QApplication::setActiveWindow(&dialog);
    CHECK(QTest::qWaitForWindowActive(&dialog));
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && focus->window() == &dialog ? focus : &dialog, Qt::Key_Return,
                    Qt::ControlModifier);
}

inline QString messageOf(QWidget &dialog, const QString &field)
{
    auto *label = dialog.findChild<QLabel *>(field + QStringLiteral("_message"));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace passerelle::test
