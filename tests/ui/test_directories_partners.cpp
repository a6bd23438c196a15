#include "directory/CaseReferenceList.h"
#include "partners/PartnerDialog.h"
#include "partners/PartnerListModel.h"
#include "partners/PartnersPage.h"
#include "repositories/PartnerRepository.h"
#include "ui/test_directories_support.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace passerelle;
using namespace passerelle::test;

namespace {
using Screen = DirectoryScreen<PartnersPage>;
constexpr int nameColumn = int(PartnerListModel::Column::Name);
constexpr int referredColumn = int(PartnerListModel::Column::Referred);
} // namespace

TEST_CASE("The partners page lists partners with their counts, searches as one types, and details the chosen one")
{
    Screen s;
    CHECK(s.column(nameColumn) == QStringList{QStringLiteral("Cabinet médical du Lac"),
                                              QStringLiteral("CMP de Chaumont"), QStringLiteral("Hamaris")});
    CHECK(s.column(referredColumn) == QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0")});
    CHECK(s.column(int(PartnerListModel::Column::Mobilised)) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0")});
    CHECK(s.page.list()->countText() == QStringLiteral("3 partenaires"));

    // The first partner is chosen on opening; its cases are shown by number only.
    CHECK(s.page.referredList()->numbers() == QStringList{QStringLiteral("PA-2026-0001"), QStringLiteral("PA-2026-0002")});
    CHECK(s.page.mobilisedList()->numbers() == QStringList{QStringLiteral("PA-2026-0001")});
    CHECK(s.page.referredList()->item(0)->text() ==
          QStringLiteral("PA-2026-0001 — Accompagnée · orientée le 02/01/2026"));
    CHECK(s.page.mobilisedList()->item(0)->text() ==
          QStringLiteral("PA-2026-0001 — Accompagnée · médecin traitant · depuis le 10/01/2026"));
    CHECK(child<QLabel>(s.page, "referredLabel")->text() == QStringLiteral("&Situations orientées : 2"));
    for (int r = 0; r < s.page.referredList()->count(); ++r)
        CHECK_FALSE(s.page.referredList()->item(r)->text().contains(QStringLiteral("Dupont")));

    // Choosing another partner with the keyboard changes the detail.
    QTest::keyClick(s.view(), Qt::Key_Down);
    CHECK(s.page.referredList()->numbers() == QStringList{QStringLiteral("EM-2026-0001")});
    CHECK(s.page.mobilisedList()->numbers() ==
          QStringList{QStringLiteral("PA-2025-0040"), QStringLiteral("PA-2026-0001")});

    SECTION("search: every word, whatever the case and accents")
    {
        QLineEdit *search = s.page.list()->searchField();
        search->setFocus();
        typeText(search, QStringLiteral("chaumont"));
        CHECK(s.column(nameColumn) == QStringList{QStringLiteral("CMP de Chaumont"), QStringLiteral("Hamaris")});
        CHECK(s.page.list()->countText() == QStringLiteral("2 partenaires sur 3"));
        retype(search, QStringLiteral("MEDICAL lac"));
        CHECK(s.column(nameColumn) == QStringList{QStringLiteral("Cabinet médical du Lac")});
        CHECK(s.page.list()->countText() == QStringLiteral("1 partenaire sur 3"));
        // Down goes from the search field to the list.
        QTest::keyClick(search, Qt::Key_Down);
        CHECK(QApplication::focusWidget() == s.view());
        retype(search, QStringLiteral("introuvable"));
        CHECK(s.page.list()->countText() == QStringLiteral("0 partenaire sur 3"));
    }
    SECTION("sort on a count")
    {
        s.view()->sortByColumn(referredColumn, Qt::AscendingOrder);
        CHECK(s.column(nameColumn).first() == QStringLiteral("Hamaris"));
        s.view()->sortByColumn(referredColumn, Qt::DescendingOrder);
        CHECK(s.column(nameColumn).first() == QStringLiteral("Cabinet médical du Lac"));
    }
    SECTION("Enter on a case number asks to open its file")
    {
        QSignalSpy open(&s.page, &PartnersPage::openCaseRequested);
        s.page.mobilisedList()->setFocus();
        s.page.mobilisedList()->setCurrentRow(1);
        QTest::keyClick(s.page.mobilisedList(), Qt::Key_Return);
        REQUIRE(open.size() == 1);
        CHECK(open.first().first().value<Uuid>() == s.w.case1);
    }
}

TEST_CASE("A partner is created from the keyboard, refused fields are named beside their editors")
{
    Screen s;
    bool checked = false;
    onNextDialog<PartnerDialog>([&](PartnerDialog &d) {
        // Nothing typed: the name and the type are refused, the dialog stays open.
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK_FALSE(messageOf(d, QStringLiteral("name")).isEmpty());
        CHECK_FALSE(messageOf(d, QStringLiteral("partner_type")).isEmpty());
        CHECK(QApplication::focusWidget() == child(d, "name"));

        typeText(child<QLineEdit>(d, "name"), QStringLiteral("GEM Les Amis de Langres"));
        CHECK(choose(child<QComboBox>(d, "partner_type"), QStringLiteral("gem")));
        typeText(child<QLineEdit>(d, "commune"), QStringLiteral("Langres"));
        typeText(child<QLineEdit>(d, "email"), QStringLiteral("pas une adresse"));
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK(messageOf(d, QStringLiteral("name")).isEmpty());
        CHECK(messageOf(d, QStringLiteral("email")) ==
              QStringLiteral("« Courriel » n'est pas une adresse valide."));

        retype(child<QLineEdit>(d, "email"), QStringLiteral("gem.langres@example.org"));
        saveWithKeys(d);
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    QTest::keyClick(s.view(), Qt::Key_Insert);
    REQUIRE(checked);

    REQUIRE(s.page.model().rowCount() == 4);
    const Uuid created = s.page.list()->currentId();
    const std::optional<Partner> saved = PartnerRepository(s.w.db(), s.w.clock).find(created);
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("GEM Les Amis de Langres"));
    CHECK(saved->partnerType == QStringLiteral("gem"));
    CHECK(saved->commune == QStringLiteral("Langres"));
    CHECK(saved->email == QStringLiteral("gem.langres@example.org"));
    CHECK(s.page.list()->countText() == QStringLiteral("4 partenaires"));
}

TEST_CASE("Changing a partner asks before losing edits on Esc")
{
    Screen s;
    s.select(QStringLiteral("Hamaris"));
    const QByteArray before = contentHash(s.w.db());
    s.dialogs.unsavedAnswers = {DialogService::Unsaved::Cancel, DialogService::Unsaved::Discard};
    bool checked = false;
    onNextDialog<PartnerDialog>([&](PartnerDialog &d) {
        CHECK(child<QLineEdit>(d, "name")->text() == QStringLiteral("Hamaris"));
        CHECK_FALSE(d.isModified());
        QLineEdit *name = child<QLineEdit>(d, "name");
        name->setFocus();
        QTest::keyClick(name, Qt::Key_End);
        typeText(name, QStringLiteral(" Habitat"));
        CHECK(d.isModified());
        QTest::keyClick(&d, Qt::Key_Escape); // Cancel: the dialog stays
        CHECK(d.isVisible());
        QTest::keyClick(&d, Qt::Key_Escape); // Discard
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    QTest::keyClick(s.view(), Qt::Key_Return);
    REQUIRE(checked);
    CHECK(s.dialogs.asked == QStringList{QStringLiteral("unsaved: Le partenaire"),
                                         QStringLiteral("unsaved: Le partenaire")});
    CHECK(contentHash(s.w.db()) == before);

    // "Enregistrer" from the question saves.
    s.dialogs.unsavedAnswers = {DialogService::Unsaved::Save};
    checked = false;
    onNextDialog<PartnerDialog>([&](PartnerDialog &d) {
        QLineEdit *phone = child<QLineEdit>(d, "phone");
        phone->setFocus();
        typeText(phone, QStringLiteral("03 25 87 00 00"));
        QTest::keyClick(&d, Qt::Key_Escape);
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    QTest::keyClick(s.view(), Qt::Key_Return);
    REQUIRE(checked);
    CHECK(PartnerRepository(s.w.db(), s.w.clock).find(s.w.landlord)->phone == QStringLiteral("03 25 87 00 00"));
    CHECK(s.cell(s.view()->currentIndex().row(), int(PartnerListModel::Column::Phone)) ==
          QStringLiteral("03 25 87 00 00"));
}

TEST_CASE("A partner is archived after a confirmation, and restored the same way")
{
    Screen s;
    s.select(QStringLiteral("Hamaris"));
    s.dialogs.answers = {DialogService::Answer::No};
    QTest::keyClick(s.view(), Qt::Key_Delete);
    CHECK(s.dialogs.asked.size() == 1);
    CHECK(s.page.model().rowCount() == 3);
    CHECK_FALSE(PartnerRepository(s.w.db(), s.w.clock).find(s.w.landlord)->archivedAt.isValid());

    s.dialogs.answers = {DialogService::Answer::Yes};
    QTest::keyClick(s.view(), Qt::Key_Delete);
    CHECK(PartnerRepository(s.w.db(), s.w.clock).find(s.w.landlord)->archivedAt.isValid());
    CHECK(s.column(nameColumn) == QStringList{QStringLiteral("Cabinet médical du Lac"),
                                              QStringLiteral("CMP de Chaumont")});

    s.page.list()->showArchived()->setFocus();
    QTest::keyClick(s.page.list()->showArchived(), Qt::Key_Space);
    CHECK(s.page.model().rowCount() == 4);
    s.select(QStringLiteral("Hamaris (archivé)"));
    CHECK(child<QPushButton>(s.page, "archive")->text() == QStringLiteral("Resta&urer…"));
    s.dialogs.answers = {DialogService::Answer::Yes};
    s.view()->setFocus();
    QTest::keyClick(s.view(), Qt::Key_Delete);
    CHECK_FALSE(PartnerRepository(s.w.db(), s.w.clock).find(s.w.landlord)->archivedAt.isValid());
    CHECK(s.dialogs.asked.last().startsWith(QStringLiteral("question: Restaurer le partenaire « Hamaris »")));
}
