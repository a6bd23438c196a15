#include "sync/SyncOverview.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "sync/ChangeCapture.h"
#include "sync/ConflictResolution.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/SyncEngine.h"
#include "sync/SyncKey.h"
#include "sync/SyncLayout.h"
#include "sync/SyncMetadata.h"
#include "sync/SyncRowAccess.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace passerelle {

namespace {
// The values of a row known by its key (and, when it still exists, its other columns),
// by column name.
class RowFacts
{
public:
    RowFacts(const SyncTable &t, const QByteArray &key, const std::optional<QVariantList> &row)
    {
        if (const auto keyValues = SyncKey::decode(key))
            for (qsizetype i = 0; i < t.primaryKey.size() && i < keyValues->size(); ++i)
                m_values.insert(t.primaryKey[i], keyValues->at(i));
        if (row)
            for (qsizetype i = 0; i < t.info.columns.size() && i < row->size(); ++i)
                m_values.insert(t.info.columns[i].name, row->at(i));
    }
    QVariant value(const char *column) const { return m_values.value(QLatin1String(column)); }
    bool has(const char *column) const
    {
        const QVariant v = value(column);
        return v.isValid() && !v.isNull();
    }

private:
    QHash<QString, QVariant> m_values;
};

QString scalarText(sqlite3 *db, const char *sql, const QVariant &id)
{
    SqliteStatement q(db, sql);
    SyncRowAccess::bind(q, 1, id);
    return q.step() ? q.text(0) : QString();
}

QString messageDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? messageLocale().toString(d, QLocale::ShortFormat) : iso;
}

QString caseNumber(sqlite3 *db, const QVariant &caseId)
{
    return scalarText(db, "SELECT number FROM case_file WHERE id = ?", caseId);
}

// The case numbers an intervention is recorded on, else its date.
QString interventionRecord(sqlite3 *db, const QVariant &interventionId)
{
    const QString numbers = scalarText(
        db,
        "SELECT group_concat(number, ', ') FROM (SELECT c.number FROM intervention_case ic JOIN "
        "case_file c ON c.id = ic.case_id WHERE ic.intervention_id = ? ORDER BY c.number)",
        interventionId);
    if (!numbers.isEmpty())
        return numbers;
    const QString date =
        scalarText(db, "SELECT date FROM intervention WHERE id = ?", interventionId);
    return date.isEmpty() ? QString()
                          : SyncOverviewText::tr("intervention du %1").arg(messageDate(date));
}

QString shortBlob(const QVariant &v)
{
    return QString::fromLatin1(v.toByteArray().toHex().left(8));
}

// Names the record of a conflict the way lists name it: case number, code, date — never a
// person's name (partners are organisations).
QString describeRecord(sqlite3 *db, const SyncTable &t, const QByteArray &key,
                       const std::optional<QVariantList> &row)
{
    const RowFacts f(t, key, row);
    const QString &table = t.info.name;
    QString out;
    if (table == QLatin1String("case_file"))
        out = f.has("number") ? f.value("number").toString() : caseNumber(db, f.value("id"));
    else if (f.has("case_id"))
        out = caseNumber(db, f.value("case_id"));
    else if (table == QLatin1String("intervention"))
        out = interventionRecord(db, f.value("id"));
    else if (f.has("intervention_id"))
        out = interventionRecord(db, f.value("intervention_id"));
    else if (table == QLatin1String("partner"))
        out = f.value("name").toString();
    else if (table == QLatin1String("collective_session") && f.has("date"))
        out = SyncOverviewText::tr("séance du %1").arg(messageDate(f.value("date").toString()));
    else if (f.has("code") && f.value("code").typeId() == QMetaType::QString)
        out = f.value("code").toString();
    if (out.isEmpty() && f.has("id"))
        out = shortBlob(f.value("id"));
    return out.isEmpty() ? SyncOverviewText::tr("(ligne retirée)") : out;
}

// The write a unit (or, for "*", the row's existence) holds now: its origin replica and
// its hybrid clock, from the capture metadata.
std::optional<std::pair<int, qint64>> currentWrite(sqlite3 *db, const SyncTable &t,
                                                   const QByteArray &key, const QString &columns)
{
    const int unit =
        columns == QLatin1String("*") ? -1 : t.unitOf(columns.section(QLatin1Char(','), 0, 0));
    if (unit >= 0) {
        SqliteStatement cell(db, "SELECT origin, hlc FROM local_sync_cell WHERE tbl = ? AND "
                                 "pk = ? AND unit = ?");
        cell.bind(1, qint64(t.index));
        cell.bindBlob(2, key);
        cell.bind(3, qint64(unit));
        if (cell.step())
            return std::make_pair(int(cell.int64(0)), cell.int64(1));
    }
    SqliteStatement row(db, "SELECT origin, hlc FROM local_sync_row WHERE tbl = ? AND pk = ?");
    row.bind(1, qint64(t.index));
    row.bindBlob(2, key);
    if (row.step())
        return std::make_pair(int(row.int64(0)), row.int64(1));
    return std::nullopt;
}

} // namespace

