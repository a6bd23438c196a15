#include "exchange/Importer.h"

#include "exchange/IntegrityChecker.h"
#include "exchange/JsonLineParser.h"
#include "exchange/LineReader.h"
#include "exchange/RecordInserter.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/Logging.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <limits>
#include <string_view>

namespace passerelle {

namespace {
using Member = JsonLineParser::Member;
using Type = JsonLineParser::Type;

constexpr qint64 progressEvery = 65536;

QString lineLabel(qint64 line)
{
    return ExchangeText::tr("ligne %1").arg(line);
}

[[noreturn]] void refuseLine(qint64 line, const QString &field, const QString &message)
{
    throw ValidationError(field, message, lineLabel(line));
}

QString text(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8.data(), utf8.size());
}

bool isString(const Member *m, QByteArrayView value)
{
    return m && m->type == Type::String && m->text == value;
}

// Reads the next line or refuses the file; false at the end.
bool nextLine(LineReader &reader, QByteArrayView &line, bool &terminated, const QString &path)
{
    switch (reader.next(line, terminated)) {
    case LineReader::Status::Line:
        return true;
    case LineReader::Status::End:
        return false;
    case LineReader::Status::TooLong:
        refuseLine(reader.lineNumber() + 1, {},
                   ExchangeText::tr(
                       "ligne de plus de %1 Mo : ce n'est pas un fichier d'échange Passerelle")
                       .arg(LineReader::maxLineLength / (1024 * 1024)));
    case LineReader::Status::ReadError:
        break;
    }
    throw Error(ExchangeText::tr("Lecture impossible de %1").arg(QDir::toNativeSeparators(path)));
}
} // namespace

Importer::Importer(Database &db, const QString &path, const ProgressCallback &progress)
    : m_db(db), m_path(path), m_progress(progress)
{
}

Importer::~Importer() = default;

ExchangeResult Importer::run(Database &db, const QString &path, const ProgressCallback &progress)
{
    Importer importer(db, path, progress);
    return importer.execute();
}

ExchangeResult Importer::execute()
{
    QElapsedTimer timer;
    timer.start();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ExchangeText::tr("Impossible de lire %1 : %2")
                        .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    ExchangeProgress report{QString(), 0, file.size()};

    LineReader reader(file);
    JsonLineParser parser;
    QByteArrayView line;
    bool terminated = true;
    if (!nextLine(reader, line, terminated, m_path))
        refuseLine(1, {}, ExchangeText::tr("fichier vide"));
    if (!parser.parse(line))
        refuseLine(
            1, {},
            ExchangeText::tr("en-tête illisible, ce n'est pas un fichier d'échange Passerelle (%1)")
                .arg(parser.error()));
    readHeader(parser);

    sqlite3 *h = m_db.handle();
    m_tables = Schema::replicatedTables(h);
    for (const TableInfo &t : std::as_const(m_tables))
        m_tableNames.append(t.name.toUtf8());
    m_inserters.resize(size_t(m_tables.size()));
    m_counts.assign(size_t(m_tables.size()), 0);

    Transaction tx(h);
    // Children may come before their parents in a hand-made file, and a self reference
    // (action_sheet.chained_from_id) can point forward: references are checked at the end.
    execSql(h, "PRAGMA defer_foreign_keys = ON");

    bool trailerSeen = false;
    while (nextLine(reader, line, terminated, m_path)) {
        const qint64 lineNumber = reader.lineNumber();
        if (trailerSeen)
            refuseLine(lineNumber, {}, ExchangeText::tr("contenu après la ligne de fin"));
        if (!parser.parse(line))
            refuseLine(lineNumber, {},
                       terminated ? parser.error()
                                  : ExchangeText::tr(
                                        "fichier tronqué : la dernière ligne est incomplète (%1)")
                                        .arg(parser.error()));
        if (parser.find(ExchangeFormat::tableKey)) {
            readRecord(parser, lineNumber);
        } else if (parser.find(ExchangeFormat::endKey)) {
            readTrailer(parser, lineNumber);
            trailerSeen = true;
        } else {
            refuseLine(lineNumber, QString::fromLatin1(ExchangeFormat::tableKey),
                       ExchangeText::tr("ni enregistrement (champ « t » absent) ni ligne de fin"));
        }
        if (m_progress && lineNumber % progressEvery == 0) {
            report.done = reader.bytesConsumed();
            report.table = m_lastTable >= 0 ? m_tables[m_lastTable].name : QString();
            m_progress(report);
        }
    }
    if (!trailerSeen)
        refuseLine(reader.lineNumber(), {},
                   ExchangeText::tr("fichier tronqué : la ligne de fin manque après la ligne %1")
                       .arg(reader.lineNumber()));

    const qint64 readMs = timer.elapsed();
    verifyForeignKeys();
    const qint64 foreignKeysMs = timer.elapsed() - readMs;
    ExchangeResult result;
    result.warnings = verifyInvariants();
    const qint64 invariantsMs = timer.elapsed() - readMs - foreignKeysMs;
    tx.commit();

    for (qsizetype i = 0; i < m_tables.size(); ++i)
        result.tables.append({m_tables[i].name, m_counts[size_t(i)]});
    result.records = m_total;
    result.bytes = reader.bytesConsumed();
    if (m_progress) {
        report.done = report.total;
        m_progress(report);
    }
    qCInfo(lcExchange) << "imported" << result.records << "records," << result.bytes << "bytes in"
                       << timer.elapsed() << "ms (records" << readMs << "ms, foreign keys"
                       << foreignKeysMs << "ms, invariants" << invariantsMs << "ms)";
    return result;
}

