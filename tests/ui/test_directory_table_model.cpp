#include "directory/DirectoryFilterModel.h"
#include "directory/DirectoryTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBrush>

using namespace passerelle;

namespace {
struct Row
{
    Uuid id;
    bool archived = false;
    QString name;
    int count = 0;
};

// The smallest directory model: a name and a number.
class TwoColumns : public DirectoryTableModel<Row>
{
public:
    TwoColumns() : DirectoryTableModel(2, nullptr) {}

protected:
    QString searchText(const Row &r) const override { return r.name; }
    QVariant display(const Row &r, int column) const override
    {
        return column == 0 ? QVariant(r.name) : QVariant(r.count);
    }
    bool isNumeric(int column) const override { return column == 1; }
};
} // namespace

TEST_CASE("A directory model answers the roles every directory page filters and sorts by")
{
    TwoColumns model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Uuid a = Uuid::createV7();
    const Uuid b = Uuid::createV7();
    model.setRows(
        {{a, false, QStringLiteral("Élodie Ménard"), 3}, {b, true, QStringLiteral("Zoé"), 12}});

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 2);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Élodie Ménard"));
    CHECK(model.index(1, 1).data(DirectoryRole::Sort).toInt() == 12);
    CHECK(model.index(1, 0).data(DirectoryRole::Id).value<Uuid>() == b);
    CHECK_FALSE(model.index(0, 0).data(DirectoryRole::Archived).toBool());
    CHECK(model.index(1, 0).data(DirectoryRole::Archived).toBool());
    // Search text is folded once, when the rows arrive: accents and case ignored.
    CHECK(model.index(0, 0).data(DirectoryRole::Search).toString() ==
          DirectoryFilterModel::fold(QStringLiteral("Élodie Ménard")));
    CHECK_FALSE(model.index(0, 0).data(DirectoryRole::Search).toString().contains(u'É'));
    // Numbers right-aligned, archived rows greyed, the others not.
    CHECK(model.index(0, 1).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK_FALSE(model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
    CHECK(model.index(1, 0).data(Qt::ForegroundRole).canConvert<QBrush>());
    CHECK_FALSE(model.index(0, 0).data(Qt::ForegroundRole).isValid());

    CHECK(model.find(b) == model.rowAt(1));
    CHECK(model.find(Uuid::createV7()) == nullptr);
    CHECK(model.rowAt(2) == nullptr);
    CHECK(model.rowAt(-1) == nullptr);

    model.setRows({});
    CHECK(model.rowCount() == 0);
}
