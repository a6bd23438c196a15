// The annual review on datasets built to match the seeds: the report shows exactly the
// figures of the source documents.

#include "test_annual_review_seeds.h"

#include "reports/AnnualReviewBuilder.h"
#include "reports/CsvReviewWriter.h"
#include "reports/Dashboard.h"
#include "reports/JsonReviewWriter.h"
#include "reports/ReviewSectionRepository.h"
#include "reports/ReviewWriters.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace passerelle;
using namespace passerelle::test;

namespace {
// The row of `table` whose first cell starts with `label`.
const QList<ReviewCell> &row(const ReviewTable &table, const QString &label)
{
    for (const QList<ReviewCell> &r : table.rows)
        if (r.first().text.startsWith(label))
            return r;
    FAIL("no row " << label.toStdString() << " in " << table.id.toStdString());
    static const QList<ReviewCell> none;
    return none;
}

const ReviewTable &table(const AnnualReview &review, const char *id)
{
    const ReviewTable *t = review.table(QString::fromLatin1(id));
    if (!t)
        FAIL("no table " << id);
    return *t;
}

double number(const ReviewCell &c)
{
    switch (c.type) {
    case ReviewCell::Type::Integer:
        return double(c.integer);
    case ReviewCell::Type::Decimal:
    case ReviewCell::Type::Percent:
        return c.number;
    default:
        return -1;
    }
}

void checkNoName(const QByteArray &bytes)
{
    for (const char *name : {"Dupont", "Martin", "Bernard", "Jeanne", "Contact-Secret", "Note confidentielle",
                             "Intervenant "}) {
        INFO(name);
        CHECK_FALSE(bytes.contains(name));
    }
}
} // namespace

TEST_CASE("Seed 001: the mobile team's review shows 17 LOGISENS + 5 other situations, 30 people, 140 000 €")
{
    SeedWorld w;
    AnnualReviewBuilder builder(w.db(), w.clock);
    const AnnualReview review = builder.build(w.mobileSheet, year2024());
    CHECK(review.title == QStringLiteral("Bilan annuel 2024 — EMP-1 Équipe mobile précarité"));
    CHECK(review.previousPeriod == ReportingPeriod::calendarYear(2023));

    const ReviewTable &process = table(review, "indicators_process");
    CHECK(number(row(process, QStringLiteral("Situations LOGISENS (file active"))[1]) == 17);
    CHECK(number(row(process, QStringLiteral("Situations hors LOGISENS"))[1]) == 5);
    CHECK(number(row(process, QStringLiteral("Nombre de personnes concernées"))[1]) == 30);
    CHECK(number(row(process, QStringLiteral("File active en fin de période"))[1]) == 22);
    const ReviewCell &fte = row(process, QStringLiteral("Équivalents temps plein"))[1];
    CHECK(fte.type == ReviewCell::Type::Decimal);
    CHECK(fte.number == Approx(1.70));
    // Nothing in 2023: the previous year's column says so.
    CHECK(number(row(process, QStringLiteral("Situations LOGISENS (file active"))[3]) == 0);

    const ReviewTable &caseload = table(review, "caseload");
    CHECK(number(row(caseload, QStringLiteral("File active en fin de période"))[1]) == 22);
    CHECK(number(row(caseload, QStringLiteral("Situations clôturées"))[1]) == 1);
    CHECK(number(row(caseload, QStringLiteral("Personnes concernées"))[1]) == 30);
    const ReviewTable &landlords = table(review, "cases_by_landlord");
    CHECK(number(row(landlords, QStringLiteral("LOGISENS"))[1]) == 18); // 17 at the end + 1 closed
    CHECK(number(row(landlords, QStringLiteral("Cantal Habitat"))[1]) == 3);
    CHECK(number(row(landlords, QStringLiteral("Non renseigné"))[1]) == 2);

    const ReviewTable &funding = table(review, "funding");
    CHECK(funding.rows.size() == 5);
    CHECK(funding.rows[0][0].text == QStringLiteral("État"));
    CHECK(funding.rows[0][1].number == 70000);
    CHECK(number(row(funding, QStringLiteral("LOGISENS"))[1]) == 40000);
    CHECK(number(row(funding, QStringLiteral("ARS"))[1]) == 20000);
    CHECK(number(row(funding, QStringLiteral("Conseil départemental"))[1]) == 10000);
    CHECK(number(row(funding, QStringLiteral("Total"))[1]) == 140000);
    CHECK(number(row(funding, QStringLiteral("Total"))[2]) == 0);

    const ReviewTable &hours = table(review, "hours_by_role");
    CHECK(number(row(hours, QStringLiteral("Total"))[2]) == Approx(1.70));
    CHECK(number(row(hours, QStringLiteral("Total"))[1]) == 5);
    CHECK(number(row(hours, QStringLiteral("Total"))[3]) == Approx(22.0));

    // The CSV a funder opens in a French spreadsheet.
    const QByteArray csv = CsvReviewWriter::toCsv(review);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("Situations LOGISENS (file active en fin de période);17;"));
    CHECK(csv.contains("Situations hors LOGISENS (file active en fin de période);5;"));
    CHECK(csv.contains("Nombre de personnes concernées par l'expérimentation;30;"));
    CHECK(csv.contains("État;70000,00;0,00\r\n"));
    CHECK(csv.contains("Total;140000,00;0,00\r\n"));
    checkNoName(csv);
}

