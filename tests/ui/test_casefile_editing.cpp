// Editing a case file: "Enregistrer" writes every tab in one transaction; refused fields are
// shown beside their editor, on their tab, with nothing written; closing with unsaved edits
// asks first; one window per case.

#include "test_casefile_fixture.h"

#include "casefile/AccompanimentTab.h"
#include "casefile/AssignmentDialog.h"
#include "casefile/CaseFileWindow.h"
#include "casefile/DateLineEdit.h"
#include "casefile/IdentityTab.h"
#include "casefile/MemberDialog.h"
#include "casefile/NeedsTab.h"
#include "casefile/PartnerMobilisationDialog.h"
#include "casefile/PartnersTab.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {

CaseFileWindow *openActive(CaseFileFixture &f, const Uuid &id)
{
    CaseFileWindow *window = CaseFileWindow::open(f.db(), f.dialogs, id, nullptr, f.clock);
    REQUIRE(window);
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
    return window;
}

template <typename T> T *child(QWidget *w, const char *name)
{
    T *found = w->findChild<T *>(QString::fromLatin1(name));
    INFO("no " << name);
    REQUIRE(found);
    return found;
}

QString message(QWidget *w, const char *field)
{
    const QByteArray name = QByteArray(field) + "_message";
    return child<QLabel>(w, name.constData())->text();
}

void clickOk(QDialog &d)
{
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

void save(CaseFileWindow *window)
{
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
}

} // namespace

TEST_CASE("Unsaved edits: closing asks; cancel keeps them, discard drops them, save writes them")
{
    CaseFileFixture f;
    const Uuid id = f.caseWhere("c.status = 'accompanied'");
    const QString number = f.textFor("SELECT number FROM case_file WHERE id = ?1", id);
    const QString storedReason =
        f.textFor("SELECT referral_reason FROM case_file WHERE id = ?1", id);
    const QString asked = QStringLiteral("unsaved: Le dossier ") + number;

    QPointer<CaseFileWindow> window = openActive(f, id);
    // Ctrl+2 goes to the referral tab, on its first field.
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window->tabs()->currentIndex() == 1);
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget()->objectName() == QLatin1String("identifiedOn"));
    auto *reason = child<QPlainTextEdit>(window, "referralReason");
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_End, Qt::ControlModifier);
    typeText(reason, QStringLiteral(" Relance du bailleur en février."));
    CHECK(window->isModified());
    CHECK(window->isWindowModified());

    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Cancel};
    CHECK_FALSE(window->close());
    CHECK(f.dialogs.asked == QStringList{asked});
    REQUIRE(window);
    CHECK(window->isVisible());
    CHECK(window->isModified());
    CHECK(reason->toPlainText().endsWith(QStringLiteral("février.")));

    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Discard};
    CHECK(window->close());
    REQUIRE(QTest::qWaitFor([&] { return window.isNull(); }, 5000)); // deleted on close
    CHECK(f.textFor("SELECT referral_reason FROM case_file WHERE id = ?1", id) == storedReason);

    window = openActive(f, id);
    reason = child<QPlainTextEdit>(window, "referralReason");
    CHECK(reason->toPlainText() == storedReason);
    reason->setFocus();
    typeText(reason, QStringLiteral("Saisine par le CCAS."));
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Save};
    CHECK(window->close());
    REQUIRE(QTest::qWaitFor([&] { return window.isNull(); }, 5000));
    CHECK(f.textFor("SELECT referral_reason FROM case_file WHERE id = ?1", id)
              .startsWith(QStringLiteral("Saisine par le CCAS.")));

    // A save that is refused keeps the window open, on the refused field.
    window = openActive(f, id);
    auto *referralDate = child<DateLineEdit>(window, "referralDate");
    referralDate->setFocus();
    referralDate->selectAll();
    QTest::keyClicks(referralDate, QStringLiteral("32/01/2026"));
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Save};
    CHECK_FALSE(window->close());
    REQUIRE(window);
    CHECK(window->tabs()->currentIndex() == 1);
    CHECK(message(window, "case.referral_date").contains(QStringLiteral("Date invalide")));
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Discard};
    CHECK(window->close());
    REQUIRE(QTest::qWaitFor([&] { return window.isNull(); }, 5000));

    // Nothing typed: no question.
    const qsizetype questions = f.dialogs.asked.size();
    window = openActive(f, id);
    CHECK(window->close());
    CHECK(f.dialogs.asked.size() == questions);
}

