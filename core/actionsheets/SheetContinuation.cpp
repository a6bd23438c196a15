#include "actionsheets/SheetContinuation.h"

#include "indicators/IndicatorDefinitionStore.h"
#include "indicators/IndicatorEngine.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/FundingRepository.h"
#include "repositories/IndicatorRepository.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace passerelle {

namespace {
// Years written in a due text ("Au premier semestre 2025", "Fin 2027") move with the
// dates; other numbers stay.
QString shiftYears(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("\\b(199\\d|20\\d\\d)\\b"));
    QString out;
    qsizetype last = 0;
    auto it = year.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += QString::number(m.captured(1).toInt() + 1);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QDate nextYear(const QDate &date)
{
    return date.isValid() ? date.addYears(1) : QDate();
}

std::optional<int> nextYear(std::optional<int> year)
{
    return year ? std::optional<int>(*year + 1) : std::nullopt;
}
} // namespace

SheetContinuation::SheetContinuation(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

ActionSheet SheetContinuation::nextPeriod(const ActionSheet &sheet)
{
    ActionSheet next = sheet;
    next.id = Uuid();
    next.chainedFromId = sheet.id;
    next.startYear = nextYear(sheet.startYear);
    next.endYear = nextYear(sheet.endYear);
    next.periodStart = nextYear(sheet.periodStart);
    next.periodEnd = nextYear(sheet.periodEnd);
    for (OperationalObjective &o : next.objectives) {
        o.id = Uuid();
        o.dueDate = nextYear(o.dueDate);
        o.dueText = shiftYears(o.dueText);
    }
    for (ImplementationStep &s : next.steps) {
        s.id = Uuid();
        s.dueDate = nextYear(s.dueDate);
    }
    next.createdAt = {};
    next.updatedAt = {};
    next.archivedAt = {};
    return next;
}

Uuid SheetContinuation::existingContinuation(const Uuid &sheetId)
{
    // The next period is the sheet's own period (or start year) one year later: compared
    // with IS so that a sheet without period dates matches on its years alone.
    SqliteStatement q(m_db.handle(),
                      "SELECT n.id FROM action_sheet n JOIN action_sheet o ON o.id = ?1"
                      " WHERE n.chained_from_id = o.id AND n.archived_at IS NULL"
                      " AND n.period_start IS date(o.period_start, '+1 year')"
                      " AND n.start_year IS o.start_year + 1"
                      " ORDER BY n.id LIMIT 1");
    q.bindBlob(1, sheetId.bytes());
    return q.step() ? Uuid::fromBytes(q.blob(0)) : Uuid();
}

SheetContinuation::Result SheetContinuation::continueNextYear(const Uuid &sheetId)
{
    Transaction tx(m_db.handle());
    ActionSheetRepository sheets(m_db, m_clock);
    const std::optional<ActionSheet> sheet = sheets.find(sheetId);
    if (!sheet)
        throw ValidationError(QStringLiteral("id"),
                              SheetContinuationText::tr("Fiche action introuvable."));
    if (!sheet->periodStart.isValid() && !sheet->startYear)
        throw ValidationError(
            QStringLiteral("period_start"),
            SheetContinuationText::tr("Cette fiche n'a ni période ni année de début : indiquez-les "
                                      "avant de la continuer l'année suivante."),
            recordLabel(*sheet));
    if (const Uuid existing = existingContinuation(sheetId); !existing.isNull()) {
        const std::optional<ActionSheet> other = sheets.find(existing);
        const ActionSheet next = nextPeriod(*sheet);
        const QString period = next.periodStart.isValid()
                                   ? next.periodStart.toString(QStringLiteral("dd/MM/yyyy"))
                                   : QString::number(*next.startYear);
        throw ValidationError(
            QStringLiteral("chained_from_id"),
            SheetContinuationText::tr("Cette fiche est déjà continuée pour la période suivante "
                                      "(%1) : fiche « %2 ».")
                .arg(period, other ? other->title : existing.toString()),
            recordLabel(*sheet));
    }

    Result result;
    const ActionSheet next = nextPeriod(*sheet);
    result.sheetId = sheets.create(next);
    result.objectives = int(next.objectives.size());
    result.steps = int(next.steps.size());

    IndicatorRepository indicators(m_db, m_clock);
    IndicatorDefinitionStore definitions(m_db, m_clock);
    IndicatorEngine engine(m_db);
    const QList<Indicator> current = indicators.list(sheetId);
    for (const Indicator &old : current) {
        Indicator copy;
        copy.actionSheetId = result.sheetId;
        copy.kind = old.kind;
        copy.position = old.position;
        copy.label = old.label;
        copy.target = old.target;
        const Uuid id = indicators.create(copy);
        if (const auto definition = engine.definitionOf(old.id))
            definitions.setDefinition(id, definition);
        ++result.indicators;
    }

    // Funders usually renew (a multi-year agreement, a yearly grant): their lines come along
    // one year later so that the coordinator corrects amounts rather than retyping funders.
    // The note says the amount is carried over until someone confirms it.
    FundingRepository funding(m_db, m_clock);
    FundingFilter ofSheet;
    ofSheet.actionSheetId = sheetId;
    for (const Funding &old : funding.list(ofSheet)) {
        Funding copy = old;
        copy.id = Uuid();
        copy.actionSheetId = result.sheetId;
        copy.year = old.year + 1;
        const QString carried = QCoreApplication::translate(
                                    "SheetContinuation", "Reconduit de %1 : montant à confirmer.")
                                    .arg(old.year);
        copy.note = old.note.trimmed().isEmpty() ? carried : carried + u' ' + old.note.trimmed();
        copy.createdAt = {};
        copy.updatedAt = {};
        funding.create(copy);
        ++result.fundingLines;
    }
    tx.commit();
    return result;
}

} // namespace passerelle
