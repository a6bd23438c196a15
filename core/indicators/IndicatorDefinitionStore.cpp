#include "indicators/IndicatorDefinitionStore.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

namespace passerelle {

IndicatorDefinitionStore::IndicatorDefinitionStore(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

bool IndicatorDefinitionStore::referenceExists(const QString &table, const QString &code)
{
    // `table` comes from IndicatorCatalogue's constants (ref_*), never from the definition.
    SqliteStatement q(m_db.handle(), "SELECT 1 FROM " + table.toLatin1() + " WHERE code = ?");
    q.bindText(1, code);
    return q.step();
}

bool IndicatorDefinitionStore::recordExists(const char *table, const QString &id)
{
    SqliteStatement q(m_db.handle(), QByteArray("SELECT 1 FROM ") + table + " WHERE id = ?");
    q.bindBlob(1, Uuid::fromString(id).bytes());
    return q.step();
}

void IndicatorDefinitionStore::checkMeasure(const MeasureSpec &spec, const QString &field,
                                            Validator &v)
{
    for (const auto &[filter, value] : spec.filters) {
        const QString filterField = field + QStringLiteral(".filters.") + IndicatorCatalogue::code(filter) +
                                    (value.negated ? QStringLiteral(".not") : QString());
        const QString table = IndicatorCatalogue::referenceTable(filter);
        for (qsizetype i = 0; i < value.codes.size(); ++i) {
            const QString itemField = filterField + QStringLiteral("[%1]").arg(i);
            const QString &code = value.codes[i];
            if (!table.isEmpty() && !referenceExists(table, code))
                v.fail(itemField, IndicatorsText::tr("Le code « %1 » n'est pas dans la liste %2.")
                                      .arg(code, table));
            if (filter == Filter::Landlord && !recordExists("partner", code))
                v.fail(itemField,
                       IndicatorsText::tr("Aucun partenaire n'a l'identifiant %1.").arg(code));
            if (filter == Filter::Programme && !recordExists("programme", code))
                v.fail(itemField,
                       IndicatorsText::tr("Aucun dispositif n'a l'identifiant %1.").arg(code));
        }
        if (filter == Filter::Assessed &&
            !referenceExists(QStringLiteral("ref_outcome_dimension"), value.assessed.dimension))
            v.fail(filterField + QStringLiteral(".dimension"),
                   IndicatorsText::tr(
                       "La dimension « %1 » n'est pas dans la liste des dimensions d'évaluation.")
                       .arg(value.assessed.dimension));
    }
}

void IndicatorDefinitionStore::checkReferences(const IndicatorDefinition &d, Validator &v)
{
    const QString root = QStringLiteral("definition");
    switch (d.type) {
    case IndicatorDefinition::Type::Ratio:
        checkMeasure(d.measure, root + QStringLiteral(".numerator"), v);
        checkMeasure(d.denominator, root + QStringLiteral(".denominator"), v);
        break;
    case IndicatorDefinition::Type::Evolution:
        if (!referenceExists(QStringLiteral("ref_outcome_dimension"), d.dimension))
            v.fail(root + QStringLiteral(".dimension"),
                   IndicatorsText::tr(
                       "La dimension « %1 » n'est pas dans la liste des dimensions d'évaluation.")
                       .arg(d.dimension));
        checkMeasure(d.measure, root, v);
        break;
    default:
        checkMeasure(d.measure, root, v);
        break;
    }
}

void IndicatorDefinitionStore::setDefinition(const Uuid &indicatorId,
                                             const std::optional<IndicatorDefinition> &definition)
{
    Validator v(IndicatorsText::tr("indicateur %1").arg(indicatorId.toString()));
    if (definition)
        definition->validate();
    Transaction tx(m_db.handle());
    SqliteStatement exists(m_db.handle(), "SELECT 1 FROM indicator WHERE id = ?");
    exists.bindBlob(1, indicatorId.bytes());
    if (!exists.step())
        throw ValidationError(QStringLiteral("id"), IndicatorsText::tr("Indicateur introuvable."),
                              IndicatorsText::tr("indicateur %1").arg(indicatorId.toString()));
    if (definition)
        checkReferences(*definition, v);
    v.throwIfFailed();
    SqliteStatement update(m_db.handle(),
                           "UPDATE indicator SET definition = ?, updated_at = ? WHERE id = ?");
    if (definition)
        update.bindUtf8(1, definition->toJson());
    else
        update.bindNull(1);
    update.bind(2, m_clock.nowMs());
    update.bindBlob(3, indicatorId.bytes());
    update.execute();
    tx.commit();
}

} // namespace passerelle