void Importer::readHeader(const JsonLineParser &header)
{
    auto refuse = [](const QString &field, const QString &message) {
        throw ValidationError(field, message, ExchangeText::tr("ligne 1 (en-tête)"));
    };
    const QString formatKey = QString::fromLatin1(ExchangeFormat::formatKey);
    const QString versionKey = QString::fromLatin1(ExchangeFormat::versionKey);
    const QString schemaKey = QString::fromLatin1(ExchangeFormat::schemaKey);
    if (!isString(header.find(ExchangeFormat::formatKey), ExchangeFormat::formatName))
        refuse(formatKey, ExchangeText::tr("ce fichier n'est pas un fichier d'échange Passerelle"));
    const Member *version = header.find(ExchangeFormat::versionKey);
    if (!version || version->type != Type::Integer)
        refuse(versionKey, ExchangeText::tr("version du format absente ou non entière"));
    if (version->integer != ExchangeFormat::currentVersion)
        refuse(versionKey,
               ExchangeText::tr("version %1 du format inconnue ; ce programme lit la version %2")
                   .arg(version->integer)
                   .arg(ExchangeFormat::currentVersion));
    const Member *schema = header.find(ExchangeFormat::schemaKey);
    if (!schema || schema->type != Type::Integer || schema->integer < 1)
        refuse(schemaKey, ExchangeText::tr("version de schéma absente ou invalide"));
    if (schema->integer > Database::latestSchemaVersion())
        refuse(schemaKey,
               ExchangeText::tr(
                   "fichier écrit avec le schéma %1, plus récent que ce programme (schéma %2) : "
                   "mettez Passerelle à jour")
                   .arg(schema->integer)
                   .arg(Database::latestSchemaVersion()));
    for (const Member &m : header.members())
        if (m.key != QByteArrayView(ExchangeFormat::formatKey) &&
            m.key != QByteArrayView(ExchangeFormat::versionKey) &&
            m.key != QByteArrayView(ExchangeFormat::schemaKey))
            refuse(text(m.key), ExchangeText::tr("champ inconnu dans l'en-tête"));
    if (header.members().size() != 3)
        refuse({}, ExchangeText::tr("champ présent deux fois dans l'en-tête"));
}

