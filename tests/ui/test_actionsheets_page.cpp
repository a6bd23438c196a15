// The action sheets page: the list, its filters, archiving, the next year's sheet, the PDF.

#include "ui/test_actionsheets_support.h"

#include "actionsheets/TemplateChoiceDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

using namespace passerelle;
using namespace passerelle::test;

namespace {
using Column = ActionSheetListModel::Column;
} // namespace

TEST_CASE("The action sheets page lists sheets, searches, filters by programme and sorts",
          "[actionsheets]")
{
    ActionSheetScreen s;
    CHECK(s.column(Column::Number) == QStringList{QStringLiteral("3.3.1"), QStringLiteral("EMP-1")});
    CHECK(s.column(Column::Programme) ==
          QStringList{QStringLiteral("Pair-aidance Pays de Langres"), QStringLiteral("Équipe mobile précarité")});
    CHECK(s.column(Column::Period) == QStringList{QStringLiteral("2025"), QStringLiteral("2026")});
    CHECK(s.column(Column::Indicators) == QStringList{QStringLiteral("1"), QStringLiteral("0")});
    CHECK(s.page.list()->countText() == QStringLiteral("2 fiches action"));

    typeText(s.page.list()->searchField(), QStringLiteral("equipe"));
    CHECK(s.column(Column::Number) == QStringList{QStringLiteral("EMP-1")});
    CHECK(s.page.list()->countText() == QStringLiteral("1 fiche action sur 2"));
    retype(s.page.list()->searchField(), QString());

    REQUIRE(choose(s.page.programmeFilter(), s.w.pa.bytes()));
    CHECK(s.column(Column::Number) == QStringList{QStringLiteral("3.3.1")});
    REQUIRE(choose(s.page.programmeFilter(), QByteArray()));

    // Sorted by period, latest first, from the header.
    s.view()->sortByColumn(int(Column::Period), Qt::DescendingOrder);
    CHECK(s.column(Column::Number) == QStringList{QStringLiteral("EMP-1"), QStringLiteral("3.3.1")});
}