SyncOverview::SyncOverview(Database &db) : m_db(db) {}

Uuid SyncOverview::replicaId() const
{
    return m_db.replicaId();
}

QList<SyncPeerRow> SyncOverview::peers() const
{
    SyncMetadata meta(m_db.handle());
    const VersionVector mine = meta.versionVector();
    QList<SyncPeerRow> out;
    for (const ReplicaPeer &p : PeerDirectory(m_db).list()) {
        SyncPeerRow row{p.replicaId, p.displayName, p.role, p.lastContactAt, 0, p.revokedAt};
        const VersionVector known = meta.peerKnowledge(p.replicaId);
        // As SyncEngine::status counts them: dots of every origin the peer lacks.
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            row.pendingChanges += std::max<qint64>(0, it.value() - known.value(it.key()));
        out.append(row);
    }
    return out;
}

QList<SyncConflictRow> SyncOverview::conflicts(bool includeSettled) const
{
    const ReplicaKeys keys = ReplicaKeys::forDatabase(m_db);
    const QList<SyncConflict> logged = SyncEngine(m_db, keys).conflicts();
    QHash<Uuid, QString> names;
    for (const ReplicaPeer &p : PeerDirectory(m_db).list())
        names.insert(p.replicaId, p.displayName);
    const SyncLayout layout = SyncLayout::load(m_db.handle());
    SyncRowAccess rows(m_db.handle());
    SyncMetadata meta(m_db.handle());
    const auto nameOf = [&](const Uuid &replica) {
        return replica == m_db.replicaId() ? SyncOverviewText::tr("cet appareil")
                                           : names.value(replica, shortId(replica));
    };
    QList<SyncConflictRow> out;
    for (const SyncConflict &c : logged) {
        if (c.sameAsCurrent() && !includeSettled)
            continue;
        SyncConflictRow row;
        row.id = c.id;
        row.table = c.table;
        row.tableLabel = tableLabel(c.table);
        row.fieldLabel = fieldLabel(c.columns);
        const bool existence = c.columns == QLatin1String("*");
        row.currentValue =
            existence ? (c.currentValue == QLatin1String("1") ? SyncOverviewText::tr("présente")
                                                              : SyncOverviewText::tr("retirée"))
                      : valueText(c.currentValue);
        row.otherValue =
            existence ? (c.loserValue == QLatin1String("1") ? SyncOverviewText::tr("présente")
                                                            : SyncOverviewText::tr("retirée"))
                      : valueText(c.loserValue);
        row.otherReplica = c.loserReplica;
        row.otherReplicaName = nameOf(c.loserReplica);
        row.otherAt = QDateTime::fromMSecsSinceEpoch(c.loserAtMs, Qt::UTC);
        row.sameAsCurrent = c.sameAsCurrent();
        const QByteArray key = QByteArray::fromHex(c.rowKey.toLatin1());
        if (const SyncTable *t = layout.find(c.table)) {
            row.record = describeRecord(m_db.handle(), *t, key, rows.read(*t, key));
            if (const auto write = currentWrite(m_db.handle(), *t, key, c.columns)) {
                row.currentReplicaName = nameOf(meta.replicaAt(write->first));
                row.currentAt = QDateTime::fromMSecsSinceEpoch(Hlc::toMs(write->second), Qt::UTC);
            }
        }
        out.append(row);
    }
    return out;
}

qint64 SyncOverview::pendingConflicts() const
{
    return conflicts(false).size();
}

qint64 SyncOverview::reviewCount() const
{
    SqliteStatement q(m_db.handle(), "SELECT count(*) FROM local_sync_review");
    return q.step() ? q.int64(0) : 0;
}

