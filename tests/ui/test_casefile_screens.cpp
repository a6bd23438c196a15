// The case file opened on a rich demo case: every tab shows the case's data, the names are
// there (the one screen that shows them), and with PASSERELLE_SCREENSHOT_DIR set each tab is
// saved as case-file-<tab>.png.

#include "test_casefile_fixture.h"

#include "casefile/AccompanimentTab.h"
#include "casefile/AssessmentChart.h"
#include "casefile/AssessmentsTab.h"
#include "casefile/CaseFileWindow.h"
#include "casefile/IdentityTab.h"
#include "casefile/PartnersTab.h"
#include "casefile/ReferralTab.h"
#include "casefile/TimelineTab.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

TEST_CASE("The case file shows every part of a case, names included")
{
    CaseFileFixture f;
    // Accompanied, with a household, a pair, partners, a commission decision and assessments
    // on several days.
    const Uuid id = f.caseWhere(
        "c.status = 'accompanied' AND c.household_id IS NOT NULL "
        "AND (SELECT count(*) FROM case_worker w WHERE w.case_id = c.id) >= 2 "
        "AND EXISTS (SELECT 1 FROM case_partner p WHERE p.case_id = c.id) "
        "AND EXISTS (SELECT 1 FROM commission_review r WHERE r.case_id = c.id) "
        "AND (SELECT count(DISTINCT assessed_on) FROM assessment a WHERE a.case_id = c.id) >= 2 "
        "AND (SELECT count(*) FROM person p WHERE p.household_id = c.household_id) >= 2");
    const QString firstName =
        f.textFor("SELECT p.first_name FROM case_person cp JOIN person p ON p.id = cp.person_id "
                  "WHERE cp.case_id = ?1 AND cp.role = 'main'",
                  id);
    const QString number = f.textFor("SELECT number FROM case_file WHERE id = ?1", id);
    REQUIRE_FALSE(firstName.isEmpty());

    CaseFileWindow *window = CaseFileWindow::open(f.db(), f.dialogs, id, nullptr, f.clock);
    REQUIRE(window);
    REQUIRE(QTest::qWaitForWindowExposed(window));
    CHECK(window->tabs()->count() == 8);
    CHECK(window->windowTitle().startsWith(number + QStringLiteral(" — ")));
    CHECK(window->windowTitle().contains(firstName));
    CHECK(window->findChild<QLineEdit *>(QStringLiteral("firstName"))->text() == firstName);
    CHECK_FALSE(window->isModified());

    CHECK(window->identityTab()->membersModel().rowCount() ==
          f.countFor("SELECT count(*) FROM person WHERE household_id = "
                     "(SELECT household_id FROM case_file WHERE id = ?1)",
                     id) -
              1);
    CHECK(window->referralTab()->decisionModel().rowCount() ==
          f.countFor("SELECT count(*) FROM commission_review WHERE case_id = ?1", id));
    CHECK(window->accompanimentTab()->workerModel().rowCount() ==
          f.countFor("SELECT count(*) FROM case_worker WHERE case_id = ?1", id));
    CHECK(window->accompanimentTab()->historyModel().rowCount() ==
          f.countFor("SELECT count(*) FROM case_status_change WHERE case_id = ?1", id));
    CHECK(window->partnersTab()->model().rowCount() ==
          f.countFor("SELECT count(*) FROM case_partner WHERE case_id = ?1", id));
    const qint64 timeline =
        f.countFor("SELECT (SELECT count(*) FROM intervention_case WHERE case_id = ?1) + "
                   "(SELECT count(*) FROM commission_review WHERE case_id = ?1)",
                   id);
    CHECK(window->timelineTab()->model().summary().total() == timeline);
    CHECK(window->timelineTab()->model().rowCount() == std::min<qint64>(timeline, 50));
    AssessmentsTab *assessments = window->assessmentsTab();
    REQUIRE(assessments->dimensions()->currentItem());
    CHECK(assessments->model().rowCount() >= 1);
    CHECK(assessments->chart()->rows().size() == assessments->model().rowCount());
    CHECK(assessments->trendLabel()->text().contains(QStringLiteral("Personne")));

    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR")) {
        const QDir dir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"));
        window->resize(1180, 760);
        const QList<QPair<QWidget *, QString>> shots{
            {window->identityTab(), QStringLiteral("case-file.png")},
            {window->accompanimentTab(), QStringLiteral("case-file-accompaniment.png")},
            {window->timelineTab(), QStringLiteral("case-file-timeline.png")},
            {window->assessmentsTab(), QStringLiteral("case-file-assessments.png")}};
        for (const auto &[tab, name] : shots) {
            window->tabs()->setCurrentWidget(tab);
            window->grab().save(dir.filePath(name));
        }
    }
    window->close();
}

namespace {
// The letter after '&' in a label or button text; 0 when there is none.
QChar mnemonic(const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

// Every mnemonic visible with `page` (labels, buttons) and the window's menus, once each;
// every editor has an accessible name.
void checkKeyboardAccess(QWidget *window, QWidget *page)
{
    QHash<QChar, QString> seen;
    const auto use = [&](const QString &text) {
        const QChar c = mnemonic(text);
        if (c.isNull())
            return;
        INFO("mnemonic " << QString(c).toStdString() << " of " << text.toStdString()
                         << " already taken by " << seen.value(c).toStdString());
        CHECK_FALSE(seen.contains(c));
        seen.insert(c, text);
    };
    for (QAction *menu : window->findChild<QMenuBar *>()->actions())
        use(menu->text());
    for (QLabel *label : page->findChildren<QLabel *>())
        if (label->buddy())
            use(label->text());
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
        use(button->text());
    for (QWidget *editor : page->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(editor) || qobject_cast<QComboBox *>(editor) ||
            qobject_cast<QAbstractSpinBox *>(editor) || qobject_cast<QPlainTextEdit *>(editor) ||
            qobject_cast<QAbstractItemView *>(editor)) {
            if (qobject_cast<QLineEdit *>(editor) && qobject_cast<QAbstractSpinBox *>(editor->parent()))
                continue; // the line edit inside a spin box or date edit
            if (qobject_cast<QLineEdit *>(editor) && qobject_cast<QComboBox *>(editor->parent()))
                continue;
            if (qobject_cast<QHeaderView *>(editor))
                continue; // part of its table
            if (qobject_cast<QAbstractItemView *>(editor) &&
                qobject_cast<QComboBox *>(editor->parentWidget()->parentWidget()))
                continue; // a combo box's popup list
            INFO(editor->metaObject()->className() << " " << editor->objectName().toStdString());
            CHECK_FALSE(editor->accessibleName().isEmpty());
        }
    }
}
} // namespace

TEST_CASE("Every tab of the case file is reachable by keyboard: unique mnemonics, named editors")
{
    CaseFileFixture f(12, 2);
    const Uuid id = f.caseWhere("c.status = 'accompanied' AND c.household_id IS NOT NULL");
    CaseFileWindow *window = CaseFileWindow::open(f.db(), f.dialogs, id, nullptr, f.clock);
    REQUIRE(window);
    for (int i = 0; i < window->tabs()->count(); ++i) {
        INFO("tab " << window->tabs()->tabText(i).toStdString());
        window->tabs()->setCurrentIndex(i);
        checkKeyboardAccess(window, window->tabs()->currentWidget());
    }
    window->close();
}
