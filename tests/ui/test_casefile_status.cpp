// Changing a case's status from its file: the dialog writes at once (status, date, history),
// refuses what the workflow refuses with the message beside the field, and the file's edits
// in progress survive the change.

#include "test_casefile_fixture.h"

#include "casefile/AccompanimentTab.h"
#include "casefile/CaseFileWindow.h"
#include "casefile/NotesTab.h"
#include "casefile/StatusChangeDialog.h"
#include "common/FormErrors.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {
void clickOk(QDialog &d)
{
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

QString message(QDialog &d, const char *field)
{
    auto *label = d.findChild<QLabel *>(QString::fromLatin1(field) + QStringLiteral("_message"));
    return label ? label->text() : QStringLiteral("(no message label)");
}
} // namespace

TEST_CASE("A case's status changes from its file: oriented, then closed with a reason")
{
    CaseFileFixture f;
    const Uuid id = f.caseWhere("c.status = 'identified'");
    const QString identifiedOn = f.textFor("SELECT identified_on FROM case_file WHERE id = ?1", id);
    CaseFileWindow *window = CaseFileWindow::open(f.db(), f.dialogs, id, nullptr, f.clock);
    REQUIRE(window);
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
    QSignalSpy changed(window, &CaseFileWindow::caseChanged);

    // An edit in progress, to be saved after the status moved.
    window->tabs()->setCurrentWidget(window->notesTab());
    auto *notes = window->findChild<QPlainTextEdit *>(QStringLiteral("notes"));
    REQUIRE(notes);
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
    typeText(notes, QStringLiteral("\nAccord pour l'orientation."));
    CHECK(window->isModified());

    // Ctrl+Shift+S opens the dialog; the keyboard picks "Orientée", types a reason, Enter.
    onNextDialog<StatusChangeDialog>([](StatusChangeDialog &d) {
        auto *status = d.findChild<QComboBox *>(QStringLiteral("status"));
        CHECK(status->count() == 3); // oriented, accompanied, closed
        status->setFocus();
        QTest::keyClicks(status, QStringLiteral("O"));
        CHECK(d.chosenStatus() == CaseStatus::Oriented);
        CHECK_FALSE(d.findChild<QComboBox *>(QStringLiteral("close_reason"))->isEnabled());
        auto *reason = d.findChild<QLineEdit *>(QStringLiteral("reason"));
        reason->setFocus();
        typeText(reason, QStringLiteral("Décision de la cellule d'orientation"));
        if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR"))
            d.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"))
                              .filePath(QStringLiteral("case-file-status.png")));
        QTest::keyClick(reason, Qt::Key_Return);
        CHECK_FALSE(d.isVisible());
    });
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.textFor("SELECT status || ' ' || oriented_on FROM case_file WHERE id = ?1", id) ==
          QLatin1String("oriented 2026-03-16"));
    CHECK(f.textFor("SELECT reason FROM case_status_change WHERE case_id = ?1 "
                    "ORDER BY changed_on DESC, created_at DESC LIMIT 1",
                    id) == QStringLiteral("Décision de la cellule d'orientation"));
    CHECK(changed.size() == 1);
    CHECK(window->findChild<QLabel *>(QStringLiteral("statusLabel"))->text() ==
          QStringLiteral("Orientée depuis le 16/03/2026"));
    CHECK(window->findChild<QLabel *>(QStringLiteral("caseSubtitle"))
              ->text()
              .contains(QStringLiteral("Orientée")));
    CHECK(window->accompanimentTab()->historyModel().rowCount() == 2);
    CHECK(window->isModified()); // the note typed before is still there, unsaved

    // Saving now writes the note; the status the dialog wrote is not undone.
    QApplication::setActiveWindow(window); // back from the dialog
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(window->isModified());
    CHECK(window->banner()->isHidden());
    CHECK(f.textFor("SELECT notes FROM case_file WHERE id = ?1", id)
              .endsWith(QStringLiteral("Accord pour l'orientation.")));
    CHECK(f.textFor("SELECT status FROM case_file WHERE id = ?1", id) == QLatin1String("oriented"));
    CHECK(changed.size() == 2);

    // Closing: a close reason is required, the date may not precede the identification.
    onNextDialog<StatusChangeDialog>([identifiedOn](StatusChangeDialog &d) {
        auto *status = d.findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(status->findData(QStringLiteral("closed")));
        auto *closeReason = d.findChild<QComboBox *>(QStringLiteral("close_reason"));
        CHECK(closeReason->isEnabled());
        clickOk(d);
        CHECK(d.isVisible());
        CHECK(message(d, "close_reason").contains(QStringLiteral("motif de clôture")));
        CHECK(closeReason->property("invalid").toBool());

        closeReason->setCurrentIndex(closeReason->findData(QStringLiteral("goals_reached")));
        d.findChild<QDateEdit *>(QStringLiteral("changed_on"))
            ->setDate(QDate::fromString(identifiedOn, Qt::ISODate).addDays(-1));
        clickOk(d);
        CHECK(d.isVisible());
        CHECK(message(d, "close_reason").isEmpty());
        CHECK_FALSE(message(d, "changed_on").isEmpty());

        d.findChild<QDateEdit *>(QStringLiteral("changed_on"))->setDate(caseFileToday());
        clickOk(d);
        CHECK_FALSE(d.isVisible());
    });
    window->accompanimentTab()->statusButton()->click();
    CHECK(f.textFor("SELECT status || ' ' || closed_on || ' ' || close_reason FROM case_file "
                    "WHERE id = ?1",
                    id) == QLatin1String("closed 2026-03-16 goals_reached"));
    CHECK(f.countFor("SELECT count(*) FROM case_status_change WHERE case_id = ?1", id) == 3);
    CHECK(window->accompanimentTab()->historyModel().rowCount() == 3);
    CHECK(window->findChild<QLabel *>(QStringLiteral("statusDates"))
              ->text()
              .contains(QStringLiteral("Objectifs atteints")));
    CHECK(changed.size() == 3);
    CHECK(f.dialogs.asked.isEmpty());
    window->close();
}

TEST_CASE("A closed case can be reopened; cancelling the dialog changes nothing")
{
    CaseFileFixture f;
    const Uuid id = f.caseWhere("c.status = 'closed'");
    const QByteArray before = contentHash(f.db());
    CaseFileWindow *window = CaseFileWindow::open(f.db(), f.dialogs, id, nullptr, f.clock);
    REQUIRE(window);
    QSignalSpy changed(window, &CaseFileWindow::caseChanged);

    onNextDialog<StatusChangeDialog>([](StatusChangeDialog &d) {
        auto *status = d.findChild<QComboBox *>(QStringLiteral("status"));
        CHECK(status->itemText(0).startsWith(QStringLiteral("Rouvrir")));
        d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    window->changeStatus();
    CHECK(contentHash(f.db()) == before);
    CHECK(changed.isEmpty());

    onNextDialog<StatusChangeDialog>([](StatusChangeDialog &d) {
        auto *status = d.findChild<QComboBox *>(QStringLiteral("status"));
        status->setCurrentIndex(status->findData(QStringLiteral("accompanied")));
        clickOk(d);
    });
    window->changeStatus();
    CHECK(f.textFor("SELECT status || ' ' || (closed_on IS NULL) || (close_reason IS NULL) "
                    "FROM case_file WHERE id = ?1",
                    id) == QLatin1String("accompanied 11"));
    CHECK(changed.size() == 1);
    window->close();
}
