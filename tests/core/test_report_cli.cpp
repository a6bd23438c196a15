// passerelle-cli report and indicator, run as a separate process on a seed dataset.

#include "test_annual_review_seeds.h"

#include "domain/ActionSheet.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/IndicatorRepository.h"
#include "reports/ActionSheetLookup.h"

#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace passerelle;
using namespace passerelle::test;

namespace {
QStringList withDb(const SeedWorld &w, QStringList args)
{
    return args << QStringLiteral("--db") << w.temp.path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The value of the first cell of the row starting with `label` in table `id`.
QJsonValue cellValue(const QJsonObject &review, const QString &tableId, const QString &label, int column = 1)
{
    for (const QJsonValue &s : review.value(QLatin1String("sections")).toArray())
        for (const QJsonValue &t : s.toObject().value(QLatin1String("tables")).toArray()) {
            if (t.toObject().value(QLatin1String("id")).toString() != tableId)
                continue;
            for (const QJsonValue &r : t.toObject().value(QLatin1String("rows")).toArray()) {
                const QJsonArray cells = r.toArray();
                if (cells[0].toObject().value(QLatin1String("value")).toString().startsWith(label))
                    return cells[column].toObject().value(QLatin1String("value"));
            }
        }
    return {};
}

Uuid indicatorNamed(SeedWorld &w, const Uuid &sheet, const QString &label)
{
    for (const Indicator &i : IndicatorRepository(w.db(), w.clock).list(sheet))
        if (i.label.startsWith(label))
            return i.id;
    return {};
}
} // namespace

TEST_CASE("report writes JSON and CSV, by sheet number or id, to a file or the terminal")
{
    SeedWorld w;
    const QString json = w.temp.dir.filePath(QStringLiteral("bilan.json"));
    QString out, err;
    REQUIRE(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("EMP-1"),
                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--out"), json}),
                   &out, &err) == 0);
    INFO(err.toStdString());
    const QJsonObject review = QJsonDocument::fromJson(readFile(json)).object();
    CHECK(review.value(QLatin1String("title")).toString() == QStringLiteral("Bilan annuel 2024 — EMP-1 Équipe mobile précarité"));
    CHECK(cellValue(review, QStringLiteral("indicators_process"), QStringLiteral("Situations LOGISENS")).toInt() == 17);
    CHECK(cellValue(review, QStringLiteral("indicators_process"), QStringLiteral("Situations hors LOGISENS")).toInt() == 5);
    CHECK(cellValue(review, QStringLiteral("funding"), QStringLiteral("Total")).toDouble() == 140000.0);

    // CSV chosen from the file's suffix, period given by its bounds, sheet by its number.
    const QString csv = w.temp.dir.filePath(QStringLiteral("bilan.csv"));
    REQUIRE(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("3.3.1"),
                              QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                              QStringLiteral("2024-12-31"), QStringLiteral("--out"), csv})) == 0);
    const QByteArray bytes = readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("Heures d'intervention des travailleurs pairs;200,0;"));
    CHECK(bytes.contains("\r\n"));
    CHECK_FALSE(bytes.contains("Dupont"));

    // By id, to the terminal.
    REQUIRE(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), w.mobileSheet.toString(),
                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
                              QStringLiteral("json")}),
                   &out) == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("action_sheet")).toObject()
              .value(QLatin1String("number")).toString() == QLatin1String("EMP-1"));

    // --timing prints the time of each section on the error stream.
    REQUIRE(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("3.3.1"),
                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--timing")}),
                   &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("indicators")));
    CHECK(err.contains(QStringLiteral("interventions")));
    CHECK(err.contains(QStringLiteral(" ms")));
    // The CSV itself goes to the standard output, ';'-separated (its BOM is checked on the file).
    CHECK(out.contains(QStringLiteral(";")));
    CHECK(out.contains(QStringLiteral("Indicateurs")));
}

TEST_CASE("report refuses what it cannot do, and lists only the formats it has")
{
    SeedWorld w;
    QString out, err;
    CHECK(runCli({QStringLiteral("report"), QStringLiteral("--help")}, &out) == 2);
    CHECK(out.contains(QStringLiteral("json (")));
    CHECK(out.contains(QStringLiteral("csv (")));
    CHECK(out.contains(QStringLiteral("xlsx (")));
    CHECK(out.contains(QStringLiteral("pdf (")));
    CHECK_FALSE(out.contains(QStringLiteral("odt")));

    const QString odt = w.temp.dir.filePath(QStringLiteral("bilan.odt"));
    CHECK(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("3.3.1"),
                            QStringLiteral("--out"), odt}),
                 &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("json, csv, xlsx, pdf")));
    CHECK_FALSE(QFile::exists(odt));
    CHECK(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json")}), &out,
                 &err) == 2);
    CHECK(err.contains(QStringLiteral("--action")));
    CHECK(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("9.9.9"),
                            QStringLiteral("--format"), QStringLiteral("json")}),
                 &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("9.9.9")));
    CHECK(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("3.3.1"),
                            QStringLiteral("--from"), QStringLiteral("2024-12-31"), QStringLiteral("--to"),
                            QStringLiteral("2024-01-01"), QStringLiteral("--format"), QStringLiteral("json")}),
                 &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("to")));
}

