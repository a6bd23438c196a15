#include "MainWindow.h"
#include "cases/CaseListFilterBar.h"
#include "cases/CaseListPage.h"
#include "common/DialogService.h"
#include "support/TestSupport.h"
#include "test_shell_support.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace passerelle;
using namespace passerelle::test;

namespace {

// Eight cases across two programmes, three communes, two landlords, two workers, with
// names to search and never to show.
struct Caseload
{
    explicit Caseload(const Database &db) : w(db)
    {
        pa = w.programme(QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
        emp = w.programme(QStringLiteral("EMP"), QStringLiteral("Équipe mobile précarité"));
        const Uuid ccas = w.partner(QStringLiteral("CCAS de Chaumont"));
        const Uuid cmp = w.partner(QStringLiteral("CMP adultes de Langres"), "cmp");
        hamaris = w.partner(QStringLiteral("Hamaris"), "social_landlord");
        const Uuid logisens = w.partner(QStringLiteral("LOGISENS"), "social_landlord");
        sophie = w.worker(QStringLiteral("PA-TP01"), QStringLiteral("Sophie S."));
        const Uuid franck = w.worker(QStringLiteral("PA-IDE01"), QStringLiteral("Franck M."));

        struct Row
        {
            const char *number;
            Uuid programme;
            const char *status;
            QDate on;
            const char *commune;
            Uuid landlord;
            Uuid partner;
            const char *code;
            const char *first;
            const char *last;
            Uuid worker;
        };
        const Row rows[] = {
            {"PA-2024-0001", pa, "accompanied", {2024, 1, 10}, "Chaumont", hamaris, ccas, "P-AAA1", "Hélène", "Bélugère", sophie},
            {"PA-2024-0002", pa, "closed", {2024, 2, 10}, "Langres", logisens, cmp, "P-BBB2", "Paul", "Marebrune", franck},
            {"PA-2025-0001", pa, "identified", {2025, 1, 5}, "Épinal", hamaris, {}, "P-CCC3", "Lucie", "Falelin", sophie},
            {"PA-2025-0002", pa, "oriented", {2025, 2, 5}, "Chaumont", logisens, ccas, "P-DDD4", "Marc", "Peremont", {}},
            {"EMP-2023-0001", emp, "closed", {2023, 3, 1}, "Aurillac", {}, cmp, "E-EEE5", "Anne", "Belelin", franck},
            {"EMP-2024-0001", emp, "accompanied", {2024, 6, 1}, "Langres", hamaris, {}, "E-FFF6", "Jean", "Bélugère", sophie},
            {"EMP-2025-0001", emp, "oriented", {2025, 3, 1}, "Aurillac", {}, ccas, "E-GGG7", "Inès", "Morelin", {}},
            {"EMP-2025-0002", emp, "identified", {2025, 4, 1}, "Chaumont", logisens, {}, "E-HHH8", "Zoé", "Sauillard", franck},
        };
        for (const Row &r : rows) {
            CaseWriter::Case c;
            c.number = QString::fromLatin1(r.number);
            c.programme = r.programme;
            c.status = QString::fromLatin1(r.status);
            c.identifiedOn = r.on;
            c.household = w.household(QString::fromUtf8(r.commune), r.landlord);
            c.partner = r.partner;
            c.closedOn = r.on.addMonths(6);
            const Uuid id = w.addCase(c);
            w.link(id, w.person(QString::fromLatin1(r.code), QString::fromUtf8(r.first), QString::fromUtf8(r.last)));
            if (!r.worker.isNull())
                w.assign(id, r.worker, r.on);
        }
    }

    CaseWriter w;
    Uuid pa, emp, hamaris, sophie;
};

struct Window
{
    explicit Window(const Database &db) : window(db, s.settings, dialogs)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(settled(model()));
    }

