#include "casefile/DateLineEdit.h"
#include "directory/CaseReferenceList.h"
#include "repositories/WorkerRepository.h"
#include "ui/test_directories_support.h"
#include "workers/WorkerDialog.h"
#include "workers/WorkerListModel.h"
#include "workers/WorkersPage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>

using namespace passerelle;
using namespace passerelle::test;

namespace {
using Screen = DirectoryScreen<WorkersPage>;
constexpr int nameColumn = int(WorkerListModel::Column::Name);
} // namespace

TEST_CASE("The workers page shows each worker's open cases, and the chosen one's hours this month")
{
    Screen s;
    CHECK(s.column(nameColumn) == QStringList{QStringLiteral("Camille Roux"), QStringLiteral("Claire Morel"),
                                              QStringLiteral("Jordan Petit"), QStringLiteral("Lou Garnier"),
                                              QStringLiteral("Nadia Benali")});
    CHECK(s.column(int(WorkerListModel::Column::OpenCases)) ==
          QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0"),
                      QStringLiteral("0")});
    CHECK(s.column(int(WorkerListModel::Column::Role)).first() == QStringLiteral("Travailleur pair"));
    CHECK(s.column(int(WorkerListModel::Column::Active)).at(3) == QStringLiteral("non"));
    CHECK(s.page.list()->countText() == QStringLiteral("5 intervenants"));

    // Camille Roux (TP1), chosen on opening: "this month" is March 2026 by the test's clock.
    CHECK(s.page.hoursText() == QStringLiteral("Heures en mars 2026 : 1 h 45\nInterventions réalisées : 2"));
    CHECK(s.page.casesText() == QStringLiteral("&Situations affectées : 3 · en cours : 2"));
    CHECK(s.page.casesList()->numbers() == QStringList{QStringLiteral("PA-2025-0040"), QStringLiteral("PA-2026-0001"),
                                                       QStringLiteral("PA-2026-0002")});
    CHECK(s.page.casesList()->item(1)->text() ==
          QStringLiteral("PA-2026-0001 — Accompagnée · Travailleur pair depuis le 05/01/2026"));

    QTest::keyClick(s.view(), Qt::Key_Down);
    CHECK(s.page.hoursText() == QStringLiteral("Heures en mars 2026 : 45 min\nInterventions réalisées : 1"));
    QTest::keyClick(s.view(), Qt::Key_End, Qt::ControlModifier);
    CHECK(s.page.hoursText() == QStringLiteral("Heures en mars 2026 : 0 h\nInterventions réalisées : 0"));
    CHECK(s.page.casesList()->count() == 0);

    typeText(s.page.list()->searchField(), QStringLiteral("pair"));
    CHECK(s.column(nameColumn) == QStringList{QStringLiteral("Camille Roux"), QStringLiteral("Jordan Petit"),
                                              QStringLiteral("Lou Garnier")});
    CHECK(s.page.list()->countText() == QStringLiteral("3 intervenants sur 5"));
}

TEST_CASE("A peer worker is created from the keyboard, refused fields are named beside their editors")
{
    Screen s;
    bool checked = false;
    onNextDialog<WorkerDialog>([&](WorkerDialog &d) {
        typeText(child<QLineEdit>(d, "trained_on"), QStringLiteral("32/13/2026"));
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK(messageOf(d, QStringLiteral("trained_on")) ==
              QStringLiteral("Date invalide : tapez par exemple 12/03/2025."));

        retype(child<QLineEdit>(d, "trained_on"), QStringLiteral("01/02/2026"));
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK_FALSE(messageOf(d, QStringLiteral("code")).isEmpty());
        CHECK_FALSE(messageOf(d, QStringLiteral("display_name")).isEmpty());

        typeText(child<QLineEdit>(d, "display_name"), QStringLiteral("Sacha Lemoine"));
        typeText(child<QLineEdit>(d, "code"), QStringLiteral("TP3"));
        CHECK(choose(child<QComboBox>(d, "role"), QStringLiteral("peer_worker")));
        QDoubleSpinBox *fte = child<QDoubleSpinBox>(d, "fte");
        fte->setFocus();
        fte->selectAll();
        typeText(fte, QStringLiteral("0,5"));
        saveWithKeys(d);
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    QTest::keyClick(s.view(), Qt::Key_Insert);
    REQUIRE(checked);

    const std::optional<Worker> saved = WorkerRepository(s.w.db(), s.w.clock).find(s.page.list()->currentId());
    REQUIRE(saved);
    CHECK(saved->displayName == QStringLiteral("Sacha Lemoine"));
    CHECK(saved->code == QStringLiteral("TP3"));
    CHECK(saved->role == WorkerRole::PeerWorker);
    CHECK(saved->fte == Approx(0.5));
    CHECK(saved->trainedOn == QDate(2026, 2, 1));
    CHECK(saved->active);
    CHECK(saved->organisationId == s.w.organisation);
    CHECK(s.page.model().rowCount() == 6);
}

TEST_CASE("A worker holding a peer's place keeps the peer worker role: the refusal is said beside the role")
{
    Screen s;
    s.select(QStringLiteral("Camille Roux"));
    const QByteArray before = contentHash(s.w.db());
    s.dialogs.unsavedAnswers = {DialogService::Unsaved::Discard};
    bool checked = false;
    onNextDialog<WorkerDialog>([&](WorkerDialog &d) {
        CHECK(child<QLineEdit>(d, "code")->text() == QStringLiteral("TP1"));
        CHECK(choose(child<QComboBox>(d, "role"), QStringLiteral("professional")));
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK_FALSE(messageOf(d, QStringLiteral("role")).isEmpty());
        CHECK(QApplication::focusWidget() == child(d, "role"));
        QTest::keyClick(&d, Qt::Key_Escape);
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    QTest::keyClick(s.view(), Qt::Key_Return);
    REQUIRE(checked);
    CHECK(contentHash(s.w.db()) == before);
    CHECK(s.dialogs.asked == QStringList{QStringLiteral("unsaved: L'intervenant")});
}