TEST_CASE("indicator trace lists the situations behind a value; list, define, templates")
{
    SeedWorld w;
    QString out, err;
    const Uuid share = indicatorNamed(w, w.sheet, QStringLiteral("Nombre de personnes accompagnées / personnes identifiées"));
    REQUIRE_FALSE(share.isNull());
    REQUIRE(runCli(withDb(w, {QStringLiteral("indicator"), QStringLiteral("trace"), QStringLiteral("--indicator"),
                              share.toString(), QStringLiteral("--year"), QStringLiteral("2024"),
                              QStringLiteral("--part"), QStringLiteral("numerator")}),
                   &out, &err) == 0);
    INFO(out.toStdString() << err.toStdString());
    CHECK(out.contains(QStringLiteral("Valeur : 17 / 20 (85,0 %)")));
    CHECK(out.contains(QStringLiteral("Numérateur : 17 — 17 enregistrement")));
    for (const Uuid &c : w.pairAidanceCases)
        CHECK(out.contains(w.numberOf(c)));
    CHECK_FALSE(out.contains(QStringLiteral("Dénominateur")));
    CHECK_FALSE(out.contains(QStringLiteral("Dupont")));

    REQUIRE(runCli(withDb(w, {QStringLiteral("indicator"), QStringLiteral("list"), QStringLiteral("--action"),
                              QStringLiteral("EMP-1"), QStringLiteral("--year"), QStringLiteral("2024")}),
                   &out) == 0);
    CHECK(out.contains(QStringLiteral("Situations LOGISENS (file active en fin de période)\n    → 17")));

    // A manual indicator has nothing to trace.
    const Uuid manual = indicatorNamed(w, w.sheet, QStringLiteral("Besoins exprimés par les professionnels"));
    CHECK(runCli(withDb(w, {QStringLiteral("indicator"), QStringLiteral("trace"), QStringLiteral("--indicator"),
                            manual.toString(), QStringLiteral("--year"), QStringLiteral("2024")}),
                 &out, &err) == 1);

    // define: refused with the field named, then accepted.
    const QString file = w.temp.dir.filePath(QStringLiteral("definition.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"type": "count", "measure": "interviews"})");
    f.close();
    CHECK(runCli(withDb(w, {QStringLiteral("indicator"), QStringLiteral("define"), QStringLiteral("--indicator"),
                            manual.toString(), QStringLiteral("--json"), file}),
                 &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("definition.measure")));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"type": "count", "measure": "interventions", "filters": {"status": ["done"]}})");
    f.close();
    CHECK(runCli(withDb(w, {QStringLiteral("indicator"), QStringLiteral("define"), QStringLiteral("--indicator"),
                            manual.toString(), QStringLiteral("--json"), file}),
                 &out, &err) == 0);
    CHECK(w.engine.compute(*IndicatorRepository(w.db()).find(manual), year2024()).value == 160.0);

    CHECK(runCli({QStringLiteral("indicator"), QStringLiteral("templates")}, &out) == 0);
    CHECK(out.contains(QStringLiteral("pair-aidance")));
    CHECK(out.contains(QStringLiteral("mobile-team")));
    CHECK(runCli({QStringLiteral("indicator"), QStringLiteral("frobnicate")}, &out, &err) == 2);
}

TEST_CASE("A sheet number is resolved by the period when sheets are chained year to year")
{
    SeedWorld w;
    ActionSheet previous;
    previous.programmeId = w.programme;
    previous.number = QStringLiteral("3.3.1");
    previous.title = QStringLiteral("Pair-aidance, phase de consolidation");
    previous.startYear = 2018;
    previous.endYear = 2020;
    const Uuid old = ActionSheetRepository(w.db(), w.clock).create(previous);
    CHECK(ActionSheetLookup::resolve(w.db(), QStringLiteral("3.3.1"), year2024()) == w.sheet);
    CHECK(ActionSheetLookup::resolve(w.db(), QStringLiteral("3.3.1"), ReportingPeriod::calendarYear(2019)) == old);
    try {
        ActionSheetLookup::resolve(w.db(), QStringLiteral("3.3.1"), {QDate(2019, 1, 1), QDate(2024, 12, 31)});
        FAIL("ambiguous number accepted");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QLatin1String("action"));
        CHECK(e.message().contains(old.toString()));
        CHECK(e.message().contains(w.sheet.toString()));
    }
    CHECK(ActionSheetLookup::resolve(w.db(), old.toString(), year2024()) == old);
}
