#include "charts/BarChart.h"
#include "charts/ChartData.h"
#include "charts/ColumnChart.h"
#include "reports/PdfBarChart.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPixmap>

using namespace passerelle;

namespace {
ChartData twoSeries()
{
    ChartData d;
    d.title = QStringLiteral("Interventions posées et effectives par canal");
    d.categories = {QStringLiteral("Téléphone"), QStringLiteral("Face à face"), QStringLiteral("Visio")};
    d.series = {{QStringLiteral("Posées"), {40.0, 20.0, 0.0}, {QStringLiteral("40"), QStringLiteral("20"), QStringLiteral("0")}},
                {QStringLiteral("Effectives"), {30.0, std::nullopt, 10.0}, {QStringLiteral("30"), QString(), QStringLiteral("10")}}};
    return d;
}

// True when the image has at least two colours: something was painted on the background.
bool isPainted(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    int different = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixel(x, y) != first)
                ++different;
    return different > 200;
}
} // namespace

TEST_CASE("Bar chart lengths are proportional to the figures, missing figures draw no bar")
{
    BarChart chart;
    chart.setData(twoSeries());
    chart.resize(600, chart.sizeHint().height());
    const QList<BarChart::Bar> bars = chart.bars();
    REQUIRE(bars.size() == 5); // six figures, one missing
    const double room = chart.barRoom();
    REQUIRE(room > 100);
    auto bar = [&](int category, int series) {
        for (const BarChart::Bar &b : bars)
            if (b.category == category && b.series == series)
                return b;
        FAIL("no bar");
        return BarChart::Bar{};
    };
    // 40 is the largest figure: it fills the room; 20 is half of it, 30 three quarters.
    CHECK(bar(0, 0).rect.width() == Approx(room));
    CHECK(bar(1, 0).rect.width() == Approx(room / 2));
    CHECK(bar(0, 1).rect.width() == Approx(room * 0.75));
    CHECK(bar(2, 1).rect.width() == Approx(room / 4));
    CHECK(bar(2, 0).rect.width() == 0); // zero: nothing beside the axis, the figure still written
    CHECK(bar(2, 0).text == QStringLiteral("0"));
    for (const BarChart::Bar &b : bars)
        CHECK(b.rect.left() == Approx(chart.axisX()));
    // Grouped bars of one category do not overlap, and categories go down in order.
    CHECK(bar(0, 1).rect.top() >= bar(0, 0).rect.bottom());
    CHECK(bar(1, 0).rect.top() > bar(0, 1).rect.bottom());
    // Everything fits in the widget.
    for (const BarChart::Bar &b : bars)
        CHECK(b.rect.bottom() <= chart.height());
    CHECK(chart.accessibleDescription().contains(QStringLiteral("Face à face : Posées 20, Effectives sans valeur")));
}

TEST_CASE("Bar chart of percentages is drawn against 100 %")
{
    PdfBarChart pdf;
    pdf.title = QStringLiteral("Part des situations en progrès");
    pdf.categories = {QStringLiteral("Logement"), QStringLiteral("Liens sociaux")};
    pdf.series = {{QStringLiteral("Personne"), {ReviewCell::ofPercent(0.5), ReviewCell::ofPercent(0.25)}},
                  {QStringLiteral("Équipe"), {ReviewCell::ofPercent(0.75), ReviewCell::empty()}}};
    const ChartData data = ChartData::fromBarChart(pdf);
    CHECK(data.percent);
    CHECK(data.scaleMax() == 1.0);
    CHECK(data.series[0].texts[0] == ReviewCell::ofPercent(0.5).displayText());
    CHECK_FALSE(data.series[1].values[1].has_value());
    BarChart chart;
    chart.setData(data);
    chart.resize(500, chart.sizeHint().height());
    const QList<BarChart::Bar> bars = chart.bars();
    REQUIRE(bars.size() == 3);
    CHECK(bars[0].rect.width() == Approx(chart.barRoom() * 0.5));
    CHECK(bars[1].rect.width() == Approx(chart.barRoom() * 0.75));
    CHECK(bars[2].rect.width() == Approx(chart.barRoom() * 0.25));
}

