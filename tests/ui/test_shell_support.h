#pragma once

// Shared by the main window and case list GUI tests.

#include "core/test_case_search_fixtures.h"
#include "models/CaseListModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace passerelle::test {

// Types into `widget` key by key as a person does; QTest::keyClicks() knows ASCII only.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Settings in a file of their own: tests never touch the person's configuration.
struct TempSettings
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("passerelle.ini")), QSettings::IniFormat};
};

// Waits until the model shows the listing it asked for last, with its counts, and has no
// page on its way. The list is read on another thread: this is the only way to know.
inline bool settled(const CaseListModel &model, int timeoutMs = 10000)
{
    return QTest::qWaitFor(
        [&model] { return !model.isLoading() && !model.isFetching() && model.hasCurrentCounts(); },
        timeoutMs);
}

inline QString cell(const QAbstractItemModel &model, int row, CaseListModel::Column column)
{
    return model.index(row, int(column)).data().toString();
}

inline QStringList column(const QAbstractItemModel &model, CaseListModel::Column c)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(cell(model, r, c));
    return out;
}

// `count` cases of one programme and status, identified on consecutive days back from
// `newest`, each with a main person whose name must never reach the list.
inline QList<Uuid> addCases(CaseWriter &w, const Uuid &programme, const QString &status, int count,
                            QDate newest, const QString &lastName = QStringLiteral("Dupont"))
{
    QList<Uuid> ids;
    for (int i = 0; i < count; ++i) {
        CaseWriter::Case c;
        c.programme = programme;
        c.status = status;
        c.identifiedOn = newest.addDays(-i);
        const Uuid id = w.addCase(c);
        w.link(id, w.person(QStringLiteral("P-%1").arg(ids.size() + 1, 4, 10, QLatin1Char('0'))
                                + status.left(2).toUpper(),
                            QStringLiteral("Jeanne"), lastName));
        ids.append(id);
    }
    return ids;
}

} // namespace passerelle::test
