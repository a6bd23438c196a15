#include "programmes/ProgrammeDialog.h"
#include "programmes/ProgrammeListModel.h"
#include "programmes/ProgrammesPage.h"
#include "repositories/ProgrammeRepository.h"
#include "ui/test_directories_support.h"

#include <QPushButton>

using namespace passerelle;
using namespace passerelle::test;

namespace {
using Screen = DirectoryScreen<ProgrammesPage>;
constexpr int codeColumn = int(ProgrammeListModel::Column::Code);
} // namespace

TEST_CASE("The programmes page lists programmes with their open cases")
{
    Screen s;
    CHECK(s.column(codeColumn) == QStringList{QStringLiteral("EM"), QStringLiteral("PA")});
    CHECK(s.column(int(ProgrammeListModel::Column::Name)) ==
          QStringList{QStringLiteral("Équipe mobile précarité"), QStringLiteral("Pair-aidance Pays de Langres")});
    CHECK(s.column(int(ProgrammeListModel::Column::OpenCases)) == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(s.column(int(ProgrammeListModel::Column::Organisation)).first() == QStringLiteral("UDAF 52"));
    CHECK(s.page.list()->countText() == QStringLiteral("2 dispositifs"));
    typeText(s.page.list()->searchField(), QStringLiteral("equipe"));
    CHECK(s.column(codeColumn) == QStringList{QStringLiteral("EM")});
    CHECK(s.page.list()->countText() == QStringLiteral("1 dispositif sur 2"));
}

TEST_CASE("A programme is created from the keyboard: a taken code and a period backwards are refused")
{
    Screen s;
    bool checked = false;
    onNextDialog<ProgrammeDialog>([&](ProgrammeDialog &d) {
        // Typed in lower case, the code is upper case at once; PA is taken in UDAF 52.
        typeText(child<QLineEdit>(d, "code"), QStringLiteral("pa"));
        CHECK(child<QLineEdit>(d, "code")->text() == QStringLiteral("PA"));
        typeText(child<QLineEdit>(d, "name"), QStringLiteral("Commission appartement"));
        typeText(child<QLineEdit>(d, "start_date"), QStringLiteral("01/01/2026"));
        typeText(child<QLineEdit>(d, "end_date"), QStringLiteral("31/12/2025"));
        saveWithKeys(d);
        CHECK(d.isVisible());
        CHECK_FALSE(messageOf(d, QStringLiteral("code")).isEmpty());
        CHECK_FALSE(messageOf(d, QStringLiteral("end_date")).isEmpty());

        retype(child<QLineEdit>(d, "code"), QStringLiteral("CA"));
        retype(child<QLineEdit>(d, "end_date"), QStringLiteral("31/12/2026"));
        typeText(child<QLineEdit>(d, "territory"), QStringLiteral("Lille-Est"));
        saveWithKeys(d);
        CHECK_FALSE(d.isVisible());
        checked = true;
    });
    QTest::keyClick(s.view(), Qt::Key_Insert);
    REQUIRE(checked);
    const std::optional<Programme> saved = ProgrammeRepository(s.w.db(), s.w.clock).find(s.page.list()->currentId());
    REQUIRE(saved);
    CHECK(saved->code == QStringLiteral("CA"));
    CHECK(saved->name == QStringLiteral("Commission appartement"));
    CHECK(saved->territory == QStringLiteral("Lille-Est"));
    CHECK(saved->startDate == QDate(2026, 1, 1));
    CHECK(saved->endDate == QDate(2026, 12, 31));
    CHECK(saved->organisationId == s.w.organisation);
    CHECK(s.column(codeColumn) == QStringList{QStringLiteral("CA"), QStringLiteral("EM"), QStringLiteral("PA")});
}

TEST_CASE("A programme is archived only after a confirmation")
{
    Screen s;
    s.select(QStringLiteral("EM"));
    s.dialogs.answers = {DialogService::Answer::Yes};
    QTest::keyClick(s.view(), Qt::Key_Delete);
    REQUIRE(s.dialogs.asked.size() == 1);
    CHECK(s.dialogs.asked.first().startsWith(QStringLiteral("question: Archiver le dispositif « Équipe mobile précarité »")));
    CHECK(ProgrammeRepository(s.w.db(), s.w.clock).find(s.w.em)->archivedAt.isValid());
    CHECK(s.column(codeColumn) == QStringList{QStringLiteral("PA")});
}