TEST_CASE("Charts without data or with only zeros paint their message and no bar")
{
    BarChart empty;
    empty.setData({});
    empty.resize(400, 120);
    CHECK(empty.bars().isEmpty());
    CHECK(isPainted(empty.grab().toImage())); // the "no data" line

    ChartData zeros = twoSeries();
    for (ChartData::Series &s : zeros.series)
        for (auto &v : s.values)
            if (v)
                v = 0.0;
    CHECK(zeros.isEmpty());
    BarChart chart;
    chart.setData(zeros);
    chart.resize(500, chart.sizeHint().height());
    for (const BarChart::Bar &b : chart.bars())
        CHECK(b.rect.width() == 0);

    ColumnChart columns;
    columns.setData(zeros);
    columns.resize(500, 260);
    for (const ColumnChart::Column &c : columns.columns())
        CHECK(c.rect.height() == 0);
    CHECK(columns.axisMax() > 0); // no division by zero on an empty scale
}

TEST_CASE("Column chart heights are proportional against a round scale")
{
    ReviewTable table;
    table.columns = {{QStringLiteral("Mois"), ReviewCell::Type::Text},
                     {QStringLiteral("Posées"), ReviewCell::Type::Integer},
                     {QStringLiteral("Effectives"), ReviewCell::Type::Integer}};
    const int planned[] = {12, 7, 0};
    const int done[] = {9, 7, 0};
    const char *months[] = {"Janvier 2025", "Février 2025", "Mars 2025"};
    for (int i = 0; i < 3; ++i)
        table.rows.append({ReviewCell::ofText(QString::fromUtf8(months[i])), ReviewCell::ofInteger(planned[i]),
                           ReviewCell::ofInteger(done[i])});
    table.rows.append({ReviewCell::ofText(QStringLiteral("Total")), ReviewCell::ofInteger(19), ReviewCell::ofInteger(16)});
    const ChartData data = ChartData::fromColumns(table, {1, 2}, QStringLiteral("Interventions"));
    REQUIRE(data.categories.size() == 3); // the total is not a month
    CHECK(data.series.size() == 2);

    ColumnChart chart;
    chart.setData(data);
    chart.resize(640, 300);
    CHECK(chart.shortLabels() == QStringList{QStringLiteral("Janvier"), QStringLiteral("Février"), QStringLiteral("Mars")});
    // 12 at most: steps of 5 up to 15.
    CHECK(chart.gridStep() == 5);
    CHECK(chart.axisMax() == 15);
    const QRectF area = chart.plotArea();
    const QList<ColumnChart::Column> columns = chart.columns();
    REQUIRE(columns.size() == 6);
    CHECK(columns[0].rect.height() == Approx(area.height() * 12 / 15));
    CHECK(columns[1].rect.height() == Approx(area.height() * 9 / 15));
    CHECK(columns[2].rect.height() == Approx(columns[3].rect.height()));
    CHECK(columns[4].rect.height() == 0);
    for (const ColumnChart::Column &c : columns) {
        CHECK(c.rect.bottom() == Approx(area.bottom()));
        CHECK(area.contains(c.rect.topLeft()));
    }
    CHECK(columns[1].rect.left() > columns[0].rect.right()); // side by side
    CHECK(columns[2].rect.left() > columns[1].rect.right());
}

TEST_CASE("Charts grab to a painted image")
{
    BarChart bars;
    bars.setData(twoSeries());
    bars.resize(520, bars.sizeHint().height());
    const QImage image = bars.grab().toImage();
    REQUIRE_FALSE(image.isNull());
    CHECK(isPainted(image));
    // The bar colour of the first series is there.
    bool blue = false;
    for (int y = 0; y < image.height() && !blue; ++y)
        for (int x = 0; x < image.width() && !blue; ++x)
            blue = image.pixelColor(x, y) == QColor(0x1f, 0x5f, 0x99);
    CHECK(blue);

    ColumnChart columns;
    ChartData d = twoSeries();
    columns.setData(d);
    columns.resize(520, 260);
    CHECK(isPainted(columns.grab().toImage()));
}