TEST_CASE("Seed 000: the pair-aidance review shows 17 situations, 200 peer-worker hours, 20 partners")
{
    SeedWorld w;
    AnnualReviewBuilder builder(w.db(), w.clock);
    ReviewSectionRepository texts(w.db(), w.clock);
    texts.save({w.sheet, year2024(), ReviewTextKind::Highlights,
                QStringLiteral("Essaimage sur le Pays de Langres ; deux travailleurs pairs formés."), {}, {}});
    texts.save({w.sheet, year2024(), ReviewTextKind::Outlook, QStringLiteral("=Un tableur ne doit pas calculer ceci"), {}, {}});
    const AnnualReview review = builder.build(w.sheet, year2024());

    const ReviewTable &process = table(review, "indicators_process");
    const QList<ReviewCell> &hours = row(process, QStringLiteral("Heures d'intervention des travailleurs pairs"));
    CHECK(hours[1].type == ReviewCell::Type::Decimal);
    CHECK(hours[1].number == Approx(200.0));
    CHECK(hours[1].displayText() == QStringLiteral("200,0"));
    const QList<ReviewCell> &share = row(process, QStringLiteral("Nombre de personnes accompagnées / personnes identifiées"));
    CHECK(share[1].type == ReviewCell::Type::Percent);
    CHECK(share[1].number == Approx(0.85));
    CHECK(share[2].text == QStringLiteral("17 / 20"));
    CHECK(share[3].type == ReviewCell::Type::Empty); // nothing in 2023: no ratio over zero
    CHECK(number(row(process, QStringLiteral("Nombre de partenaires mobilisés autour de la situation des personnes "
                                             "accompagnées, pour l'ensemble"))[1]) == 20);
    CHECK(number(row(process, QStringLiteral("Nombre de partenaires mobilisés autour de la situation des personnes "
                                             "accompagnées, par situation"))[1]) == Approx(2.0));
    CHECK(number(row(process, QStringLiteral("Nombre de travailleurs pairs intervenant"))[1]) == 2);
    CHECK(number(row(process, QStringLiteral("Nombre de travailleurs pairs formés"))[1]) == 2);
    CHECK(row(process, QStringLiteral("Nombre de réunions d'informations réalisées / prévues"))[2].text ==
          QStringLiteral("1 / 2"));
    CHECK(number(row(process, QStringLiteral("Nombre de participants aux réunions d'information"))[1]) == 19);
    // Entered by hand and not entered: an empty value that says so.
    const QList<ReviewCell> &needs = row(process, QStringLiteral("Besoins exprimés par les professionnels"));
    CHECK(needs[1].type == ReviewCell::Type::Empty);
    CHECK(needs[2].text == QStringLiteral("non renseigné"));
    // Breakdown indicators bring their typology table.
    const ReviewTable *problems = nullptr;
    for (const ReviewTable &t : review.section(u"indicators")->tables)
        if (t.title.startsWith(QStringLiteral("Typologie des problématiques rencontrées par les personnes")))
            problems = &t;
    REQUIRE(problems);
    CHECK(number(row(*problems, QStringLiteral("Isolement"))[1]) == 8);
    // Impact: the person's view and the team's on two rows.
    const ReviewTable &impact = table(review, "indicators_impact");
    CHECK(impact.rows.size() == 8);
    CHECK(impact.rows[0][0].text.endsWith(QStringLiteral("— déclaré par la personne")));
    CHECK(impact.rows[1][0].text.endsWith(QStringLiteral("— observé par l'équipe")));

    const ReviewTable &roles = table(review, "hours_by_role");
    CHECK(number(row(roles, QStringLiteral("Travailleur pair"))[3]) == Approx(200.0));
    CHECK(number(row(roles, QStringLiteral("Total"))[3]) == Approx(400.0));
    CHECK(number(row(roles, QStringLiteral("Durée des interventions"))[3]) == Approx(200.0));

    const ReviewTable &channels = table(review, "interventions_by_channel");
    const QList<ReviewCell> &total = row(channels, QStringLiteral("Total"));
    CHECK(number(total[1]) == 190);
    CHECK(number(total[2]) == 160);
    CHECK(number(total[3]) == 10);
    CHECK(number(total[4]) == 0);
    CHECK(number(total[5]) == 20);
    CHECK(total[6].number == Approx(160.0 / 190.0));
    CHECK(number(row(channels, QStringLiteral("Visite à domicile"))[2]) == 100);
    CHECK(number(row(channels, QStringLiteral("Téléphone"))[2]) == 60);

    const ReviewTable &partners = table(review, "partners");
    CHECK(number(partners.rows[0][1]) == 20);
    CHECK(number(partners.rows[1][1]) == 34);
    const ReviewTable &byType = table(review, "partners_by_type");
    CHECK(number(row(byType, QStringLiteral("Médecin"))[1]) == 4);

    const ReviewTable &funding = table(review, "funding");
    CHECK(number(row(funding, QStringLiteral("Total"))[1]) == 140000);
    CHECK(number(funding.rows[0][1]) == 70000);

    CHECK(review.section(u"highlights")->text.startsWith(QStringLiteral("Essaimage")));
    CHECK(review.section(u"limits")->text.isEmpty());

    // Every counted cell of the review can be traced back: re-running its definition gives
    // the same figure.
    IndicatorEngine engine(w.db());
    int traced = 0;
    for (const ReviewSection &s : review.sections)
        for (const ReviewTable &t : s.tables)
            for (const QList<ReviewCell> &r : t.rows)
                for (const ReviewCell &c : r) {
                    if (c.trace.isNull())
                        continue;
                    const IndicatorDefinition d = IndicatorDefinition::fromJson(c.trace.definition.toUtf8());
                    TraceSelection selection;
                    if (c.trace.hasCategory)
                        selection.category = c.trace.category;
                    selection.source = c.trace.source;
                    if (d.type == IndicatorDefinition::Type::Ratio || c.type == ReviewCell::Type::Percent)
                        continue; // a share is traced by its two parts
                    double sum = 0;
                    for (const IndicatorTrace &trace : engine.trace(d, {w.programme}, c.trace.period, selection))
                        sum += trace.value;
                    INFO(t.id.toStdString() << " " << r.first().text.toStdString());
                    CHECK(sum == Approx(number(c)).margin(0.05));
                    ++traced;
                }
    CHECK(traced > 100);

    const QByteArray csv = CsvReviewWriter::toCsv(review);
    CHECK(csv.contains("Heures d'intervention des travailleurs pairs;200,0;"));
    CHECK(csv.contains(";85,0 %;17 / 20;"));
    CHECK(csv.contains("\"'=Un tableur ne doit pas calculer ceci\"") == false);
    CHECK(csv.contains("'=Un tableur ne doit pas calculer ceci"));
    checkNoName(csv);
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    ReviewWriters::forFormat(QStringLiteral("json"))->write(review, json);
    checkNoName(json.data());
}