QString SyncOverview::tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("SyncOverview", "Organisation")},
        {QStringLiteral("programme"), QT_TRANSLATE_NOOP("SyncOverview", "Dispositif")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("SyncOverview", "Partenaire")},
        {QStringLiteral("worker"), QT_TRANSLATE_NOOP("SyncOverview", "Intervenant")},
        {QStringLiteral("action_sheet"), QT_TRANSLATE_NOOP("SyncOverview", "Fiche action")},
        {QStringLiteral("indicator"), QT_TRANSLATE_NOOP("SyncOverview", "Indicateur")},
        {QStringLiteral("indicator_value"),
         QT_TRANSLATE_NOOP("SyncOverview", "Valeur d'indicateur")},
        {QStringLiteral("funding"), QT_TRANSLATE_NOOP("SyncOverview", "Financement")},
        {QStringLiteral("communication_material"),
         QT_TRANSLATE_NOOP("SyncOverview", "Support de communication")},
        {QStringLiteral("household"), QT_TRANSLATE_NOOP("SyncOverview", "Ménage")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("SyncOverview", "Personne")},
        {QStringLiteral("case_file"), QT_TRANSLATE_NOOP("SyncOverview", "Situation")},
        {QStringLiteral("case_person"),
         QT_TRANSLATE_NOOP("SyncOverview", "Personne de la situation")},
        {QStringLiteral("case_status_change"),
         QT_TRANSLATE_NOOP("SyncOverview", "Changement de statut")},
        {QStringLiteral("case_worker"),
         QT_TRANSLATE_NOOP("SyncOverview", "Intervenant de la situation")},
        {QStringLiteral("case_partner"), QT_TRANSLATE_NOOP("SyncOverview", "Partenaire mobilisé")},
        {QStringLiteral("case_problem"), QT_TRANSLATE_NOOP("SyncOverview", "Problématique")},
        {QStringLiteral("intervention"), QT_TRANSLATE_NOOP("SyncOverview", "Intervention")},
        {QStringLiteral("intervention_case"),
         QT_TRANSLATE_NOOP("SyncOverview", "Situation d'une intervention")},
        {QStringLiteral("intervention_worker"),
         QT_TRANSLATE_NOOP("SyncOverview", "Intervenant d'une intervention")},
        {QStringLiteral("collective_session"),
         QT_TRANSLATE_NOOP("SyncOverview", "Séance collective")},
        {QStringLiteral("session_participants"), QT_TRANSLATE_NOOP("SyncOverview", "Participants")},
        {QStringLiteral("commission_review"),
         QT_TRANSLATE_NOOP("SyncOverview", "Passage en commission")},
        {QStringLiteral("assessment"), QT_TRANSLATE_NOOP("SyncOverview", "Évaluation")},
        {QStringLiteral("review_section"), QT_TRANSLATE_NOOP("SyncOverview", "Section du bilan")},
    };
    if (const char *label = labels.value(table))
        return QCoreApplication::translate("SyncOverview", label);
    if (table.startsWith(QLatin1String("ref_")))
        return SyncOverviewText::tr("Liste de référence");
    if (table.startsWith(QLatin1String("action_sheet_")))
        return SyncOverviewText::tr("Fiche action");
    return table;
}

