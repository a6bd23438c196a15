#include "interventions/CasePickerEdit.h"
#include "repositories/CollectiveSessionRepository.h"
#include "sessions/CommissionReviewModel.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionListModel.h"
#include "sessions/SessionsPage.h"
#include "ui/test_directories_support.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace passerelle;
using namespace passerelle::test;

namespace {
using Screen = DirectoryScreen<SessionsPage>;
constexpr int dateColumn = int(SessionListModel::Column::Date);
constexpr int kindColumn = int(SessionListModel::Column::Kind);

// A button's mnemonic "animates" the click: pressed now, clicked once it is released.
void pressMnemonic(QWidget &dialog, Qt::Key key, const char *button)
{
    QSignalSpy clicked(child<QPushButton>(dialog, button), &QPushButton::clicked);
    // Shortcuts go to the active window: make sure the dialog is it.
    QApplication::setActiveWindow(&dialog);
    CHECK(QTest::qWaitForWindowActive(&dialog));
    QWidget *focus = QApplication::focusWidget();
    INFO("focus on " << (focus ? focus->objectName().toStdString() : std::string("nothing")));
    QTest::keyClick(focus ? focus : &dialog, key, Qt::AltModifier);
    CHECK((!clicked.isEmpty() || clicked.wait(2000)));
}

// Types a case number into the picker, chooses the decision, types a note and presses Alt+J.
void review(SessionDialog &d, const QString &number, const QString &decision, const QString &note = {})
{
    auto *picker = child<CasePickerEdit>(d, "reviewCase");
    picker->setFocus();
    typeText(picker, number);
    // The completion popup may be open on the number: Esc closes it and leaves the text.
    if (picker->popup() && picker->popup()->isVisible())
        QTest::keyClick(picker->popup(), Qt::Key_Escape);
    CHECK(choose(child<QComboBox>(d, "reviewDecision"), decision));
    if (!note.isEmpty())
        typeText(child<QLineEdit>(d, "reviewNote"), note);
    pressMnemonic(d, Qt::Key_J, "addReview");
}
} // namespace

