#include "reports/XlsxReviewWriter.h"

#include "reports/XlsxSheetNamer.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QFile>
#include <QHash>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace passerelle {

namespace {
[[noreturn]] void fail(lxw_error error)
{
    throw StorageError(ReportsText::tr("Écriture du classeur impossible : %1")
                           .arg(QString::fromUtf8(lxw_strerror(error))));
}

void check(lxw_error error)
{
    if (error != LXW_NO_ERROR)
        fail(error);
}

// Widths are in characters of the default font; a label column wraps past this width.
constexpr double MaxTextWidth = 60;
constexpr double MinNumberWidth = 10;
constexpr double FreeTextWidth = 100;

// The formats of a workbook, created once: libxlsxwriter keeps every format it is given.
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook) : m_workbook(workbook)
    {
        title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_font_size(title, 14);
        tableTitle = workbook_add_format(workbook);
        format_set_bold(tableTitle);
        format_set_font_size(tableTitle, 12);
        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_bg_color(header, 0xE8EEF4);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        label = workbook_add_format(workbook);
        format_set_text_wrap(label);
        format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
        note = workbook_add_format(workbook);
        format_set_italic(note);
        format_set_font_color(note, 0x555555);
        paragraph = workbook_add_format(workbook);
        format_set_text_wrap(paragraph);
        format_set_align(paragraph, LXW_ALIGN_VERTICAL_TOP);
        keyLabel = workbook_add_format(workbook);
        format_set_bold(keyLabel);
    }

    // "#,##0", "#,##0.0", "0.0%"… : Excel writes the file's formats in this neutral
    // notation and shows them with the reader's separators (70 000,5 in French).
    lxw_format *number(ReviewCell::Type type, int decimals)
    {
        const int key = (type == ReviewCell::Type::Percent ? 100 : 0) + std::clamp(decimals, 0, 10);
        if (lxw_format *f = m_numbers.value(key))
            return f;
        const QString fraction = decimals > 0 ? QString(u'.' + QString(decimals, u'0'))
                                              : QString();
        const QString code = type == ReviewCell::Type::Percent ? QString(QStringLiteral("0") + fraction + u'%')
                                                               : QString(QStringLiteral("#,##0") + fraction);
        lxw_format *f = workbook_add_format(m_workbook);
        format_set_num_format(f, code.toUtf8().constData());
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        m_numbers.insert(key, f);
        return f;
    }

    lxw_format *title = nullptr;
    lxw_format *tableTitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *label = nullptr;
    lxw_format *note = nullptr;
    lxw_format *paragraph = nullptr;
    lxw_format *keyLabel = nullptr;

private:
    lxw_workbook *m_workbook;
    QHash<int, lxw_format *> m_numbers;
};

void writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format)
{
    if (text.isEmpty()) {
        check(worksheet_write_blank(sheet, row, col, format));
        return;
    }
    // write_string stores text as text: "=…" or "+…" are never taken for formulas.
    check(worksheet_write_string(sheet, row, col, text.toUtf8().constData(), format));
}

// How wide a cell's shown text is, in characters; a percent shows " %" more.
double shownWidth(const ReviewCell &cell)
{
    const QString shown = cell.displayText();
    qsizetype longest = 0;
    for (const QStringView line : QStringView(shown).split(QLatin1Char('\n')))
        longest = std::max(longest, line.size());
    // Thousands separators of the number formats.
    const bool number = cell.type == ReviewCell::Type::Integer || cell.type == ReviewCell::Type::Decimal;
    return double(longest) + (number ? double(longest) / 3.0 : 0.0);
}

class SectionSheet
{
public:
    SectionSheet(lxw_worksheet *sheet, Formats &formats) : m_sheet(sheet), m_formats(formats) {}