int Importer::tableIndex(QByteArrayView name)
{
    // Records come table by table: the previous line's table is almost always the answer.
    if (m_lastTable >= 0 && m_tableNames[m_lastTable] == name)
        return m_lastTable;
    for (int i = 0; i < int(m_tableNames.size()); ++i)
        if (m_tableNames[i] == name)
            return m_lastTable = i;
    return -1;
}

RecordInserter &Importer::inserterFor(int index)
{
    auto &slot = m_inserters[size_t(index)];
    if (!slot)
        slot = std::make_unique<RecordInserter>(m_db.handle(), m_tables[index]);
    return *slot;
}

void Importer::readRecord(const JsonLineParser &record, qint64 line)
{
    const Member *t = record.find(ExchangeFormat::tableKey);
    const QString field = QString::fromLatin1(ExchangeFormat::tableKey);
    if (t->type != Type::String)
        refuseLine(line, field, ExchangeText::tr("le nom de table doit être une chaîne"));
    const int index = tableIndex(t->text);
    if (index < 0)
        refuseLine(line, field, ExchangeText::tr("table inconnue : %1").arg(text(t->text)));
    RecordInserter &inserter = inserterFor(index);
    if (inserter.insert(record, line) == RecordInserter::Outcome::DuplicateKey)
        refuseDuplicate(inserter, record, line);
    ++m_counts[size_t(index)];
    ++m_total;
}

void Importer::refuseDuplicate(RecordInserter &inserter, const JsonLineParser &record, qint64 line)
{
    const QString label = inserter.recordLabel(record, line);
    const QString field = inserter.table().primaryKey().join(QStringLiteral(", "));
    const QByteArray where = locationKey(inserter.table().name, inserter.canonicalKey(record));
    const qint64 earlier = locate({where}, line).value(where);
    if (earlier > 0)
        throw ValidationError(
            field,
            ExchangeText::tr("enregistrement en double dans le fichier (déjà à la ligne %1)")
                .arg(earlier),
            label);
    throw ValidationError(field, ExchangeText::tr("cet enregistrement existe déjà dans la base"),
                          label);
}

void Importer::readTrailer(const JsonLineParser &trailer, qint64 line)
{
    const QString endField = QString::fromLatin1(ExchangeFormat::endKey);
    const QString countsField = QString::fromLatin1(ExchangeFormat::countsKey);
    const QString recordsField = QString::fromLatin1(ExchangeFormat::recordsKey);
    if (!isString(trailer.find(ExchangeFormat::endKey), ExchangeFormat::formatName))
        refuseLine(line, endField, ExchangeText::tr("ligne de fin invalide"));
    for (const Member &m : trailer.members())
        if (m.key != QByteArrayView(ExchangeFormat::endKey) &&
            m.key != QByteArrayView(ExchangeFormat::countsKey) &&
            m.key != QByteArrayView(ExchangeFormat::recordsKey))
            refuseLine(line, text(m.key), ExchangeText::tr("champ inconnu dans la ligne de fin"));

    const Member *counts = trailer.find(ExchangeFormat::countsKey);
    if (!counts || counts->type != Type::Object)
        refuseLine(line, countsField, ExchangeText::tr("les comptes par table sont absents"));
    JsonLineParser countsParser;
    if (!countsParser.parse(counts->text))
        refuseLine(line, countsField, countsParser.error());
    std::vector<qint64> announced(m_counts.size(), 0);
    QSet<int> seen;
    for (const Member &m : countsParser.members()) {
        const int index = tableIndex(m.key);
        if (index < 0)
            refuseLine(line, countsField, ExchangeText::tr("table inconnue : %1").arg(text(m.key)));
        if (m.type != Type::Integer || m.integer < 0)
            refuseLine(
                line, countsField,
                ExchangeText::tr("le compte de %1 doit être un entier positif").arg(text(m.key)));
        if (seen.contains(index))
            refuseLine(line, countsField,
                       ExchangeText::tr("table %1 comptée deux fois").arg(text(m.key)));
        seen.insert(index);
        announced[size_t(index)] = m.integer;
    }
    for (size_t i = 0; i < m_counts.size(); ++i)
        if (announced[i] != m_counts[i])
            refuseLine(
                line, countsField,
                ExchangeText::tr("table %1 : %2 enregistrement(s) annoncé(s), %3 lu(s) — fichier "
                                 "incomplet ou modifié")
                    .arg(m_tables[qsizetype(i)].name)
                    .arg(announced[i])
                    .arg(m_counts[i]));
    const Member *records = trailer.find(ExchangeFormat::recordsKey);
    if (!records || records->type != Type::Integer || records->integer != m_total)
        refuseLine(line, recordsField,
                   ExchangeText::tr("nombre total d'enregistrements différent de celui lu (%1)")
                       .arg(m_total));
}

