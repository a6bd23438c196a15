#include "repositories/ActionSheetSections.h"

#include "domain/ActionSheet.h"
#include "domain/Validation.h"
#include "storage/SqlQuery.h"
#include "util/Clock.h"
#include "util/TrContext.h"

#include <QHash>
#include <QSet>

namespace passerelle {

namespace {
// Checkbox groups: the field is the suffix of the table (action_sheet_<field>).
struct CodeSet
{
    const char *field;
    const char *referenceList;
    QStringList ActionSheet::*codes;
};
const CodeSet codeSets[] = {
    {"typology", "action_typology", &ActionSheet::typologies},
    {"determinant", "determinant", &ActionSheet::determinants},
    {"action_type", "action_type", &ActionSheet::actionTypes},
    {"result_category", "result_category", &ActionSheet::resultCategories},
    {"public_category", "public_category", &ActionSheet::publicCategories},
    {"theme", "theme", &ActionSheet::themes},
    {"place_type", "place_type", &ActionSheet::placeTypes},
};

// Ticked plan axes, each with the objective chosen under it.
struct AxisSet
{
    const char *field;
    const char *referenceList;
    QList<ActionSheetAxis> ActionSheet::*axes;
};
const AxisSet axisSets[] = {
    {"prs_axis", "prs_axis", &ActionSheet::prsAxes},
    {"prse3_axis", "prse3_axis", &ActionSheet::prse3Axes},
};

QString tableOf(const char *field)
{
    return QStringLiteral("action_sheet_") + QLatin1StringView(field);
}

QString sectionLabel(const char *field)
{
    return actionSheetSectionLabel(QString::fromLatin1(field));
}

void failUnknownCode(Validator &v, const char *field, const QString &code)
{
    v.fail(QLatin1StringView(field),
           ValidationText::tr("« %1 » : « %2 » n'est pas dans la liste de référence.")
               .arg(sectionLabel(field), code));
}
} // namespace

ActionSheetSections::ActionSheetSections(Database &db, const Clock &clock)
    : m_clock(clock), m_sql(db), m_references(db, clock)
{
}

const ActionSheetSections::OrderedList ActionSheetSections::objectiveList{"action_sheet_objective",
                                                                          "objective", true};
const ActionSheetSections::OrderedList ActionSheetSections::stepList{"action_sheet_step", "step",
                                                                     false};

QList<ActionSheetSections::OrderedRow> ActionSheetSections::objectiveRows(const ActionSheet &sheet)
{
    QList<OrderedRow> rows;
    for (const OperationalObjective &o : sheet.objectives)
        rows.append({o.id, o.text, o.dueDate, o.dueText});
    return rows;
}

QList<ActionSheetSections::OrderedRow> ActionSheetSections::stepRows(const ActionSheet &sheet)
{
    QList<OrderedRow> rows;
    for (const ImplementationStep &s : sheet.steps)
        rows.append({s.id, s.text, s.dueDate, {}});
    return rows;
}

void ActionSheetSections::checkReferences(const ActionSheet &sheet, Validator &v)
{
    for (const CodeSet &set : codeSets)
        for (const QString &code : sheet.*set.codes)
            if (!code.trimmed().isEmpty() &&
                !m_references.contains(QLatin1StringView(set.referenceList), code))
                failUnknownCode(v, set.field, code);
    for (const AxisSet &set : axisSets)
        for (const ActionSheetAxis &axis : sheet.*set.axes)
            if (!axis.code.trimmed().isEmpty() &&
                !m_references.contains(QLatin1StringView(set.referenceList), axis.code))
                failUnknownCode(v, set.field, axis.code);

    for (const ActionSheetPartner &p : sheet.partners)
        if (!p.partnerId.isNull() && !m_sql.exists(QLatin1StringView("partner"), p.partnerId))
            v.fail(QStringLiteral("partner"),
                   ValidationText::tr("« %1 » : un partenaire choisi n'existe pas.")
                       .arg(sectionLabel("partner")));

    checkOrderedIds(objectiveList, sheet, objectiveRows(sheet), v);
    checkOrderedIds(stepList, sheet, stepRows(sheet), v);
}

void ActionSheetSections::checkOrderedIds(const OrderedList &list, const ActionSheet &sheet,
                                          const QList<OrderedRow> &rows, Validator &v)
{
    QSqlQuery &q = m_sql.get(QStringLiteral("SELECT action_sheet_id FROM %1 WHERE id = :id")
                                 .arg(QLatin1StringView(list.table)));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id.isNull())
            continue;
        q.bindValue(QStringLiteral(":id"), sql::uuid(rows.at(i).id));
        sql::exec(q);
        if (q.next() && sql::uuidAt(q, 0) != sheet.id)
            v.fail(QLatin1StringView(list.field),
                   ValidationText::tr("« %1 » n° %2 appartient à une autre fiche action.")
                       .arg(sectionLabel(list.field))
                       .arg(i + 1));
        q.finish();
    }
}