    void write(const ReviewSection &section)
    {
        writeText(m_sheet, 0, 0, section.title, m_formats.title);
        lxw_row_t row = 2;
        if (section.tables.isEmpty()) {
            writeParagraphs(section.text, row);
            worksheet_freeze_panes(m_sheet, 1, 0);
            check(worksheet_set_column(m_sheet, 0, 0, FreeTextWidth, nullptr));
            return;
        }
        bool frozen = false;
        for (const ReviewTable &table : section.tables) {
            writeText(m_sheet, row++, 0, table.title, m_formats.tableTitle);
            writeHeader(table, row);
            if (!frozen) {
                // The first header stays in sight while the rows scroll.
                worksheet_freeze_panes(m_sheet, row + 1, 0);
                frozen = true;
            }
            ++row;
            for (const QList<ReviewCell> &cells : table.rows)
                writeRow(cells, row++);
            if (!table.note.isEmpty())
                writeText(m_sheet, row++, 0, table.note, m_formats.note);
            ++row;
        }
        applyWidths();
    }

private:
    void widen(int column, double width)
    {
        if (m_widths.size() <= column)
            m_widths.resize(column + 1, 0.0);
        m_widths[column] = std::max(m_widths[column], width);
    }

    void writeHeader(const ReviewTable &table, lxw_row_t row)
    {
        for (int c = 0; c < table.columns.size(); ++c) {
            const ReviewColumn &column = table.columns[c];
            writeText(m_sheet, row, lxw_col_t(c), column.title, m_formats.header);
            // Bold text is about a tenth wider; long headers wrap rather than widen.
            widen(c, std::min(double(column.title.size()) * 1.1, c == 0 ? MaxTextWidth : 24.0));
        }
    }

    void writeRow(const QList<ReviewCell> &cells, lxw_row_t row)
    {
        for (int c = 0; c < cells.size(); ++c) {
            const ReviewCell &cell = cells[c];
            const auto col = lxw_col_t(c);
            switch (cell.type) {
            case ReviewCell::Type::Empty:
                break;
            case ReviewCell::Type::Text:
                writeText(m_sheet, row, col, cell.text, m_formats.label);
                break;
            case ReviewCell::Type::Integer:
                check(worksheet_write_number(m_sheet, row, col, double(cell.integer),
                                             m_formats.number(cell.type, 0)));
                break;
            case ReviewCell::Type::Decimal:
            case ReviewCell::Type::Percent:
                check(worksheet_write_number(m_sheet, row, col, cell.number,
                                             m_formats.number(cell.type, cell.decimals)));
                break;
            }
            widen(c, shownWidth(cell));
        }
    }

    void writeParagraphs(const QString &text, lxw_row_t &row)
    {
        const QStringList paragraphs = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &p : paragraphs) {
            writeText(m_sheet, row, 0, p, m_formats.paragraph);
            // Spreadsheets do not grow a row for wrapped text written by a program: give it
            // the height of its lines (15 points each).
            const int lines = int(p.size() / qsizetype(FreeTextWidth)) + 1;
            if (lines > 1)
                check(worksheet_set_row(m_sheet, row, 15.0 * lines, nullptr));
            ++row;
        }
    }

    void applyWidths()
    {
        for (int c = 0; c < m_widths.size(); ++c) {
            const double width = c == 0 ? std::clamp(m_widths[c] + 2, 20.0, MaxTextWidth)
                                        : std::clamp(m_widths[c] + 2, MinNumberWidth, MaxTextWidth);
            check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr));
        }
    }

    lxw_worksheet *m_sheet;
    Formats &m_formats;
    QList<double> m_widths;
};