void Importer::verifyForeignKeys()
{
    IntegrityReport report(20);
    IntegrityChecker(m_db.handle()).checkForeignKeys(report);
    if (report.hasErrors())
        refuseViolations(report);
}

QList<Violation> Importer::verifyInvariants()
{
    IntegrityReport report(50);
    IntegrityChecker(m_db.handle()).checkInvariants(report);
    if (report.hasErrors())
        refuseViolations(report);
    return report.warnings();
}

void Importer::refuseViolations(const IntegrityReport &report)
{
    const Violation first = report.errors().constFirst();
    const QByteArray where = locationKey(first.table, RecordInserter::canonicalKey(first.key));
    const qint64 line =
        first.key.isEmpty() ? 0 : locate({where}, std::numeric_limits<qint64>::max()).value(where);
    QString message = first.message;
    if (report.errorCount() > 1) {
        // n first: lupdate (Qt 6.4) never ends on a template argument list inside the call.
        const int others = int(qMin(qint64(report.errorCount() - 1), qint64(std::numeric_limits<int>::max())));
        message += QCoreApplication::translate("Exchange", " (et %n autre(s) erreur(s))", nullptr, others);
    }
    const QString record =
        line > 0 ? ExchangeText::tr("ligne %1, %2").arg(line).arg(first.recordLabel())
                 : ExchangeText::tr("%1 (déjà dans la base)").arg(first.recordLabel());
    throw ValidationError(first.field, message, record);
}

QByteArray Importer::locationKey(const QString &table, const QByteArray &canonicalKey)
{
    return table.toUtf8() + '\x1e' + canonicalKey;
}

QHash<QByteArray, qint64> Importer::locate(const QList<QByteArray> &wanted, qint64 beforeLine)
{
    QHash<QByteArray, qint64> found;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    QSet<QByteArray> tables;
    for (const QByteArray &w : wanted)
        tables.insert('"' + w.left(w.indexOf('\x1e')) + '"');
    LineReader reader(file);
    JsonLineParser parser;
    QByteArrayView line;
    bool terminated = true;
    while (found.size() < wanted.size() &&
           reader.next(line, terminated) == LineReader::Status::Line &&
           reader.lineNumber() < beforeLine) {
        const std::string_view view(line.data(), size_t(line.size()));
        const bool candidate =
            std::any_of(tables.cbegin(), tables.cend(), [&](const QByteArray &t) {
                return view.find(std::string_view(t.constData(), size_t(t.size()))) !=
                       std::string_view::npos;
            });
        if (!candidate || !parser.parse(line))
            continue;
        const Member *t = parser.find(ExchangeFormat::tableKey);
        if (!t || t->type != Type::String)
            continue;
        const int index = tableIndex(t->text);
        if (index < 0)
            continue;
        const QByteArray key =
            locationKey(m_tables[index].name, inserterFor(index).canonicalKey(parser));
        if (wanted.contains(key) && !found.contains(key))
            found.insert(key, reader.lineNumber());
    }
    return found;
}

} // namespace passerelle