TEST_CASE("The review's JSON is a plain walk of sections, tables and typed cells")
{
    SeedWorld w;
    const AnnualReview review = AnnualReviewBuilder(w.db(), w.clock).build(w.mobileSheet, year2024());
    const QJsonObject root = JsonReviewWriter::toJson(review);
    CHECK(root.value(QLatin1String("format")).toString() == QLatin1String("passerelle-annual-review"));
    CHECK(root.value(QLatin1String("period")).toObject().value(QLatin1String("start")).toString() ==
          QLatin1String("2024-01-01"));
    QStringList ids;
    for (const QJsonValue &s : root.value(QLatin1String("sections")).toArray())
        ids.append(s.toObject().value(QLatin1String("id")).toString());
    CHECK(ids == QStringList{QStringLiteral("indicators"), QStringLiteral("caseload"), QStringLiteral("hours"),
                             QStringLiteral("interventions"), QStringLiteral("partners"), QStringLiteral("sessions"),
                             QStringLiteral("assessments"), QStringLiteral("funding"), QStringLiteral("highlights"),
                             QStringLiteral("limits"), QStringLiteral("outlook")});
    // Find the funding total through the generic structure only.
    for (const QJsonValue &s : root.value(QLatin1String("sections")).toArray())
        for (const QJsonValue &t : s.toObject().value(QLatin1String("tables")).toArray()) {
            if (t.toObject().value(QLatin1String("id")).toString() != QLatin1String("funding"))
                continue;
            const QJsonArray rows = t.toObject().value(QLatin1String("rows")).toArray();
            const QJsonArray last = rows.last().toArray();
            CHECK(last[0].toObject().value(QLatin1String("value")).toString() == QLatin1String("Total"));
            CHECK(last[1].toObject().value(QLatin1String("type")).toString() == QLatin1String("decimal"));
            CHECK(last[1].toObject().value(QLatin1String("value")).toDouble() == 140000.0);
        }
    // Counted cells carry the definition that lists their records.
    const QJsonArray caseload = root.value(QLatin1String("sections")).toArray()[1].toObject()
                                    .value(QLatin1String("tables")).toArray()[0].toObject()
                                    .value(QLatin1String("rows")).toArray();
    const QJsonObject cell = caseload[0].toArray()[1].toObject();
    CHECK(cell.value(QLatin1String("type")).toString() == QLatin1String("integer"));
    CHECK(cell.value(QLatin1String("trace")).toObject().value(QLatin1String("definition")).toObject()
              .value(QLatin1String("measure")).toString() == QLatin1String("cases"));

    CHECK(ReviewWriters::formats()
          == QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")});
    CHECK(ReviewWriters::forFormat(QStringLiteral("odt")) == nullptr);
    CHECK(ReviewWriters::forFormat(QStringLiteral("CSV")) != nullptr);
}

TEST_CASE("Free-text sections are saved per sheet and period, and emptying them keeps the row")
{
    SeedWorld w;
    ReviewSectionRepository texts(w.db(), w.clock);
    texts.save({w.sheet, year2024(), ReviewTextKind::Limits, QStringLiteral("  Peu de relais en zone rurale.  "), {}, {}});
    const auto saved = texts.find(w.sheet, year2024(), ReviewTextKind::Limits);
    REQUIRE(saved);
    CHECK(saved->text == QStringLiteral("Peu de relais en zone rurale."));
    CHECK(saved->createdAt == w.clock.now());
    w.clock.advanceMs(60'000);
    texts.save({w.sheet, year2024(), ReviewTextKind::Limits, QString(), {}, {}});
    const auto emptied = texts.find(w.sheet, year2024(), ReviewTextKind::Limits);
    REQUIRE(emptied);
    CHECK(emptied->text.isEmpty());
    CHECK(emptied->createdAt == saved->createdAt);
    CHECK(emptied->updatedAt > saved->updatedAt);
    CHECK_FALSE(texts.find(w.sheet, ReportingPeriod::calendarYear(2023), ReviewTextKind::Limits));
    CHECK(texts.list(w.sheet, year2024()).size() == 1);

    const QByteArray before = contentHash(w.db());
    try {
        texts.save({Uuid::createV7(), year2024(), ReviewTextKind::Outlook, QStringLiteral("x"), {}, {}});
        FAIL("accepted");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QLatin1String("action_sheet_id"));
    }
    try {
        texts.save({w.sheet, {QDate(2024, 12, 31), QDate(2024, 1, 1)}, ReviewTextKind::Outlook, QStringLiteral("x"), {}, {}});
        FAIL("accepted");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QLatin1String("period_end"));
    }
    CHECK(contentHash(w.db()) == before);
}