void ActionSheetSections::deleteRows(const QString &table, const Uuid &sheetId)
{
    QSqlQuery &q =
        m_sql.get(QStringLiteral("DELETE FROM %1 WHERE action_sheet_id = :sheet").arg(table));
    q.bindValue(QStringLiteral(":sheet"), sql::uuid(sheetId));
    sql::exec(q);
}

void ActionSheetSections::replaceCodes(const QString &table, const Uuid &sheetId,
                                       const QStringList &codes)
{
    deleteRows(table, sheetId);
    QSqlQuery &q = m_sql.get(
        QStringLiteral("INSERT INTO %1(action_sheet_id, code) VALUES (:sheet, :code)").arg(table));
    for (const QString &code : codes) {
        q.bindValue(QStringLiteral(":sheet"), sql::uuid(sheetId));
        q.bindValue(QStringLiteral(":code"), code);
        sql::exec(q, table);
    }
}

void ActionSheetSections::save(const ActionSheet &sheet)
{
    for (const CodeSet &set : codeSets)
        replaceCodes(tableOf(set.field), sheet.id, sheet.*set.codes);

    for (const AxisSet &set : axisSets) {
        const QString table = tableOf(set.field);
        deleteRows(table, sheet.id);
        QSqlQuery &q = m_sql.get(QStringLiteral("INSERT INTO %1(action_sheet_id, code, objective)"
                                                " VALUES (:sheet, :code, :objective)")
                                     .arg(table));
        for (const ActionSheetAxis &axis : sheet.*set.axes) {
            q.bindValue(QStringLiteral(":sheet"), sql::uuid(sheet.id));
            q.bindValue(QStringLiteral(":code"), axis.code);
            q.bindValue(QStringLiteral(":objective"), sql::text(axis.objective.trimmed()));
            sql::exec(q, table);
        }
    }

    const QString communes = tableOf("commune");
    deleteRows(communes, sheet.id);
    QSqlQuery &commune = m_sql.get(QStringLiteral(
        "INSERT INTO action_sheet_commune(action_sheet_id, commune) VALUES (:sheet, :commune)"));
    for (const QString &name : sheet.communes) {
        commune.bindValue(QStringLiteral(":sheet"), sql::uuid(sheet.id));
        commune.bindValue(QStringLiteral(":commune"), name.trimmed());
        sql::exec(commune, communes);
    }

    const QString partners = tableOf("partner");
    deleteRows(partners, sheet.id);
    QSqlQuery &partner = m_sql.get(
        QStringLiteral("INSERT INTO action_sheet_partner(action_sheet_id, partner_id, role)"
                       " VALUES (:sheet, :partner, :role)"));
    for (const ActionSheetPartner &p : sheet.partners) {
        partner.bindValue(QStringLiteral(":sheet"), sql::uuid(sheet.id));
        partner.bindValue(QStringLiteral(":partner"), sql::uuid(p.partnerId));
        partner.bindValue(QStringLiteral(":role"), sql::text(p.role.trimmed()));
        sql::exec(partner, partners);
    }

    saveOrdered(objectiveList, sheet.id, objectiveRows(sheet));
    saveOrdered(stepList, sheet.id, stepRows(sheet));
}

