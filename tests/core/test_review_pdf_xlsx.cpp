// The annual review as XLSX and PDF and the action sheet as PDF, written by the real
// passerelle-cli on the seed datasets, then read back with tools that know nothing of
// Passerelle: unzip (the sheet XML), LibreOffice (the workbook as CSV), pdftotext.

#include "test_annual_review_seeds.h"

#include "domain/ActionSheet.h"
#include "reports/AnnualReviewBuilder.h"
#include "reports/CsvReviewWriter.h"
#include "reports/XlsxSheetNamer.h"
#include "repositories/ActionSheetRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>

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

// Runs a tool; its standard output, or a null array when it failed.
QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    QByteArray out = p.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

QString requireTool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    INFO(name << " is needed (packaging/setup.sh installs it)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

// pdftotext's text with French spaces (narrow and plain no-break) as plain spaces, and
// the ligatures the font draws ("ﬀ", "ﬁ") as their letters.
QString pdfText(const QString &pdf, const QStringList &options = {})
{
    const QByteArray text = run(requireTool("pdftotext"), QStringList(options) << pdf << QStringLiteral("-"));
    REQUIRE_FALSE(text.isNull());
    QString s = QString::fromUtf8(text);
    s.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    s.replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB01), QStringLiteral("fi"));
    s.replace(QChar(0xFB02), QStringLiteral("fl")).replace(QChar(0xFB03), QStringLiteral("ffi"));
    s.replace(QChar(0xFB04), QStringLiteral("ffl"));
    return s;
}

int pdfPages(const QString &pdf)
{
    const QString info = QString::fromUtf8(run(requireTool("pdfinfo"), {pdf}));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The names of people in the seed datasets, and a partner's contact: never in a report.
const QStringList personNames = {QStringLiteral("Dupont"), QStringLiteral("Martin"), QStringLiteral("Bernard"),
                                 QStringLiteral("Contact-Secret")};

// Fields of one CSV line (RFC 4180, ';' and '"'); `quoted` tells which were quoted.
QStringList csvFields(const QString &line, QList<bool> *quoted)
{
    QStringList fields;
    QString field;
    bool inQuotes = false, wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = wasQuoted = true;
        } else if (c == QLatin1Char(';')) {
            fields.append(field);
            quoted->append(wasQuoted);
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    fields.append(field);
    quoted->append(wasQuoted);
    return fields;
}

// A number as shown: its value and how many digits it shows after the decimal point.
struct Shown
{
    double value = 0;
    int decimals = 0;
};

// "70,000.00", "83.2%", "17" as LibreOffice shows them in English.
Shown shownInEnglish(QString text)
{
    const bool percent = text.endsWith(QLatin1Char('%'));
    text.remove(QLatin1Char('%')).remove(QLatin1Char(','));
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const double value = text.toDouble();
    return {percent ? value / 100.0 : value, point < 0 ? 0 : int(text.size() - point - 1)};
}

// The numbers of a LibreOffice CSV export (text cells quoted, numbers as shown), in order.
QList<Shown> numbersOfSheetCsv(const QString &text)
{
    QList<Shown> out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QList<bool> quoted;
        const QStringList fields = csvFields(line.trimmed(), &quoted);
        for (int i = 0; i < fields.size(); ++i)
            if (!quoted[i] && !fields[i].isEmpty())
                out.append(shownInEnglish(fields[i]));
    }
    return out;
}

// What the CSV writer prints for a number ("200,0", "70,6 %", "70000,00"), read back.
Shown csvNumber(const ReviewCell &cell)
{
    QString text = CsvReviewWriter::field(cell);
    const bool percent = text.endsWith(QLatin1Char('%'));
    text.remove(QStringLiteral(" %")).replace(QLatin1Char(','), QLatin1Char('.'));
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const double value = text.toDouble();
    return {percent ? value / 100.0 : value, point < 0 ? 0 : int(text.size() - point - 1)};
}
} // namespace

TEST_CASE("Worksheet names are valid for Excel, unique without regard to case, and at most 31 characters")
{
    XlsxSheetNamer names;
    CHECK(names.take(QStringLiteral("File active")) == QStringLiteral("File active"));
    CHECK(names.take(QStringLiteral("FILE ACTIVE")) == QStringLiteral("FILE ACTIVE (2)"));
    CHECK(names.take(QStringLiteral("file active")) == QStringLiteral("file active (3)"));
    const QString longName = names.take(QStringLiteral("Évaluations : regard de la personne et regard de l'équipe"));
    CHECK(longName == QStringLiteral("Évaluations regard de la person"));
    CHECK(longName.size() <= 31);
    CHECK(names.take(QStringLiteral("a/b\\c?d*e[f]g:h")) == QStringLiteral("a b c d e f g h"));
    CHECK(names.take(QStringLiteral("'Cité'")) == QStringLiteral("Cité"));
    CHECK(names.take(QStringLiteral("  ")) == QStringLiteral("Feuille"));
    CHECK(names.take(QStringLiteral("history")) == QStringLiteral("Feuille (2)"));
    const QString twin = names.take(QStringLiteral("Évaluations : regard de la personne, encore"));
    CHECK(twin.size() <= 31);
    CHECK(twin.endsWith(QStringLiteral(" (2)")));
}