TEST_CASE(
    "Enregistrer writes the person, a new member, the housing, needs, partners and pair at once")
{
    CaseFileFixture f;
    const Uuid id =
        f.caseWhere("c.status = 'accompanied' AND c.household_id IS NOT NULL "
                    "AND NOT EXISTS (SELECT 1 FROM case_problem p WHERE p.case_id = c.id "
                    "AND p.code = 'isolation')");
    const qint64 partnersBefore =
        f.countFor("SELECT count(*) FROM case_partner WHERE case_id = ?1", id);
    const qint64 workersBefore =
        f.countFor("SELECT count(*) FROM case_worker WHERE case_id = ?1", id);
    const qint64 peopleBefore =
        f.countFor("SELECT count(*) FROM case_person WHERE case_id = ?1", id);
    CaseFileWindow *window = openActive(f, id);
    QSignalSpy changed(window, &CaseFileWindow::caseChanged);
    QAbstractItemModelTester members(&window->identityTab()->membersModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester partners(&window->partnersTab()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester workers(&window->accompanimentTab()->workerModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int memberRows = window->identityTab()->membersModel().rowCount();

    // Identity: the last name, the commune, a new child in the household.
    auto *lastName = child<QLineEdit>(window, "lastName");
    lastName->setFocus();
    lastName->selectAll();
    typeText(lastName, QStringLiteral("Lefèvre-Martin"));
    auto *commune = child<QLineEdit>(window, "commune");
    commune->setFocus();
    commune->selectAll();
    QTest::keyClicks(commune, QStringLiteral("Chaumont"));
    onNextDialog<MemberDialog>([](MemberDialog &d) {
        typeText(d.findChild<QLineEdit *>(QStringLiteral("first_name")), QStringLiteral("Léo"));
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("birth_year")),
                         QStringLiteral("2012"));
        auto *relation = d.findChild<QComboBox *>(QStringLiteral("relation"));
        relation->setCurrentIndex(relation->findData(QStringLiteral("child")));
        clickOk(d);
        CHECK_FALSE(d.isVisible());
    });
    child<QPushButton>(window, "addMember")->click();
    CHECK(window->identityTab()->membersModel().rowCount() == memberRows + 1);

    // Needs: "Isolement" checked with the space bar.
    window->tabs()->setCurrentIndex(3);
    QListWidget *problems = window->needsTab()->problems();
    problems->setFocus();
    const QList<QListWidgetItem *> isolation =
        problems->findItems(QStringLiteral("Isolement"), Qt::MatchExactly);
    REQUIRE(isolation.size() == 1);
    problems->setCurrentItem(isolation.first());
    QTest::keyClick(problems, Qt::Key_Space);
    CHECK(isolation.first()->checkState() == Qt::Checked);

    // A partner mobilised and a worker assigned, through their dialogs.
    onNextDialog<PartnerMobilisationDialog>([](PartnerMobilisationDialog &d) {
        typeText(d.findChild<QLineEdit *>(QStringLiteral("role")),
                 QStringLiteral("Médecin traitant"));
        clickOk(d);
    });
    child<QPushButton>(window, "addPartner")->click();
    onNextDialog<AssignmentDialog>([](AssignmentDialog &d) {
        auto *role = d.findChild<QComboBox *>(QStringLiteral("pair_role"));
        role->setCurrentIndex(role->findData(QStringLiteral("referent")));
        CHECK(d.findChild<QComboBox *>(QStringLiteral("worker_id"))->count() > 0);
        clickOk(d);
    });
    child<QPushButton>(window, "assignWorker")->click();
    CHECK(window->isModified());

    save(window);
    CHECK_FALSE(window->isModified());
    CHECK(window->banner()->isHidden());
    CHECK(changed.size() == 1);
    CHECK(f.textFor("SELECT p.last_name FROM case_person cp JOIN person p ON p.id = cp.person_id "
                    "WHERE cp.case_id = ?1 AND cp.role = 'main'",
                    id) == QStringLiteral("Lefèvre-Martin"));
    CHECK(f.textFor("SELECT h.commune FROM case_file c JOIN household h ON h.id = c.household_id "
                    "WHERE c.id = ?1",
                    id) == QLatin1String("Chaumont"));
    CHECK(f.textFor("SELECT p.birth_year || ' ' || p.relation || ' ' || cp.role || ' ' || "
                    "(p.household_id = c.household_id) || ' ' || substr(p.code, 1, 2) "
                    "FROM case_file c JOIN case_person cp ON cp.case_id = c.id "
                    "JOIN person p ON p.id = cp.person_id WHERE c.id = ?1 AND p.first_name = 'Léo'",
                    id) == QLatin1String("2012 child member 1 P-"));
    CHECK(f.countFor("SELECT count(*) FROM case_person WHERE case_id = ?1", id) ==
          peopleBefore + 1);
    CHECK(f.countFor("SELECT count(*) FROM case_problem WHERE case_id = ?1 AND code = 'isolation'",
                     id) == 1);
    CHECK(f.countFor("SELECT count(*) FROM case_partner WHERE case_id = ?1", id) ==
          partnersBefore + 1);
    CHECK(f.countFor(
              "SELECT count(*) FROM case_partner WHERE case_id = ?1 AND role = 'Médecin traitant' "
              "AND mobilised_on = '2026-03-16'",
              id) == 1);
    CHECK(f.countFor("SELECT count(*) FROM case_worker WHERE case_id = ?1", id) ==
          workersBefore + 1);
    CHECK(
        f.countFor("SELECT count(*) FROM case_worker WHERE case_id = ?1 AND pair_role = 'referent' "
                   "AND assigned_on = '2026-03-16' AND unassigned_on IS NULL",
                   id) == 1);
    // The file shows what was written, the new member with the code the repository gave.
    const auto &rows = window->identityTab()->membersModel().rows();
    CHECK(std::any_of(rows.begin(), rows.end(), [](const Person &p) {
        return p.firstName == QStringLiteral("Léo") && p.code.startsWith(QLatin1String("P-"));
    }));
    // And the database still holds every domain invariant.
    QString out;
    CHECK(runCli({QStringLiteral("--db"), f.t.path, QStringLiteral("check")}, &out) == 0);
    window->close();
}

TEST_CASE("Refused fields are shown beside their editor, on their tab, and nothing is written")
{
    CaseFileFixture f;
    const Uuid id = f.caseWhere("c.status = 'accompanied' AND c.identified_on < '2026-01-01'");
    const QByteArray before = contentHash(f.db());
    CaseFileWindow *window = openActive(f, id);
    // An edit on another tab, which must not be written when the save is refused.
    auto *notes = child<QPlainTextEdit>(window, "notes");
    notes->setFocus();
    typeText(notes, QStringLiteral("Ne doit pas être écrit."));

    SECTION("a date that is not one")
    {
        auto *referralDate = child<DateLineEdit>(window, "referralDate");
        referralDate->setFocus();
        referralDate->selectAll();
        QTest::keyClicks(referralDate, QStringLiteral("30/02/2026"));
        window->tabs()->setCurrentIndex(7);
        save(window);
        CHECK(window->tabs()->currentIndex() == 1);
        CHECK(message(window, "case.referral_date").contains(QStringLiteral("Date invalide")));
        CHECK(QApplication::focusWidget() == referralDate);
    }
    SECTION("an identification date after the case's first move")
    {
        child<QDateEdit>(window, "identifiedOn")->setDate(caseFileToday());
        save(window);
        CHECK(window->tabs()->currentIndex() == 1);
        CHECK(message(window, "case.identified_on")
                  .contains(QStringLiteral("premier changement de statut")));
    }
    SECTION("a birth year in the future, refused by the person's repository")
    {
        auto *birthYear = child<QLineEdit>(window, "birthYear");
        birthYear->setFocus();
        birthYear->selectAll();
        QTest::keyClicks(birthYear, QStringLiteral("2031"));
        window->tabs()->setCurrentIndex(5);
        save(window);
        CHECK(window->tabs()->currentIndex() == 0);
        CHECK(message(window, "person.birth_year").contains(QStringLiteral("futur")));
        CHECK(birthYear->property("invalid").toBool());
    }
    CHECK(window->isModified());
    CHECK(contentHash(f.db()) == before);
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Discard};
    window->close();
}