TEST_CASE("Dashboard: month by month activity of a programme")
{
    SeedWorld w;
    const ReviewTable t = Dashboard::build(w.db(), w.programme, 2024);
    REQUIRE(t.rows.size() == 13);
    CHECK(t.rows[0][0].text == QStringLiteral("Janvier 2024"));
    CHECK(t.rows[12][0].text == QStringLiteral("Total"));
    const auto column = [&](const QString &title) {
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            if (t.columns[i].title == title)
                return i;
        FAIL("no column " << title.toStdString());
        return qsizetype(-1);
    };
    const qsizetype identified = column(QStringLiteral("Situations identifiées"));
    const qsizetype effective = column(QStringLiteral("Interventions effectives"));
    const qsizetype peerHours = column(QStringLiteral("Heures des travailleurs pairs"));
    const qsizetype caseload = column(QStringLiteral("File active en fin de mois"));
    CHECK(number(t.rows[12][identified]) == 20);
    CHECK(number(t.rows[12][effective]) == 160);
    CHECK(number(t.rows[12][peerHours]) == Approx(200.0));
    double identifiedSum = 0, peerSum = 0;
    for (int m = 0; m < 12; ++m) {
        identifiedSum += number(t.rows[m][identified]);
        peerSum += number(t.rows[m][peerHours]);
    }
    CHECK(identifiedSum == 20);
    CHECK(peerSum == Approx(200.0));
    CHECK(number(t.rows[0][identified]) == 3); // cases 0, 6, 12 identified in January
    CHECK(number(t.rows[11][caseload]) == 20);
    CHECK(t.rows[12][caseload].type == ReviewCell::Type::Empty);
}