QString SyncOverview::fieldLabel(const QString &columns)
{
    if (columns == QLatin1String("*"))
        return SyncOverviewText::tr("Existence de la ligne");
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("SyncOverview", "Note")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("SyncOverview", "Notes")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("SyncOverview", "Date")},
        {QStringLiteral("start_time"), QT_TRANSLATE_NOOP("SyncOverview", "Heure")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("SyncOverview", "Statut")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("SyncOverview", "Canal")},
        {QStringLiteral("intervention_type"),
         QT_TRANSLATE_NOOP("SyncOverview", "Type d'intervention")},
        {QStringLiteral("duration_min"), QT_TRANSLATE_NOOP("SyncOverview", "Durée (min)")},
        {QStringLiteral("programme_id"), QT_TRANSLATE_NOOP("SyncOverview", "Dispositif")},
        {QStringLiteral("household_id"), QT_TRANSLATE_NOOP("SyncOverview", "Ménage")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("SyncOverview", "Code")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("SyncOverview", "Numéro")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("SyncOverview", "Prénom")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("SyncOverview", "Nom")},
        {QStringLiteral("birth_year"), QT_TRANSLATE_NOOP("SyncOverview", "Année de naissance")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("SyncOverview", "Sexe")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("SyncOverview", "Lien dans le ménage")},
        {QStringLiteral("close_reason"), QT_TRANSLATE_NOOP("SyncOverview", "Motif de clôture")},
        {QStringLiteral("referral_partner_id"),
         QT_TRANSLATE_NOOP("SyncOverview", "Partenaire orienteur")},
        {QStringLiteral("referral_date"), QT_TRANSLATE_NOOP("SyncOverview", "Date d'orientation")},
        {QStringLiteral("referral_reason"),
         QT_TRANSLATE_NOOP("SyncOverview", "Motif d'orientation")},
        {QStringLiteral("needs_person"),
         QT_TRANSLATE_NOOP("SyncOverview", "Besoins exprimés par la personne")},
        {QStringLiteral("needs_professional"),
         QT_TRANSLATE_NOOP("SyncOverview", "Besoins repérés par les professionnels")},
        {QStringLiteral("landlord_partner_id"), QT_TRANSLATE_NOOP("SyncOverview", "Bailleur")},
        {QStringLiteral("housing_kind"), QT_TRANSLATE_NOOP("SyncOverview", "Type de logement")},
        {QStringLiteral("commune"), QT_TRANSLATE_NOOP("SyncOverview", "Commune")},
        {QStringLiteral("qpv"), QT_TRANSLATE_NOOP("SyncOverview", "QPV")},
        {QStringLiteral("rent_arrears_cents"),
         QT_TRANSLATE_NOOP("SyncOverview", "Impayés de loyer (centimes)")},
        {QStringLiteral("repayment_plan"), QT_TRANSLATE_NOOP("SyncOverview", "Plan d'apurement")},
        {QStringLiteral("eviction_stage"),
         QT_TRANSLATE_NOOP("SyncOverview", "Stade de la procédure d'expulsion")},
        {QStringLiteral("composition_note"),
         QT_TRANSLATE_NOOP("SyncOverview", "Composition du ménage")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("SyncOverview", "Score")},
        {QStringLiteral("dimension"), QT_TRANSLATE_NOOP("SyncOverview", "Dimension")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("SyncOverview", "Source")},
        {QStringLiteral("assessed_on"), QT_TRANSLATE_NOOP("SyncOverview", "Date d'évaluation")},
        {QStringLiteral("pair_role"), QT_TRANSLATE_NOOP("SyncOverview", "Rôle dans le binôme")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("SyncOverview", "Rôle")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("SyncOverview", "Nom")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("SyncOverview", "Titre")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("SyncOverview", "Lieu")},
        {QStringLiteral("topics"), QT_TRANSLATE_NOOP("SyncOverview", "Thèmes abordés")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("SyncOverview", "Type")},
        {QStringLiteral("archived_at"), QT_TRANSLATE_NOOP("SyncOverview", "Archivage")},
        {QStringLiteral("fte"), QT_TRANSLATE_NOOP("SyncOverview", "ETP")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("SyncOverview", "Téléphone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("SyncOverview", "Courriel")},
        {QStringLiteral("identified_on"), QT_TRANSLATE_NOOP("SyncOverview", "Repérée le")},
        {QStringLiteral("oriented_on"), QT_TRANSLATE_NOOP("SyncOverview", "Orientée le")},
        {QStringLiteral("accompanied_on"),
         QT_TRANSLATE_NOOP("SyncOverview", "Accompagnée depuis le")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("SyncOverview", "Clôturée le")},
        {QStringLiteral("assigned_on"), QT_TRANSLATE_NOOP("SyncOverview", "Affecté le")},
        {QStringLiteral("unassigned_on"), QT_TRANSLATE_NOOP("SyncOverview", "Désaffecté le")},
    };
    QStringList words;
    for (const QString &column : columns.split(QLatin1Char(','))) {
        const char *label = labels.value(column);
        words.append(label ? QCoreApplication::translate("SyncOverview", label) : column);
    }
    return words.join(QStringLiteral(", "));
}

QString SyncOverview::valueText(const QString &literals)
{
    const std::optional<QVariantList> values = ConflictResolution::parseLiterals(literals);
    if (!values)
        return literals;
    QStringList words;
    for (const QVariant &v : *values) {
        if (v.isNull())
            words.append(SyncOverviewText::tr("(vide)"));
        else if (v.typeId() == QMetaType::QByteArray)
            words.append(SyncOverviewText::tr("(référence %1)").arg(shortBlob(v)));
        else if (v.typeId() == QMetaType::QString &&
                 QDate::fromString(v.toString(), Qt::ISODate).isValid())
            words.append(messageDate(v.toString()));
        else
            words.append(v.toString());
    }
    return words.join(QStringLiteral(" ; "));
}

QString SyncOverview::shortId(const Uuid &id)
{
    return id.toString().left(8);
}

} // namespace passerelle