    CaseListModel &model() { return window.caseList()->model(); }
    CaseListFilterBar *bar() { return window.caseList()->filterBar(); }
    QLineEdit *search() { return bar()->searchField(); }
    QString countText() { return bar()->countLabel()->text(); }
    template<typename W>
    W *child(const char *name)
    {
        auto *found = window.findChild<W *>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
    QStringList numbers() { return column(model(), CaseListModel::Column::Number); }
    // Waits until the list shows what the bar asks (the search starts at the next turn of
    // the event loop, and is read on another thread).
    void sync()
    {
        REQUIRE(QTest::qWaitFor([this] { return model().filter() == bar()->filter(); }));
        REQUIRE(settled(model()));
    }
    // Types as a person does, key by key, and waits for the list.
    void type(const QString &text)
    {
        typeText(search(), text);
        sync();
    }
    void choose(const char *comboName, const QString &text)
    {
        auto *combo = child<QComboBox>(comboName);
        const int index = combo->findText(text, Qt::MatchStartsWith);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        sync();
    }

    TempSettings s;
    ScriptedDialogService dialogs;
    MainWindow window;
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("Search as you type: by name, code, number, commune or partner, accents ignored")
{
    TempDatabase t;
    Caseload data(*t.db);
    Window ui(*t.db);
    CHECK(ui.model().rowCount() == 8);
    CHECK(ui.countText() == QStringLiteral("8 situations"));
    QTest::keyClick(&ui.window, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == ui.search());

    // Each key narrows the list: "b" then "be", "bel", "belu" (Bélugère, typed without accents).
    QSignalSpy loaded(&ui.model(), &CaseListModel::listingLoaded);
    ui.type(QStringLiteral("belu"));
    CHECK(sorted(ui.numbers()) == QStringList{QStringLiteral("EMP-2024-0001"), QStringLiteral("PA-2024-0001")});
    CHECK(ui.countText() == QStringLiteral("2 situations sur 8"));
    CHECK(loaded.size() >= 1);
    // The list shows codes, never the names it was found by.
    for (int r = 0; r < ui.model().rowCount(); ++r)
        for (int c = 0; c < ui.model().columnCount(); ++c)
            CHECK_FALSE(ui.model().index(r, c).data().toString().contains(QStringLiteral("lugère")));

    // A second word narrows further: the first name.
    ui.type(QStringLiteral(" HEL"));
    CHECK(ui.numbers() == QStringList{QStringLiteral("PA-2024-0001")});
    CHECK(ui.countText() == QStringLiteral("1 situation sur 8"));

    // Escape empties the field: every case again.
    QTest::keyClick(ui.search(), Qt::Key_Escape);
    ui.sync();
    CHECK(ui.search()->text().isEmpty());
    CHECK(ui.model().rowCount() == 8);

    struct Expectation
    {
        const char *typed;
        QStringList numbers;
    };
    const Expectation expectations[] = {
        {"PA-2025-000", {QStringLiteral("PA-2025-0001"), QStringLiteral("PA-2025-0002")}}, // number, in parts
        {"2024", {QStringLiteral("EMP-2024-0001"), QStringLiteral("PA-2024-0001"), QStringLiteral("PA-2024-0002")}},
        {"p-ccc", {QStringLiteral("PA-2025-0001")}},                                           // code
        {"epinal", {QStringLiteral("PA-2025-0001")}},                                          // commune, accent
        {"aurillac", {QStringLiteral("EMP-2023-0001"), QStringLiteral("EMP-2025-0001")}},
        {"cmp lang", {QStringLiteral("EMP-2023-0001"), QStringLiteral("PA-2024-0002")}},       // partner, two words
        {"ines", {QStringLiteral("EMP-2025-0001")}},                                           // first name
        {"\"zoé\" OR", {}},                                                                    // operators are text
        {"nobody", {}},
    };
    for (const Expectation &e : expectations) {
        INFO("typed " << e.typed);
        ui.search()->clear();
        ui.sync();
        ui.type(QString::fromUtf8(e.typed));
        CHECK(sorted(ui.numbers()) == e.numbers);
    }
    CHECK(ui.countText() == QStringLiteral("0 situation sur 8"));

    // Only punctuation: no search, every case.
    ui.search()->clear();
    ui.type(QStringLiteral("- '"));
    CHECK(ui.model().rowCount() == 8);
}

TEST_CASE("Filters narrow the list and combine with the search, and Escape clears them all")
{
    TempDatabase t;
    Caseload data(*t.db);
    Window ui(*t.db);

    ui.choose("programmeFilter", QStringLiteral("EMP"));
    CHECK(sorted(ui.numbers()) == QStringList{QStringLiteral("EMP-2023-0001"), QStringLiteral("EMP-2024-0001"),
                                              QStringLiteral("EMP-2025-0001"), QStringLiteral("EMP-2025-0002")});
    CHECK(ui.countText() == QStringLiteral("4 situations sur 8"));

    ui.choose("statusFilter", QStringLiteral("Orientée"));
    CHECK(ui.numbers() == QStringList{QStringLiteral("EMP-2025-0001")});

    ui.child<QComboBox>("programmeFilter")->setCurrentIndex(0);
    ui.sync();
    CHECK(sorted(ui.numbers()) == QStringList{QStringLiteral("EMP-2025-0001"), QStringLiteral("PA-2025-0002")});
    ui.child<QComboBox>("statusFilter")->setCurrentIndex(0);
    ui.sync();

    ui.choose("workerFilter", QStringLiteral("Sophie S."));
    CHECK(sorted(ui.numbers()) == QStringList{QStringLiteral("EMP-2024-0001"), QStringLiteral("PA-2024-0001"),
                                              QStringLiteral("PA-2025-0001")});
    ui.choose("landlordFilter", QStringLiteral("Hamaris"));
    CHECK(ui.numbers().size() == 3); // Sophie's cases all rent from Hamaris
    ui.type(QStringLiteral("langres"));
    CHECK(ui.numbers() == QStringList{QStringLiteral("EMP-2024-0001")});
    CHECK(ui.countText() == QStringLiteral("1 situation sur 8"));

    // Escape anywhere in the bar: every filter back to "all".
    QTest::keyClick(ui.search(), Qt::Key_Escape); // empties the search first
    ui.sync();
    CHECK(ui.numbers().size() == 3);
    QTest::keyClick(ui.search(), Qt::Key_Escape);
    ui.sync();
    CHECK(ui.model().rowCount() == 8);
    CHECK(ui.child<QComboBox>("workerFilter")->currentIndex() == 0);
    CHECK(ui.child<QComboBox>("landlordFilter")->currentIndex() == 0);
    CHECK(ui.countText() == QStringLiteral("8 situations"));

    // Open in 2024: identified before its end, not closed before its start.
    auto *period = ui.child<QCheckBox>("periodFilter");
    auto *from = ui.child<QDateEdit>("periodFrom");
    auto *to = ui.child<QDateEdit>("periodTo");
    CHECK_FALSE(from->isEnabled());
    from->setDate(QDate(2024, 1, 1));
    to->setDate(QDate(2024, 12, 31));
    CHECK(ui.model().rowCount() == 8); // not applied while unchecked
    QTest::keyClick(period, Qt::Key_Space);
    ui.sync();
    CHECK(from->isEnabled());
    // EMP-2023-0001 closed on 2023-09-01; the 2025 cases came after.
    CHECK(sorted(ui.numbers()) == QStringList{QStringLiteral("EMP-2024-0001"), QStringLiteral("PA-2024-0001"),
                                              QStringLiteral("PA-2024-0002")});

    QTest::mouseClick(ui.child<QPushButton>("clearFilters"), Qt::LeftButton);
    ui.sync();
    CHECK_FALSE(period->isChecked());
    CHECK(ui.model().rowCount() == 8);
}

TEST_CASE("Clicking a column header sorts the whole list by it, up then down")
{
    TempDatabase t;
    Caseload data(*t.db);
    Window ui(*t.db);
    QHeaderView *header = ui.window.caseList()->table()->horizontalHeader();
    const auto clickHeader = [&](CaseListModel::Column c) {
        const int section = int(c);
        const QPoint centre(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        ui.sync();
    };
    // Opened newest first.
    CHECK(ui.numbers().first() == QLatin1String("EMP-2025-0002"));
    CHECK(header->sortIndicatorSection() == int(CaseListModel::Column::IdentifiedOn));

    clickHeader(CaseListModel::Column::Commune);
    CHECK(ui.model().order() == CaseListOrder{CaseListOrder::Key::Commune, false});
    // Épinal sorts with the E, not after Langres.
    CHECK(column(ui.model(), CaseListModel::Column::Commune)
          == QStringList{QStringLiteral("Aurillac"), QStringLiteral("Aurillac"), QStringLiteral("Chaumont"),
                         QStringLiteral("Chaumont"), QStringLiteral("Chaumont"), QStringLiteral("Épinal"),
                         QStringLiteral("Langres"), QStringLiteral("Langres")});
    clickHeader(CaseListModel::Column::Commune);
    CHECK(ui.model().order() == CaseListOrder{CaseListOrder::Key::Commune, true});
    CHECK(column(ui.model(), CaseListModel::Column::Commune).first() == QLatin1String("Langres"));

    clickHeader(CaseListModel::Column::Status);
    CHECK(column(ui.model(), CaseListModel::Column::Status)
          == QStringList{QStringLiteral("Identifiée"), QStringLiteral("Identifiée"), QStringLiteral("Orientée"),
                         QStringLiteral("Orientée"), QStringLiteral("Accompagnée"), QStringLiteral("Accompagnée"),
                         QStringLiteral("Clôturée"), QStringLiteral("Clôturée")});

    // The order holds while searching.
    ui.type(QStringLiteral("chaumont"));
    CHECK(column(ui.model(), CaseListModel::Column::Status).first() == QStringLiteral("Identifiée"));
}

TEST_CASE("The keyboard goes from the search to the list, and Enter opens what it found")
{
    TempDatabase t;
    Caseload data(*t.db);
    Window ui(*t.db);
    QSignalSpy opened(&ui.window, &MainWindow::openCaseRequested);
    QTest::keyClick(&ui.window, Qt::Key_F, Qt::ControlModifier);

    ui.type(QStringLiteral("marebrune"));
    REQUIRE(ui.model().rowCount() == 1);
    QTest::keyClick(ui.search(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().value<Uuid>() == ui.model().rowAt(0).id);

    ui.search()->clear();
    ui.sync();
    QTest::keyClick(ui.search(), Qt::Key_Return); // eight found: Enter opens nothing
    CHECK(opened.size() == 1);
    QTest::keyClick(ui.search(), Qt::Key_Down);
    QTableView *table = ui.window.caseList()->table();
    CHECK(QApplication::focusWidget() == table);
    CHECK(table->currentIndex().row() == 0);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 2);
    CHECK(opened.last().first().value<Uuid>() == ui.model().rowAt(1).id);
}
