// "New case": a case with its main person, household and referral created in one go from the
// keyboard; refused fields shown beside them with nothing written; the unsaved-edit guard.

#include "test_casefile_fixture.h"

#include "casefile/DateLineEdit.h"
#include "casefile/NewCaseDialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace passerelle;
using namespace passerelle::test;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

// (Typing in a combo box selects the first entry starting with the letters typed; a space
// would open its list, so the tests type one word.)

// Tab to the next field (a date edit takes one Tab per section before it lets go).
void tabOut()
{
    QWidget *from = focused();
    REQUIRE(from);
    for (int i = 0; i < 4 && focused() == from; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    REQUIRE(focused() != from);
}

void expectFocus(const char *objectName)
{
    INFO("focus on " << (focused() ? focused()->objectName().toStdString() : std::string("none")));
    REQUIRE(focused());
    REQUIRE(focused()->objectName() == QLatin1String(objectName));
}

void showActive(QWidget &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

} // namespace

TEST_CASE("A new case is created with its person, household and referral, keyboard only")
{
    CaseFileFixture f;
    const qint64 households = f.count("SELECT count(*) FROM household");
    NewCaseDialog dialog(f.db(), f.dialogs, f.clock);
    showActive(dialog);
    QSignalSpy created(&dialog, &NewCaseDialog::caseCreated);

    auto *programme = dialog.findChild<QComboBox *>(QStringLiteral("programme"));
    REQUIRE(programme);
    programme->setFocus();
    QTest::keyClicks(programme, QStringLiteral("PA"));
    CHECK(programme->currentText().startsWith(QStringLiteral("PA — ")));
    tabOut();
    expectFocus("identifiedOn"); // today, kept
    tabOut();
    expectFocus("firstName");
    QTest::keyClicks(focused(), QStringLiteral("Jeanne"));
    tabOut();
    QTest::keyClicks(focused(), QStringLiteral("Dupont"));
    tabOut();
    expectFocus("birthYear");
    QTest::keyClicks(focused(), QStringLiteral("1968"));
    tabOut();
    QTest::keyClicks(focused(), QStringLiteral("F"));
    tabOut();
    expectFocus("housingKind");
    QTest::keyClicks(focused(), QStringLiteral("Log"));
    tabOut();
    expectFocus("landlord");
    QTest::keyClicks(focused(), QStringLiteral("Chaumont"));
    tabOut();
    QTest::keyClicks(focused(), QStringLiteral("Langres"));
    tabOut();
    expectFocus("qpv");
    QTest::keyClicks(focused(), QStringLiteral("O"));
    tabOut();
    expectFocus("rentArrears");
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), QStringLiteral("1250,50"));
    tabOut();
    expectFocus("evictionStage");
    QTest::keyClicks(focused(), QStringLiteral("Commandement"));
    tabOut();
    expectFocus("referralPartner");
    QTest::keyClicks(focused(), QStringLiteral("CMP"));
    tabOut();
    expectFocus("referralDate");
    QTest::keyClicks(focused(), QStringLiteral("02/03/2026"));
    tabOut();
    expectFocus("referralReason");
    typeText(focused(), QStringLiteral("Impayés et isolement ; démarches du CMP restées vaines"));
    if (qEnvironmentVariableIsSet("PASSERELLE_SCREENSHOT_DIR"))
        dialog.grab().save(QDir(qEnvironmentVariable("PASSERELLE_SCREENSHOT_DIR"))
                               .filePath(QStringLiteral("case-file-new-case.png")));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(created.size() == 1);
    const Uuid id = created.first().first().value<Uuid>();
    CHECK(id == dialog.createdCaseId());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.dialogs.asked.isEmpty());

    CHECK(f.textFor("SELECT p.code FROM case_file c JOIN programme p ON p.id = c.programme_id "
                    "WHERE c.id = ?1",
                    id) == QLatin1String("PA"));
    CHECK(f.textFor("SELECT number FROM case_file WHERE id = ?1", id)
              .startsWith(QLatin1String("PA-2026-")));
    CHECK(f.textFor("SELECT status || ' ' || identified_on FROM case_file WHERE id = ?1", id) ==
          QLatin1String("identified 2026-03-16"));
    CHECK(f.textFor(
              "SELECT pa.name FROM case_file c JOIN partner pa ON pa.id = c.referral_partner_id "
              "WHERE c.id = ?1",
              id) == QLatin1String("CMP adultes de Chaumont"));
    CHECK(f.textFor("SELECT referral_date FROM case_file WHERE id = ?1", id) ==
          QLatin1String("2026-03-02"));
    CHECK(f.textFor("SELECT referral_reason FROM case_file WHERE id = ?1", id) ==
          QStringLiteral("Impayés et isolement ; démarches du CMP restées vaines"));
    CHECK(f.countFor("SELECT count(*) FROM case_status_change WHERE case_id = ?1", id) == 1);

    CHECK(f.textFor("SELECT h.housing_kind || '|' || h.commune || '|' || h.qpv || '|' || "
                    "h.rent_arrears_cents || '|' || h.eviction_stage || '|' || pa.name "
                    "FROM case_file c JOIN household h ON h.id = c.household_id "
                    "JOIN partner pa ON pa.id = h.landlord_partner_id WHERE c.id = ?1",
                    id) ==
          QStringLiteral("social_rental|Langres|1|125050|payment_order|Chaumont Habitat"));
    CHECK(f.textFor("SELECT p.first_name || ' ' || p.last_name || '|' || p.birth_year || '|' || "
                    "p.sex || '|' || p.relation || '|' || cp.role || '|' || "
                    "(p.household_id = c.household_id) FROM case_file c "
                    "JOIN case_person cp ON cp.case_id = c.id JOIN person p ON p.id = cp.person_id "
                    "WHERE c.id = ?1",
                    id) == QStringLiteral("Jeanne Dupont|1968|f|self|main|1"));
    CHECK(f.textFor("SELECT p.code FROM case_person cp JOIN person p ON p.id = cp.person_id "
                    "WHERE cp.case_id = ?1",
                    id)
              .startsWith(QLatin1String("P-")));
    CHECK(f.count("SELECT count(*) FROM household") == households + 1);
}