TEST_CASE("The sessions page lists sessions newest first with their participants")
{
    Screen s;
    CHECK(s.column(dateColumn) == QStringList{QStringLiteral("12/03/2026"), QStringLiteral("10/03/2026 à 14:00"),
                                              QStringLiteral("03/02/2026")});
    CHECK(s.column(kindColumn) == QStringList{QStringLiteral("Commission"), QStringLiteral("Atelier collectif"),
                                              QStringLiteral("Réunion d'information")});
    CHECK(s.column(int(SessionListModel::Column::Participants)) ==
          QStringList{QStringLiteral("4"), QStringLiteral("9"), QStringLiteral("0")});
    CHECK(s.column(int(SessionListModel::Column::Reviews)) ==
          QStringList{QStringLiteral("2"), QString(), QString()});
    CHECK(s.page.list()->countText() == QStringLiteral("3 séances"));
    CHECK(s.page.summaryText() == QStringLiteral("Commission du 12/03/2026 — participants : 4 (Travailleur social : 4) — situations examinées : 2"));
    QTest::keyClick(s.view(), Qt::Key_Down);
    CHECK(s.page.summaryText() == QStringLiteral("Atelier collectif du 10/03/2026 — participants : 9 "
                                                 "(Professionnel de santé : 3 · Habitant / usager : 6)"));
    CHECK(s.view()->model()->index(1, int(SessionListModel::Column::Participants)).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Professionnel de santé : 3 · Habitant / usager : 6"));

    typeText(s.page.list()->searchField(), QStringLiteral("LOGEMENT"));
    CHECK(s.column(kindColumn) == QStringList{QStringLiteral("Atelier collectif")});
    CHECK(s.page.list()->countText() == QStringLiteral("1 séance sur 3"));

    s.view()->sortByColumn(dateColumn, Qt::AscendingOrder);
    s.page.list()->searchField()->clear();
    CHECK(s.column(dateColumn).first() == QStringLiteral("03/02/2026"));
}

TEST_CASE("A commission is recorded with two reviewed cases and their decisions")
{
    Screen s;
    bool checked = false;
    onNextDialog<SessionDialog>([&](SessionDialog &d) {
        CHECK_FALSE(child<QGroupBox>(d, "reviews")->isVisible());
        CHECK(choose(child<QComboBox>(d, "kind"), QStringLiteral("commission")));
        CHECK(child<QGroupBox>(d, "reviews")->isVisible());
        CHECK(choose(child<QComboBox>(d, "programme_id"), s.w.pa.bytes()));
        typeText(child<QLineEdit>(d, "title"), QStringLiteral("Commission appartement"));
        typeText(child<QLineEdit>(d, "commune"), QStringLiteral("Langres"));
        QSpinBox *social = d.participantsEditor(QStringLiteral("social_worker"));
        social->setFocus();
        social->selectAll();
        typeText(social, QStringLiteral("5"));
        QSpinBox *elected = d.participantsEditor(QStringLiteral("elected"));
        elected->setFocus();
        elected->selectAll();
        typeText(elected, QStringLiteral("2"));
        CHECK(child<QLabel>(d, "total")->text() == QStringLiteral("7"));

        // A number that names no case of the programme is refused beside the picker.
        review(d, QStringLiteral("PA-2099-0001"), QStringLiteral("accepted"));
        CHECK(d.reviews().rowCount() == 0);
        CHECK(messageOf(d, QStringLiteral("commission_review.case_id")) ==
              QStringLiteral("Aucune situation « PA-2099-0001 » dans ce dispositif."));
        child<QLineEdit>(d, "reviewCase")->clear();

        review(d, QStringLiteral("PA-2026-0001"), QStringLiteral("accepted"));
        review(d, QStringLiteral("PA-2026-0002"), QStringLiteral("refused"), QStringLiteral("à revoir en mai"));
        // Taken again, a case has its decision replaced rather than added twice.
        review(d, QStringLiteral("PA-2026-0002"), QStringLiteral("postponed"), QStringLiteral("à revoir en mai"));
        CHECK(d.reviews().rowCount() == 2);
        CHECK(d.reviews().index(1, int(CommissionReviewModel::Column::Decision)).data().toString() ==
              QStringLiteral("Ajourné"));
        CHECK(messageOf(d, QStringLiteral("commission_review.case_id")).isEmpty());
        saveWithKeys(d);
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    QTest::keyClick(s.view(), Qt::Key_Insert);
    REQUIRE(checked);

    const std::optional<CollectiveSession> saved =
        CollectiveSessionRepository(s.w.db(), s.w.clock).find(s.page.list()->currentId());
    REQUIRE(saved);
    CHECK(saved->kind == SessionKind::Commission);
    CHECK(saved->date == AgendaWorld::today());
    CHECK(saved->status == SessionStatus::Done);
    CHECK(saved->title == QStringLiteral("Commission appartement"));
    CHECK(saved->participantCount() == 7);
    REQUIRE(saved->reviews.size() == 2);
    QHash<Uuid, CommissionReview> byCase;
    for (const CommissionReview &r : saved->reviews)
        byCase.insert(r.caseId, r);
    CHECK(byCase.value(s.w.case1).decision == QStringLiteral("accepted"));
    CHECK(byCase.value(s.w.case2).decision == QStringLiteral("postponed"));
    CHECK(byCase.value(s.w.case2).note == QStringLiteral("à revoir en mai"));
    CHECK(s.page.list()->countText() == QStringLiteral("4 séances"));
    CHECK(s.cell(s.view()->currentIndex().row(), int(SessionListModel::Column::Reviews)) == QStringLiteral("2"));
}

TEST_CASE("A session refused by the repository says which field, and Esc asks before losing it")
{
    Screen s;
    const QByteArray before = contentHash(s.w.db());
    s.dialogs.unsavedAnswers = {DialogService::Unsaved::Discard};
    bool checked = false;
    onNextDialog<SessionDialog>([&](SessionDialog &d) {
        // Held ("Tenue") tomorrow: refused beside the state.
        QDateEdit *date = child<QDateEdit>(d, "date");
        date->setFocus();
        QTest::keyClick(date, Qt::Key_Up); // the day, one up
        CHECK(date->date() == AgendaWorld::today().addDays(1));
        typeText(child<QLineEdit>(d, "start_time"), QStringLiteral("25h"));
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK(messageOf(d, QStringLiteral("start_time")) == QStringLiteral("Heure invalide : tapez par exemple 14:30."));
        retype(child<QLineEdit>(d, "start_time"), QStringLiteral("14h30"));
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK(messageOf(d, QStringLiteral("status")) == QStringLiteral("Une séance à venir ne peut pas être déjà tenue."));
        CHECK(QApplication::focusWidget() == child(d, "status"));
        QTest::keyClick(&d, Qt::Key_Escape);
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    QTest::keyClick(s.view(), Qt::Key_Insert);
    REQUIRE(checked);
    CHECK(s.dialogs.asked == QStringList{QStringLiteral("unsaved: La séance")});
    CHECK(contentHash(s.w.db()) == before);
}

TEST_CASE("A commission's reviews are changed from the list, and a non-commission keeping reviews is refused on its kind")
{
    Screen s;
    s.select(QStringLiteral("12/03/2026"));
    bool checked = false;
    onNextDialog<SessionDialog>([&](SessionDialog &d) {
        CHECK(d.reviews().rowCount() == 2);
        QTableView *list = child<QTableView>(d, "reviewList");
        list->setFocus();
        list->setCurrentIndex(list->model()->index(1, 0));
        // The chosen line comes back into the fields.
        CHECK(child<QLineEdit>(d, "reviewCase")->text() == QStringLiteral("PA-2026-0002"));
        CHECK(child<QLineEdit>(d, "reviewNote")->text() == QStringLiteral("à revoir"));
        pressMnemonic(d, Qt::Key_V, "removeReview");
        CHECK(d.reviews().rowCount() == 1);

        CHECK(choose(child<QComboBox>(d, "kind"), QStringLiteral("workshop")));
        CHECK(child<QGroupBox>(d, "reviews")->isVisible()); // the review left still shows
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK(messageOf(d, QStringLiteral("kind")).contains(QStringLiteral("commission")));

        CHECK(choose(child<QComboBox>(d, "kind"), QStringLiteral("commission")));
        saveWithKeys(d);
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    QTest::keyClick(s.view(), Qt::Key_Return);
    REQUIRE(checked);
    const std::optional<CollectiveSession> saved = CollectiveSessionRepository(s.w.db(), s.w.clock).find(s.w.commission);
    REQUIRE(saved);
    REQUIRE(saved->reviews.size() == 1);
    CHECK(saved->reviews[0].caseId == s.w.case1);
}