TEST_CASE("The XLSX review has a sheet per section, numeric cells and the figures of the CSV writer")
{
    SeedWorld w;
    const QString xlsx = w.temp.dir.filePath(QStringLiteral("bilan.xlsx"));
    QString out, err;
    REQUIRE(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("3.3.1"),
                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--out"), xlsx}),
                   &out, &err) == 0);
    INFO(err.toStdString());
    REQUIRE(readFile(xlsx).startsWith("PK"));
    const AnnualReview review = AnnualReviewBuilder(w.db()).build(w.sheet, year2024());

    // The workbook's own XML, read without libxlsxwriter.
    const QString unzip = requireTool("unzip");
    const QString workbook = QString::fromUtf8(run(unzip, {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")}));
    const QRegularExpression sheetName(QStringLiteral("<sheet name=\"([^\"]*)\""));
    QStringList sheets;
    for (const QRegularExpressionMatch &m : sheetName.globalMatch(workbook))
        sheets.append(m.captured(1));
    CHECK(sheets.size() == review.sections.size() + 1);
    for (const QString &name : sheets) {
        CHECK(name.size() <= 31);
        CHECK_FALSE(name.contains(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]"))));
    }
    // Numbers are numeric cells (no t="s" shared string): 17 situations, 200 peer-worker
    // hours, 70 000 € of the State.
    QByteArray allSheets;
    for (int i = 1; i <= sheets.size(); ++i)
        allSheets += run(unzip, {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i)});
    // A numeric cell has no type attribute (t="s" would be an index into the strings).
    for (const char *value : {"17", "200", "70000"})
        CHECK(QString::fromUtf8(allSheets).contains(
            QRegularExpression(QStringLiteral("<c r=\"[A-Z]+\\d+\" s=\"\\d+\"><v>%1</v></c>").arg(QLatin1String(value)))));
    CHECK(allSheets.contains("<pane ySplit=")); // frozen header rows
    CHECK(allSheets.contains("<cols>"));         // fitted widths
    const QByteArray styles = run(unzip, {QStringLiteral("-p"), xlsx, QStringLiteral("xl/styles.xml")});
    CHECK(styles.contains("formatCode=\"0.0%\""));
    CHECK(styles.contains("formatCode=\"#,##0.0\""));
    const QByteArray strings = run(unzip, {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    for (const QString &section : sheets)
        CHECK(strings.contains(section.toUtf8().left(10)));
    for (const QString &name : personNames)
        CHECK_FALSE(strings.contains(name.toUtf8()));

    // LibreOffice reads every sheet back: its numbers are those the CSV writer prints.
    QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty()) {
        WARN("LibreOffice is absent: the XLSX was not read back (install libreoffice-calc-nogui)");
        return;
    }
    const QString csvDir = w.temp.dir.filePath(QStringLiteral("lo"));
    // ';', double quote, UTF-8, text cells quoted, numbers as shown, every sheet to its own
    // file; in English (C locale) so that the test reads the same on any machine.
    QProcess lo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    lo.setProcessEnvironment(env);
    lo.start(office, {QStringLiteral("-env:UserInstallation=file://") + w.temp.dir.filePath(QStringLiteral("lo-profile")),
                      QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                      QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,true,false,true,false,false,-1"),
                      QStringLiteral("--outdir"), csvDir, xlsx});
    REQUIRE(lo.waitForFinished(180000));
    REQUIRE(lo.exitCode() == 0);
    XlsxSheetNamer names;
    names.take(QStringLiteral("Bilan"));
    int compared = 0;
    for (const ReviewSection &section : review.sections) {
        const QString file = QDir(csvDir).filePath(QStringLiteral("bilan-%1.csv").arg(names.take(section.title)));
        INFO("section " << section.id.toStdString() << ", " << file.toStdString());
        REQUIRE(QFile::exists(file));
        const QList<Shown> actual = numbersOfSheetCsv(QString::fromUtf8(readFile(file)));
        QList<Shown> expected;
        for (const ReviewTable &t : section.tables)
            for (const QList<ReviewCell> &row : t.rows)
                for (const ReviewCell &cell : row)
                    if (cell.type == ReviewCell::Type::Integer || cell.type == ReviewCell::Type::Decimal ||
                        cell.type == ReviewCell::Type::Percent)
                        expected.append(csvNumber(cell));
        REQUIRE(actual.size() == expected.size());
        for (int i = 0; i < actual.size(); ++i) {
            INFO("number " << i << ": " << actual[i].value << " against " << expected[i].value);
            CHECK(std::abs(actual[i].value - expected[i].value) < 1e-9);
            CHECK(actual[i].decimals == expected[i].decimals);
            ++compared;
        }
    }
    CHECK(compared > 50);
}

TEST_CASE("The PDF review has a title page, contents with page numbers, every section, the seed figures and no name")
{
    SeedWorld w;
    const AnnualReview review = AnnualReviewBuilder(w.db()).build(w.mobileSheet, year2024());
    const QString pdf = w.temp.dir.filePath(QStringLiteral("bilan.pdf"));
    QString out, err;
    REQUIRE(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("EMP-1"),
                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--out"), pdf}),
                   &out, &err) == 0);
    INFO(err.toStdString());
    REQUIRE(readFile(pdf).startsWith("%PDF-"));
    const int pages = pdfPages(pdf);
    CHECK(pages >= review.sections.size() + 2);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("EMP-1 — Équipe mobile précarité")));
    CHECK(text.contains(QStringLiteral("Sommaire")));
    CHECK(text.contains(QStringLiteral("Page %1 / %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Bilan du 01/01/2024 au 31/12/2024")));
    // Seed 001: 17 LOGISENS situations and 5 outside ones, 140 000 € of which 70 000 from the State.
    CHECK(text.contains(QStringLiteral("70 000,00")));
    CHECK(text.contains(QStringLiteral("140 000,00")));
    const QString layout = pdfText(pdf, {QStringLiteral("-layout")});
    CHECK(layout.contains(QRegularExpression(QStringLiteral("Situations LOGISENS[^\\n]*\\s17\\s"))));
    CHECK(layout.contains(QRegularExpression(QStringLiteral("Situations hors LOGISENS[^\\n]*\\s5\\s"))));
    for (const QString &name : personNames)
        CHECK_FALSE(text.contains(name));

    // Each section starts on the page the contents give for it.
    const QString contents = pdfText(pdf, {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                                           QStringLiteral("-l"), QStringLiteral("2")});
    for (const ReviewSection &section : review.sections) {
        INFO(section.title.toStdString());
        const QRegularExpressionMatch m =
            QRegularExpression(QRegularExpression::escape(section.title) + QStringLiteral("[ .]*\\s(\\d+)\\n"))
                .match(contents);
        REQUIRE(m.hasMatch());
        const QString page = m.captured(1);
        const QString onPage = pdfText(pdf, {QStringLiteral("-f"), page, QStringLiteral("-l"), page});
        CHECK(onPage.contains(section.title));
    }
}