TEST_CASE("The new-case dialog shows refused fields beside them and writes nothing")
{
    CaseFileFixture f;
    const QByteArray before = contentHash(f.db());
    NewCaseDialog dialog(f.db(), f.dialogs, f.clock);
    showActive(dialog);
    QSignalSpy created(&dialog, &NewCaseDialog::caseCreated);
    auto *birthYear = dialog.findChild<QLineEdit *>(QStringLiteral("birthYear"));
    auto *identifiedOn = dialog.findChild<QDateEdit *>(QStringLiteral("identifiedOn"));
    auto *referralDate = dialog.findChild<DateLineEdit *>(QStringLiteral("referralDate"));
    auto *birthMessage = dialog.findChild<QLabel *>(QStringLiteral("person.birth_year_message"));
    auto *dateMessage = dialog.findChild<QLabel *>(QStringLiteral("case.identified_on_message"));
    auto *referralMessage =
        dialog.findChild<QLabel *>(QStringLiteral("case.referral_date_message"));
    REQUIRE(birthYear);
    REQUIRE(identifiedOn);
    REQUIRE(referralDate);
    REQUIRE(birthMessage);
    REQUIRE(dateMessage);
    REQUIRE(referralMessage);
    dialog.findChild<QLineEdit *>(QStringLiteral("firstName"))->setFocus();
    QTest::keyClicks(focused(), QStringLiteral("Marc"));

    SECTION("what cannot be read is reported before anything is tried")
    {
        QTest::keyClicks(birthYear, QStringLiteral("68"));
        QTest::keyClicks(referralDate, QStringLiteral("31/02/2026"));
        QTest::keyClick(birthYear, Qt::Key_Return, Qt::ControlModifier);
        CHECK(birthMessage->isVisibleTo(&dialog));
        CHECK(birthMessage->text().contains(QStringLiteral("quatre chiffres")));
        CHECK(referralMessage->text().contains(QStringLiteral("Date invalide")));
        CHECK(birthYear->property("invalid").toBool());
        CHECK(focused() == birthYear); // the first refused field takes the focus
    }
    SECTION("a refusal by the repositories rolls the three records back")
    {
        // The household and person are fine; the case is refused (identified tomorrow).
        identifiedOn->setDate(caseFileToday().addDays(1));
        QTest::keyClicks(birthYear, QStringLiteral("1968"));
        QTest::keyClick(birthYear, Qt::Key_Return, Qt::ControlModifier);
        CHECK(dateMessage->text().contains(QStringLiteral("futur")));
        CHECK(birthMessage->text().isEmpty());
        CHECK(focused() == identifiedOn);
    }
    SECTION("a birth year in the future is refused by the person's repository")
    {
        QTest::keyClicks(birthYear, QStringLiteral("2031"));
        QTest::keyClick(birthYear, Qt::Key_Return, Qt::ControlModifier);
        CHECK(birthMessage->text().contains(QStringLiteral("futur")));
    }
    CHECK(created.isEmpty());
    CHECK(dialog.isVisible());
    CHECK(contentHash(f.db()) == before);
    CHECK(f.dialogs.asked.isEmpty());

    // Esc with something typed asks first; "Annuler" keeps the dialog, "Abandonner" leaves.
    f.dialogs.unsavedAnswers = {DialogService::Unsaved::Cancel, DialogService::Unsaved::Discard};
    QTest::keyClick(focused(), Qt::Key_Escape);
    CHECK(f.dialogs.asked == QStringList{QStringLiteral("unsaved: La nouvelle situation")});
    CHECK(dialog.isVisible());
    QTest::keyClick(focused(), Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(contentHash(f.db()) == before);
}

TEST_CASE("The new-case dialog leaves without asking when nothing was typed")
{
    CaseFileFixture f(10, 2);
    NewCaseDialog dialog(f.db(), f.dialogs, f.clock);
    showActive(dialog);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(f.dialogs.asked.isEmpty());
}