TEST_CASE("One window per case; a missing case is reported; closing all asks each file")
{
    CaseFileFixture f(12, 2);
    const Uuid first = f.caseWhere("c.status = 'closed'");
    const Uuid second = f.caseWhere("c.status <> 'closed'");
    CaseFileWindow *a = CaseFileWindow::open(f.db(), f.dialogs, first, nullptr, f.clock);
    REQUIRE(a);
    CHECK(CaseFileWindow::open(f.db(), f.dialogs, first, nullptr, f.clock) == a);
    CHECK(CaseFileWindow::find(f.db(), first) == a);
    CHECK(CaseFileWindow::find(f.db(), second) == nullptr);

    CHECK(CaseFileWindow::open(f.db(), f.dialogs, Uuid::createV7(), nullptr, f.clock) == nullptr);
    CHECK(f.dialogs.asked ==
          QStringList{QStringLiteral("warning: Cette situation n'est plus dans la base.")});

    QPointer<CaseFileWindow> b = CaseFileWindow::open(f.db(), f.dialogs, second, nullptr, f.clock);
    REQUIRE(b);
    auto *notes = child<QPlainTextEdit>(b, "notes");
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("A relire."));
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Cancel};
    CHECK_FALSE(CaseFileWindow::closeAll());
    CHECK(b->isVisible());
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Discard};
    CHECK(CaseFileWindow::closeAll());
    REQUIRE(QTest::qWaitFor([&] { return b.isNull(); }, 5000));
    CHECK(CaseFileWindow::find(f.db(), first) == nullptr);
}