void writeCover(lxw_worksheet *sheet, Formats &formats, const AnnualReview &r)
{
    writeText(sheet, 0, 0, r.title, formats.title);
    const QString dateFormat = QStringLiteral("dd/MM/yyyy");
    const QList<QPair<QString, QString>> lines = {
        {ReportsText::tr("Fiche action"),
         r.actionSheetNumber + QStringLiteral(" — ") + r.actionSheetTitle},
        {ReportsText::tr("Dispositif"), r.programmeCode + QStringLiteral(" — ") + r.programmeName},
        {ReportsText::tr("Structure porteuse"), r.carrier},
        {ReportsText::tr("Période"),
         ReportsText::tr("du %1 au %2")
             .arg(r.period.start.toString(dateFormat), r.period.end.toString(dateFormat))},
        {ReportsText::tr("Période précédente"),
         ReportsText::tr("du %1 au %2")
             .arg(r.previousPeriod.start.toString(dateFormat),
                  r.previousPeriod.end.toString(dateFormat))},
        {ReportsText::tr("Généré le"),
         r.generatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))},
    };
    lxw_row_t row = 2;
    for (const auto &[key, value] : lines) {
        writeText(sheet, row, 0, key, formats.keyLabel);
        writeText(sheet, row, 1, value, nullptr);
        ++row;
    }
    ++row;
    writeText(sheet, row++, 0, ReportsText::tr("Sections"), formats.tableTitle);
    for (const ReviewSection &s : r.sections)
        writeText(sheet, row++, 0, s.title, nullptr);
    check(worksheet_set_column(sheet, 0, 0, 24, nullptr));
    check(worksheet_set_column(sheet, 1, 1, 80, nullptr));
}

// Closes (and frees) the workbook on every path: libxlsxwriter writes the file on close.
class Workbook
{
public:
    explicit Workbook(const QString &path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE; // column widths and frozen panes need the sheet in memory
        options.use_zip64 = LXW_FALSE;
        m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (!m_workbook)
            fail(LXW_ERROR_CREATING_XLSX_FILE);
    }
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_workbook; }
    void close()
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        check(error);
    }

private:
    lxw_workbook *m_workbook = nullptr;
};
} // namespace

QString XlsxReviewWriter::description() const
{
    return ReportsText::tr("classeur Excel, une feuille par section, nombres calculables");
}

void XlsxReviewWriter::writeFile(const AnnualReview &review, const QString &path)
{
    Workbook workbook(path);
    Formats formats(workbook.get());
    const QByteArray title = review.title.toUtf8();
    const QByteArray company = review.carrier.toUtf8();
    const QByteArray comments = ReportsText::tr("Généré par Passerelle").toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.company = const_cast<char *>(company.constData());
    properties.comments = const_cast<char *>(comments.constData());
    check(workbook_set_properties(workbook.get(), &properties));

    XlsxSheetNamer names;
    const auto addSheet = [&](const QString &wanted) {
        const QByteArray name = names.take(wanted).toUtf8();
        check(workbook_validate_sheet_name(workbook.get(), name.constData()));
        lxw_worksheet *sheet = workbook_add_worksheet(workbook.get(), name.constData());
        if (!sheet)
            fail(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return sheet;
    };
    writeCover(addSheet(ReportsText::tr("Bilan")), formats, review);
    for (const ReviewSection &section : review.sections)
        SectionSheet(addSheet(section.title), formats).write(section);
    workbook.close();
}

void XlsxReviewWriter::write(const AnnualReview &review, QIODevice &out) const
{
    QTemporaryFile file;
    file.setFileTemplate(file.fileTemplate() + QStringLiteral(".xlsx"));
    if (!file.open())
        throw StorageError(
            ReportsText::tr("Fichier temporaire impossible : %1").arg(file.errorString()));
    file.close(); // libxlsxwriter opens the path itself; the object removes it at the end
    writeFile(review, file.fileName());
    QFile written(file.fileName());
    if (!written.open(QIODevice::ReadOnly))
        throw StorageError(
            ReportsText::tr("Relecture du classeur impossible : %1").arg(written.errorString()));
    const QByteArray bytes = written.readAll();
    if (out.write(bytes) != bytes.size())
        throw StorageError(
            ReportsText::tr("Écriture du bilan impossible : %1").arg(out.errorString()));
}

} // namespace passerelle