TEST_CASE("Continuing a sheet creates next year's sheet chained to it, once", "[actionsheets]")
{
    ActionSheetScreen s;
    s.select(s.w.pairAidance);
    s.dialogs.answers = {DialogService::Answer::Yes};
    ActionSheetForm *form =
        s.nextForm([&] { QTest::mouseClick(child<QPushButton>(s.page, "continue"), Qt::LeftButton); });
    REQUIRE(form);
    REQUIRE(s.dialogs.asked.size() == 1);
    CHECK(s.dialogs.asked.first().startsWith(
        QStringLiteral("question: Créer la fiche 3.3.1 « Dispositif de PAIR-AIDANCE » de la période suivante")));
    const std::optional<ActionSheet> next = s.w.find(form->sheetId());
    REQUIRE(next);
    CHECK(next->chainedFromId == s.w.pairAidance);
    CHECK(next->periodStart == QDate(2026, 1, 1));
    REQUIRE(next->objectives.size() == 1);
    CHECK(next->objectives.first().dueText == QStringLiteral("Au premier semestre 2026"));
    CHECK(form->findChild<QLabel *>(QStringLiteral("chained_from_id"))->text() ==
          QStringLiteral("fiche 3.3.1 « Dispositif de PAIR-AIDANCE » 2025"));
    form->close();

    CHECK(s.column(Column::ChainedFrom) ==
          QStringList{QString(), QStringLiteral("3.3.1 (2025)"), QString()});
    CHECK(s.column(Column::Indicators) == QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0")});

    // A second time for the same year is refused, and says why.
    s.select(s.w.pairAidance);
    s.dialogs.asked.clear();
    s.dialogs.answers = {DialogService::Answer::Yes};
    QTest::mouseClick(child<QPushButton>(s.page, "continue"), Qt::LeftButton);
    REQUIRE(s.dialogs.asked.size() == 2);
    INFO(s.dialogs.asked.at(1).toStdString());
    CHECK(s.dialogs.asked.at(1).startsWith(
        QStringLiteral("warning: Cette fiche est déjà continuée pour la période suivante (01/01/2026)")));
    CHECK(s.view()->model()->rowCount() == 3);
}

TEST_CASE("A sheet is archived after a confirmation, and restored", "[actionsheets]")
{
    ActionSheetScreen s;
    s.select(s.w.mobileTeam);
    s.dialogs.answers = {DialogService::Answer::No};
    QTest::keyClick(s.view(), Qt::Key_Delete);
    CHECK_FALSE(s.w.find(s.w.mobileTeam)->archivedAt.isValid());
    s.dialogs.answers = {DialogService::Answer::Yes};
    QTest::keyClick(s.view(), Qt::Key_Delete);
    REQUIRE(s.dialogs.asked.size() == 2);
    CHECK(s.dialogs.asked.at(1).startsWith(
        QStringLiteral("question: Archiver la fiche action EMP-1 « Équipe mobile précarité » ?")));
    CHECK(s.w.find(s.w.mobileTeam)->archivedAt.isValid());
    CHECK(s.column(Column::Number) == QStringList{QStringLiteral("3.3.1")});

    QTest::keyClick(s.page.list()->showArchived(), Qt::Key_Space);
    CHECK(s.column(Column::Title).contains(QStringLiteral("Équipe mobile précarité (archivée)")));
    s.select(s.w.mobileTeam);
    CHECK(child<QPushButton>(s.page, "archive")->text() == QStringLiteral("Resta&urer…"));
    s.dialogs.answers = {DialogService::Answer::Yes};
    QTest::keyClick(s.view(), Qt::Key_Delete);
    CHECK_FALSE(s.w.find(s.w.mobileTeam)->archivedAt.isValid());
}

TEST_CASE("A sheet is printed to the PDF file chosen, opened only if asked", "[actionsheets]")
{
    ActionSheetScreen s;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fiche.pdf"));
    s.select(s.w.pairAidance);
    s.dialogs.files = {path};
    s.dialogs.answers = {DialogService::Answer::No};
    QTest::mouseClick(child<QPushButton>(s.page, "print"), Qt::LeftButton);
    REQUIRE(s.dialogs.asked.size() == 2);
    CHECK(s.dialogs.asked.at(0).startsWith(QStringLiteral("file: Enregistrer la fiche en PDF")));
    CHECK(s.dialogs.asked.at(1).contains(QStringLiteral("L'ouvrir maintenant ?")));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(pdf.size() > 1000);

    // Cancelling the file dialog writes nothing and asks nothing more.
    s.dialogs.asked.clear();
    s.dialogs.files.clear();
    QTest::mouseClick(child<QPushButton>(s.page, "print"), Qt::LeftButton);
    CHECK(s.dialogs.asked.size() == 1);
}

TEST_CASE("A sheet from the mobile-team template asks for the landlord and opens pre-filled",
          "[actionsheets]")
{
    ActionSheetScreen s;
    bool checked = false;
    onNextDialog<TemplateChoiceDialog>([&](TemplateChoiceDialog &d) {
        auto *choice = child<QComboBox>(d, "template");
        CHECK(choose(choice, QStringLiteral("mobile-team")));
        auto *landlord = child<QComboBox>(d, "landlord");
        CHECK(landlord->isVisible());
        // Hamaris is the only social landlord on file: proposed already. Without it, refused.
        CHECK(landlord->currentData().toByteArray() == s.w.landlord.bytes());
        CHECK(choose(landlord, QByteArray()));
        CHECK(choose(child<QComboBox>(d, "programme_id"), s.w.em.bytes()));
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK(messageOf(d, QStringLiteral("landlord")).startsWith(QStringLiteral("Ce modèle compte")));
        CHECK(choose(landlord, s.w.landlord.bytes()));
        saveWithKeys(d);
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    ActionSheetForm *form = s.nextForm(
        [&] { QTest::mouseClick(child<QPushButton>(s.page, "fromTemplate"), Qt::LeftButton); });
    REQUIRE(checked);
    REQUIRE(form);
    // The seed's other partners are not in this directory: the coordinator is told.
    REQUIRE_FALSE(s.dialogs.asked.isEmpty());
    CHECK(s.dialogs.asked.last().startsWith(
        QStringLiteral("information: Partenaires du modèle absents de l'annuaire, non repris : ")));
    const std::optional<ActionSheet> sheet = s.w.find(form->sheetId());
    REQUIRE(sheet);
    CHECK(sheet->programmeId == s.w.em);
    CHECK(sheet->number == QStringLiteral("EMP-1"));
    CHECK(sheet->carrierStructure == QStringLiteral("Hamaris"));
    CHECK(sheet->periodStart == QDate(2026, 1, 1));
    CHECK(child<QLineEdit>(*form, "number")->text() == QStringLiteral("EMP-1"));
    CHECK(child<QLineEdit>(*form, "carrier_structure")->text() == QStringLiteral("Hamaris"));
    const auto *indicators = child<QTableView>(*form, "indicators");
    CHECK(indicators->model()->rowCount() ==
          IndicatorRepository(s.w.db(), s.w.clock).list(form->sheetId()).size());
    CHECK(indicators->model()->rowCount() > 5);
    CHECK_FALSE(form->isModified());
    // Closed without saving: asked whether to take the creation back; no answer keeps it.
    s.dialogs.asked.clear();
    form->close();
    REQUIRE(s.dialogs.asked.size() == 1);
    CHECK(s.dialogs.asked.first().startsWith(
        QStringLiteral("question: La fiche créée depuis le modèle")));
    CHECK(s.column(Column::Number).count(QStringLiteral("EMP-1")) == 2);
}

TEST_CASE("A sheet created from a template and closed unsaved can be taken back (archived)",
          "[actionsheets]")
{
    ActionSheetScreen s;
    const int before = int(s.column(Column::Number).size());
    onNextDialog<TemplateChoiceDialog>([&](TemplateChoiceDialog &d) {
        CHECK(choose(child<QComboBox>(d, "template"), QStringLiteral("pair-aidance")));
        saveWithKeys(d);
    });
    ActionSheetForm *form = s.nextForm(
        [&] { QTest::mouseClick(child<QPushButton>(s.page, "fromTemplate"), Qt::LeftButton); });
    REQUIRE(form);
    const Uuid id = form->sheetId();
    CHECK(s.column(Column::Number).size() == before + 1);
    s.dialogs.asked.clear();
    s.dialogs.answers = {DialogService::Answer::Yes};
    form->close();
    CHECK(s.dialogs.asked.size() == 1);
    const std::optional<ActionSheet> sheet = s.w.find(id);
    REQUIRE(sheet);
    CHECK(sheet->archivedAt.isValid()); // archived, restorable — not deleted
    CHECK(s.column(Column::Number).size() == before);

    // Saved once, it is the coordinator's sheet: closing asks nothing.
    onNextDialog<TemplateChoiceDialog>([&](TemplateChoiceDialog &d) {
        CHECK(choose(child<QComboBox>(d, "template"), QStringLiteral("pair-aidance")));
        saveWithKeys(d);
    });
    form = s.nextForm(
        [&] { QTest::mouseClick(child<QPushButton>(s.page, "fromTemplate"), Qt::LeftButton); });
    REQUIRE(form);
    s.dialogs.asked.clear();
    form->accept();
    CHECK(s.dialogs.asked.isEmpty());
    CHECK(s.column(Column::Number).size() == before + 1);
}