void ActionSheetSections::saveOrdered(const OrderedList &list, const Uuid &sheetId,
                                      QList<OrderedRow> rows)
{
    const QLatin1StringView table(list.table);
    const QString dueText = list.hasDueText ? QStringLiteral("due_text") : QStringLiteral("NULL");
    struct Stored
    {
        int position;
        OrderedRow row;
        bool archived;
    };
    QHash<Uuid, Stored> stored;
    QSqlQuery &select = m_sql.get(QStringLiteral("SELECT id, position, text, due_date, %2,"
                                                 " archived_at IS NOT NULL FROM %1"
                                                 " WHERE action_sheet_id = :sheet")
                                      .arg(table, dueText));
    select.bindValue(QStringLiteral(":sheet"), sql::uuid(sheetId));
    sql::exec(select);
    while (select.next())
        stored.insert(sql::uuidAt(select, 0), {select.value(1).toInt(),
                                               {sql::uuidAt(select, 0), select.value(2).toString(),
                                                sql::dateAt(select, 3), select.value(4).toString()},
                                               select.value(5).toBool()});
    select.finish();

    const qint64 now = m_clock.nowMs();
    QSqlQuery &insert = m_sql.get(
        list.hasDueText
            ? QStringLiteral(
                  "INSERT INTO %1(id, action_sheet_id, position, text, due_date, due_text,"
                  " created_at, updated_at) VALUES (:id, :sheet, :position, :text,"
                  " :due_date, :due_text, :created, :updated)")
                  .arg(table)
            : QStringLiteral("INSERT INTO %1(id, action_sheet_id, position, text, due_date,"
                             " created_at, updated_at) VALUES (:id, :sheet, :position, :text,"
                             " :due_date, :created, :updated)")
                  .arg(table));
    QSqlQuery &update = m_sql.get(
        list.hasDueText
            ? QStringLiteral(
                  "UPDATE %1 SET position = :position, text = :text, due_date = :due_date,"
                  " due_text = :due_text, updated_at = :updated, archived_at = NULL"
                  " WHERE id = :id")
                  .arg(table)
            : QStringLiteral(
                  "UPDATE %1 SET position = :position, text = :text, due_date = :due_date,"
                  " updated_at = :updated, archived_at = NULL WHERE id = :id")
                  .arg(table));
    QSet<Uuid> kept;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        OrderedRow &row = rows[i];
        row.text = row.text.trimmed();
        row.dueText = row.dueText.trimmed();
        const auto it = row.id.isNull() ? stored.constEnd() : stored.constFind(row.id);
        if (it != stored.constEnd()) {
            kept.insert(row.id);
            const Stored &s = it.value();
            // An unchanged row keeps its updated_at: replicas must not see an edit that
            // did not happen.
            if (s.position == i && s.row.text == row.text && s.row.dueDate == row.dueDate &&
                s.row.dueText == row.dueText && !s.archived)
                continue;
            update.bindValue(QStringLiteral(":id"), sql::uuid(row.id));
            update.bindValue(QStringLiteral(":position"), qint64(i));
            update.bindValue(QStringLiteral(":text"), row.text);
            update.bindValue(QStringLiteral(":due_date"), sql::date(row.dueDate));
            if (list.hasDueText)
                update.bindValue(QStringLiteral(":due_text"), sql::text(row.dueText));
            update.bindValue(QStringLiteral(":updated"), now);
            sql::exec(update, QLatin1StringView(list.table));
            continue;
        }
        if (row.id.isNull())
            row.id = Uuid::createV7();
        insert.bindValue(QStringLiteral(":id"), sql::uuid(row.id));
        insert.bindValue(QStringLiteral(":sheet"), sql::uuid(sheetId));
        insert.bindValue(QStringLiteral(":position"), qint64(i));
        insert.bindValue(QStringLiteral(":text"), row.text);
        insert.bindValue(QStringLiteral(":due_date"), sql::date(row.dueDate));
        if (list.hasDueText)
            insert.bindValue(QStringLiteral(":due_text"), sql::text(row.dueText));
        insert.bindValue(QStringLiteral(":created"), now);
        insert.bindValue(QStringLiteral(":updated"), now);
        sql::exec(insert, QLatin1StringView(list.table));
    }

    QSqlQuery &archive = m_sql.get(
        QStringLiteral("UPDATE %1 SET archived_at = :now, updated_at = :now2 WHERE id = :id")
            .arg(table));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (kept.contains(it.key()) || it.value().archived)
            continue;
        archive.bindValue(QStringLiteral(":now"), now);
        archive.bindValue(QStringLiteral(":now2"), now);
        archive.bindValue(QStringLiteral(":id"), sql::uuid(it.key()));
        sql::exec(archive, QLatin1StringView(list.table));
    }
}