TEST_CASE("The PDF review of the pair-aidance sheet shows its figures and draws its charts")
{
    SeedWorld w;
    const QString pdf = w.temp.dir.filePath(QStringLiteral("pair-aidance.pdf"));
    QString out, err;
    REQUIRE(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("3.3.1"),
                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
                              QStringLiteral("pdf"), QStringLiteral("--out"), pdf}),
                   &out, &err) == 0);
    INFO(err.toStdString());
    const QString layout = pdfText(pdf, {QStringLiteral("-layout")});
    // Seed 000: 17 accompanied out of 20 identified, 200 peer-worker hours, 20 partners.
    CHECK(layout.contains(QRegularExpression(QStringLiteral("Situations accompagnées dans la période\\s+17\\s"))));
    CHECK(layout.contains(QRegularExpression(QStringLiteral("Situations identifiées \\(repérées\\) dans la période\\s+20\\s"))));
    CHECK(layout.contains(QRegularExpression(QStringLiteral("Travailleur pair\\s+2\\s+0,4\\s+200,0\\s"))));
    CHECK(layout.contains(QRegularExpression(QStringLiteral("ensemble du dispositif\\)\\s+20\\s"))));
    CHECK(layout.contains(QStringLiteral("70 000,00")));
    // Charts: the breakdowns and the person's view beside the team's, with their legends.
    CHECK(layout.contains(QStringLiteral("Heures effectuées par rôle")));
    CHECK(layout.contains(QStringLiteral("Interventions posées et effectives par canal")));
    CHECK(layout.contains(QStringLiteral("Mobilisations des partenaires par type")));
    CHECK(layout.contains(QRegularExpression(QStringLiteral("Heures 2024\\s+Heures 2023")))); // the legend
    // No assessment in seed 000: no chart of shares that would all be empty.
    CHECK_FALSE(layout.contains(QStringLiteral("Part des situations en progrès")));
    for (const QString &name : personNames)
        CHECK_FALSE(layout.contains(name));

    // Without --out a binary format is refused, not written to the terminal.
    CHECK(runCli(withDb(w, {QStringLiteral("report"), QStringLiteral("--action"), QStringLiteral("3.3.1"),
                            QStringLiteral("--format"), QStringLiteral("pdf")}),
                 &out, &err) == 2);
    CHECK(out.isEmpty());
}