QList<ActionSheetSections::OrderedRow> ActionSheetSections::loadOrdered(const OrderedList &list,
                                                                        const Uuid &sheetId)
{
    QSqlQuery &q =
        m_sql.get(QStringLiteral("SELECT id, text, due_date, %2 FROM %1"
                                 " WHERE action_sheet_id = :sheet AND archived_at IS NULL"
                                 " ORDER BY position, id")
                      .arg(QLatin1StringView(list.table),
                           list.hasDueText ? QStringLiteral("due_text") : QStringLiteral("NULL")));
    q.bindValue(QStringLiteral(":sheet"), sql::uuid(sheetId));
    sql::exec(q);
    QList<OrderedRow> rows;
    while (q.next())
        rows.append(
            {sql::uuidAt(q, 0), q.value(1).toString(), sql::dateAt(q, 2), q.value(3).toString()});
    q.finish();
    return rows;
}

void ActionSheetSections::load(ActionSheet &sheet)
{
    for (const CodeSet &set : codeSets) {
        QSqlQuery &q = m_sql.get(
            QStringLiteral("SELECT s.code FROM %1 s LEFT JOIN ref_%2 r ON r.code = s.code"
                           " WHERE s.action_sheet_id = :sheet ORDER BY r.position, s.code")
                .arg(tableOf(set.field), QLatin1StringView(set.referenceList)));
        q.bindValue(QStringLiteral(":sheet"), sql::uuid(sheet.id));
        sql::exec(q);
        QStringList &codes = sheet.*set.codes;
        codes.clear();
        while (q.next())
            codes.append(q.value(0).toString());
        q.finish();
    }
    for (const AxisSet &set : axisSets) {
        QSqlQuery &q =
            m_sql.get(QStringLiteral("SELECT s.code, s.objective FROM %1 s LEFT JOIN ref_%2 r"
                                     " ON r.code = s.code WHERE s.action_sheet_id = :sheet"
                                     " ORDER BY r.position, s.code")
                          .arg(tableOf(set.field), QLatin1StringView(set.referenceList)));
        q.bindValue(QStringLiteral(":sheet"), sql::uuid(sheet.id));
        sql::exec(q);
        QList<ActionSheetAxis> &axes = sheet.*set.axes;
        axes.clear();
        while (q.next())
            axes.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
    }

    QSqlQuery &communes = m_sql.get(QStringLiteral("SELECT commune FROM action_sheet_commune WHERE "
                                                   "action_sheet_id = :sheet ORDER BY commune"));
    communes.bindValue(QStringLiteral(":sheet"), sql::uuid(sheet.id));
    sql::exec(communes);
    sheet.communes.clear();
    while (communes.next())
        sheet.communes.append(communes.value(0).toString());
    communes.finish();

    QSqlQuery &partners = m_sql.get(QStringLiteral(
        "SELECT s.partner_id, s.role FROM action_sheet_partner s LEFT JOIN partner p"
        " ON p.id = s.partner_id WHERE s.action_sheet_id = :sheet ORDER BY p.name, s.partner_id"));
    partners.bindValue(QStringLiteral(":sheet"), sql::uuid(sheet.id));
    sql::exec(partners);
    sheet.partners.clear();
    while (partners.next())
        sheet.partners.append({sql::uuidAt(partners, 0), partners.value(1).toString()});
    partners.finish();

    sheet.objectives.clear();
    const auto objectives = loadOrdered(objectiveList, sheet.id);
    for (const OrderedRow &r : objectives)
        sheet.objectives.append({r.id, r.text, r.dueDate, r.dueText});
    sheet.steps.clear();
    const auto steps = loadOrdered(stepList, sheet.id);
    for (const OrderedRow &r : steps)
        sheet.steps.append({r.id, r.text, r.dueDate});
}

} // namespace passerelle