TEST_CASE("sheet-pdf prints the action sheet like the ARS template, boxes ticked or not")
{
    SeedWorld w;
    ActionSheetRepository sheets(w.db(), w.clock);
    ActionSheet s = *sheets.find(w.sheet);
    s.clsName = QStringLiteral("Pays de Langres");
    s.strategicAxis = QStringLiteral("Bien-être et mal-être psychologique");
    s.typologies = {QStringLiteral("new"), QStringLiteral("innovative")};
    s.carrierReferent = QStringLiteral("Référent UDAF");
    s.prsAxes = {{QStringLiteral("axis4"), QStringLiteral("Objectif 04.0 - Faciliter l'accès aux soins intégrés")}};
    s.prse3Axes = {{QStringLiteral("outside"), {}}};
    s.specificObjective = QStringLiteral("Renforcer les compétences et le pouvoir d'agir des personnes");
    s.objectives = {{{}, QStringLiteral("Communiquer sur le dispositif"), QDate(2021, 6, 30), QStringLiteral("Au premier semestre 2021")}};
    s.determinants = {QStringLiteral("income")};
    s.targetsInequalities = true;
    s.citizenParticipation = true;
    s.citizenParticipationHow = QStringLiteral("Travailleurs pairs issus du GEM");
    s.localContext = QString(QStringLiteral("Face au constat du bailleur social, l'UDAF a proposé une action innovante. ")).repeated(40);
    sheets.update(s);

    const QString pdf = w.temp.dir.filePath(QStringLiteral("fiche.pdf"));
    QString out, err;
    REQUIRE(runCli(withDb(w, {QStringLiteral("sheet-pdf"), QStringLiteral("--action"), QStringLiteral("3.3.1"),
                              QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--out"), pdf}),
                   &out, &err) == 0);
    INFO(err.toStdString());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Contrat local de santé — Pays de Langres")));
    CHECK(text.contains(QStringLiteral("Action 3.3.1")));
    CHECK(text.contains(QStringLiteral("Dispositif de PAIR-AIDANCE")));
    const QString ticked = QString(QChar(0x2612)) + QLatin1Char(' ');
    const QString unticked = QString(QChar(0x2610)) + QLatin1Char(' ');
    CHECK(text.contains(ticked + QStringLiteral("Nouvelle action")));
    CHECK(text.contains(unticked + QStringLiteral("Action expérimentale")));
    CHECK(text.contains(QStringLiteral("Objectif 04.0 - Faciliter")));
    CHECK(text.contains(ticked + QStringLiteral("Oui")));
    CHECK(text.contains(unticked + QStringLiteral("Non")));
    CHECK(text.contains(QRegularExpression(
        QStringLiteral("Communiquer sur le dispositif \\(Au premier semestre 2021,\\s+échéance\\s+30/06/2021\\)"))));
    CHECK(text.contains(QStringLiteral("Nombre de personnes accompagnées / personnes identifiées")));
    CHECK(text.contains(QStringLiteral("État — DIHAL : 70 000,00 €")));
    CHECK(text.contains(QStringLiteral("Total 2024 : 140 000,00 €")));
    CHECK(text.count(ticked) >= 6);
    CHECK(text.count(unticked) > text.count(ticked));
    // The long local context runs on: the header and footer are on every page.
    const int pages = pdfPages(pdf);
    CHECK(pages >= 2);
    for (int p = 1; p <= pages; ++p)
        CHECK(text.contains(QStringLiteral("Page %1 / %2").arg(p).arg(pages)));
    for (const QString &name : personNames)
        CHECK_FALSE(text.contains(name));

    CHECK(runCli(withDb(w, {QStringLiteral("sheet-pdf"), QStringLiteral("--action"), QStringLiteral("9.9.9"),
                            QStringLiteral("--out"), pdf}),
                 &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("9.9.9")));
    CHECK(runCli(withDb(w, {QStringLiteral("sheet-pdf"), QStringLiteral("--action"), QStringLiteral("3.3.1")}), &out,
                 &err) == 2);
}
