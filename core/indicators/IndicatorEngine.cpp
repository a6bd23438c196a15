#include "indicators/IndicatorEngine.h"

#include "indicators/CategoryLabels.h"
#include "indicators/IndicatorQueryCompiler.h"
#include "indicators/MeasureBatch.h"
#include "repositories/IndicatorRepository.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QHash>

namespace passerelle {

namespace {
// Breakdown keys are the codes themselves (partners' ids in Uuid::toString()'s form, see
// IndicatorSql::categoryKey); a null code is the "not filled in" group.
std::optional<QString> keyFromCode(const QString &code)
{
    if (code.isNull())
        return std::nullopt;
    return code;
}

double rounded(double v, ValueType type)
{
    // total() and divisions give doubles; counts are exact integers.
    return type == ValueType::Integer ? double(qRound64(v)) : v;
}

QString sourceTitle(const QString &source)
{
    return source == QLatin1String("person") ? IndicatorsText::tr("Déclaré par la personne")
                                             : IndicatorsText::tr("Observé par l'équipe");
}
} // namespace

IndicatorEngine::IndicatorEngine(Database &db) : m_db(db) {}

double IndicatorEngine::measure(const MeasureSpec &spec, const QList<Uuid> &programmes,
                                const ReportingPeriod &period)
{
    const IndicatorQueryCompiler compiler(programmes, period);
    ++m_statements;
    return rounded(compiler.value(spec).scalar(m_db.handle()),
                   IndicatorCatalogue::valueType(spec.measure));
}

IndicatorResult IndicatorEngine::compute(const IndicatorDefinition &d,
                                         const QList<Uuid> &programmes,
                                         const ReportingPeriod &period)
{
    return computeAll({{d, period}}, programmes).constFirst();
}

QList<IndicatorResult> IndicatorEngine::computeAll(const QList<Request> &requests,
                                                   const QList<Uuid> &programmes)
{
    // First every measure the requests need, then one run, then the results.
    MeasureBatch batch(programmes);
    struct Wanted
    {
        int value = -1;       // Count, numerator, total of a multi-valued breakdown
        int denominator = -1; // Ratio
        int groups = -1;      // Breakdown
    };
    QList<Wanted> wanted;
    for (const Request &request : requests) {
        const IndicatorDefinition &d = request.definition;
        Wanted w;
        switch (d.type) {
        case IndicatorDefinition::Type::Count:
            w.value = batch.add(d.measure, request.period);
            break;
        case IndicatorDefinition::Type::Ratio:
            w.value = batch.add(d.measure, request.period);
            w.denominator = batch.add(d.denominator, request.period);
            break;
        case IndicatorDefinition::Type::Breakdown:
            w.groups = batch.addGrouped(d.measure, d.by, request.period);
            // A case with two problems is in two rows but counts once in the total.
            if (IndicatorCatalogue::isMultiValued(d.by))
                w.value = batch.add(d.measure, request.period);
            break;
        case IndicatorDefinition::Type::Evolution:
            break;
        }
        wanted.append(w);
    }
    m_statements += batch.run(m_db.handle());

    QList<IndicatorResult> out;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const IndicatorDefinition &d = requests[i].definition;
        const ReportingPeriod &period = requests[i].period;
        const Wanted &w = wanted[i];
        const ValueType type = IndicatorCatalogue::valueType(d.measure.measure);
        IndicatorResult r;
        r.valueType = type;
        switch (d.type) {
        case IndicatorDefinition::Type::Count:
            r.kind = IndicatorResult::Kind::Count;
            r.value = rounded(batch.value(w.value), type);
            break;
        case IndicatorDefinition::Type::Ratio:
            r.kind = IndicatorResult::Kind::Ratio;
            r.display = d.display;
            r.numerator = rounded(batch.value(w.value), type);
            r.denominator = rounded(batch.value(w.denominator),
                                    IndicatorCatalogue::valueType(d.denominator.measure));
            if (IndicatorCatalogue::valueType(d.denominator.measure) == ValueType::Decimal)
                r.valueType = ValueType::Decimal;
            // Division by zero has no value: "n.d.", never 0 % nor infinity.
            if (r.denominator != 0)
                r.value = r.numerator / r.denominator;
            break;
        case IndicatorDefinition::Type::Breakdown: {
            r.kind = IndicatorResult::Kind::Breakdown;
            QHash<QString, double> values;
            double nullValue = 0;
            bool hasNull = false;
            double sum = 0;
            for (const MeasureBatch::Group &g : batch.groups(w.groups)) {
                const double v = rounded(g.value, type);
                sum += v;
                if (g.code)
                    values.insert(*g.code, v);
                else {
                    hasNull = true;
                    nullValue = v;
                }
            }
            CategoryLabels labels(m_db);
            r.rows = labels.rows(d.by, d.measure.measure, period, values, nullValue, hasNull);
            r.value = w.value >= 0 ? rounded(batch.value(w.value), type) : sum;
            break;
        }
        case IndicatorDefinition::Type::Evolution:
            r = {}; // filled in below
            break;
        }
        out.append(r);
    }
    evolutions(requests, programmes, out);
    return out;
}

void IndicatorEngine::evolutions(const QList<Request> &requests, const QList<Uuid> &programmes,
                                 QList<IndicatorResult> &out)
{
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < requests.size(); ++i)
        if (requests[i].definition.type == IndicatorDefinition::Type::Evolution)
            pending.append(i);
    while (!pending.isEmpty()) {
        const Request &first = requests[pending.constFirst()];
        QList<qsizetype> together;
        QStringList dimensions;
        for (const qsizetype i : std::as_const(pending)) {
            const Request &r = requests[i];
            if (r.definition.measure == first.definition.measure && r.period == first.period) {
                together.append(i);
                if (!dimensions.contains(r.definition.dimension))
                    dimensions.append(r.definition.dimension);
            }
        }
        for (const qsizetype i : std::as_const(together)) {
            pending.removeOne(i);
            out[i].kind = IndicatorResult::Kind::Evolution;
        }
        const IndicatorQueryCompiler compiler(programmes, first.period);
        ++m_statements;
        compiler.evolution(dimensions, first.definition.measure)
            .forEachRow(m_db.handle(), [&](const SqliteStatement &q) {
                const QString dimension = q.text(0);
                for (const qsizetype i : std::as_const(together)) {
                    if (requests[i].definition.dimension != dimension)
                        continue;
                    EvolutionFigures &f =
                        q.text(1) == QLatin1String("person") ? out[i].person : out[i].team;
                    f.evaluable = q.int64(2);
                    f.improved = q.int64(3);
                    f.stable = q.int64(4);
                    f.worsened = q.int64(5);
                }
            });
    }
}

IndicatorResult IndicatorEngine::compute(const Indicator &indicator, const ReportingPeriod &period)
{
    if (const auto definition = definitionOf(indicator.id))
        return compute(*definition, {programmeOfSheet(indicator.actionSheetId)}, period);
    IndicatorResult r;
    r.kind = IndicatorResult::Kind::Manual;
    IndicatorRepository repository(m_db);
    if (const auto v = repository.value(indicator.id, period.start, period.end)) {
        r.entered = true;
        r.value = v->value;
        r.valueType = v->value && *v->value != qRound64(*v->value) ? ValueType::Decimal
                                                                    : ValueType::Integer;
        r.text = v->textValue;
        r.comment = v->comment;
    }
    return r;
}

IndicatorTrace IndicatorEngine::traceOf(const MeasureSpec &spec, const QList<Uuid> &programmes,
                                        const ReportingPeriod &period, const QString &title,
                                        std::optional<std::pair<Category, std::optional<QString>>> group)
{
    IndicatorTrace t;
    t.title = title;
    t.valueType = IndicatorCatalogue::valueType(spec.measure);
    const IndicatorQueryCompiler compiler(programmes, period);
    compiler.trace(spec, group).forEachRow(m_db.handle(), [&](const SqliteStatement &q) {
        TraceRow row;
        row.reference = q.text(0);
        row.date = QDate::fromString(q.text(1), Qt::ISODate);
        row.detail = q.text(2);
        row.weight = q.real(3);
        row.id = Uuid::fromBytes(QByteArray::fromHex(q.utf8(4)));
        // Records known by their id show it in the canonical form.
        if (row.reference.size() == 32 && Uuid::fromBytes(QByteArray::fromHex(row.reference.toLatin1())) == row.id)
            row.reference = row.id.toString();
        t.value += row.weight;
        t.rows.append(row);
    });
    t.value = rounded(t.value, t.valueType);
    return t;
}

QList<IndicatorTrace> IndicatorEngine::trace(const IndicatorDefinition &d,
                                             const QList<Uuid> &programmes,
                                             const ReportingPeriod &period,
                                             const TraceSelection &selection)
{
    QList<IndicatorTrace> out;
    switch (d.type) {
    case IndicatorDefinition::Type::Count:
        out.append(traceOf(d.measure, programmes, period, IndicatorCatalogue::label(d.measure.measure)));
        break;
    case IndicatorDefinition::Type::Ratio:
        if (selection.part != TraceSelection::Part::Denominator)
            out.append(traceOf(d.measure, programmes, period, IndicatorsText::tr("Numérateur")));
        if (selection.part != TraceSelection::Part::Numerator)
            out.append(
                traceOf(d.denominator, programmes, period, IndicatorsText::tr("Dénominateur")));
        break;
    case IndicatorDefinition::Type::Breakdown: {
        const IndicatorResult result = compute(d, programmes, period);
        for (const BreakdownRow &row : result.rows) {
            if (selection.category ? *selection.category != row.code ||
                                         selection.category->isNull() != row.code.isNull()
                                   : row.value == 0)
                continue;
            out.append(traceOf(d.measure, programmes, period, row.label,
                               std::make_pair(d.by, keyFromCode(row.code))));
        }
        if (selection.category && out.isEmpty()) {
            // Open categories (partners, communes) list only the groups present: another
            // period's group is simply empty here. Fixed lists list every code.
            if (d.by != Category::Landlord && d.by != Category::Partner && d.by != Category::Commune)
                throw ValidationError(
                    QStringLiteral("category"),
                    IndicatorsText::tr("« %1 » n'est pas une catégorie de cette ventilation.")
                        .arg(*selection.category));
            IndicatorTrace empty;
            empty.title = *selection.category;
            empty.valueType = result.valueType;
            out.append(empty);
        }
        break;
    }
    case IndicatorDefinition::Type::Evolution: {
        const IndicatorQueryCompiler compiler(programmes, period);
        for (const QString &source : {QStringLiteral("person"), QStringLiteral("team")}) {
            if (!selection.source.isEmpty() && selection.source != source)
                continue;
            IndicatorTrace t;
            t.title = sourceTitle(source);
            compiler.evolutionTrace(d.dimension, d.measure, source)
                .forEachRow(m_db.handle(), [&](const SqliteStatement &q) {
                    TraceRow row{q.text(0), QDate::fromString(q.text(1), Qt::ISODate), q.text(2),
                                 double(q.int64(3)), Uuid::fromBytes(QByteArray::fromHex(q.utf8(4)))};
                    t.value += row.weight;
                    t.rows.append(row);
                });
            out.append(t);
        }
        break;
    }
    }
    return out;
}

QList<IndicatorTrace> IndicatorEngine::trace(const Indicator &indicator,
                                             const ReportingPeriod &period,
                                             const TraceSelection &selection)
{
    const auto definition = definitionOf(indicator.id);
    if (!definition)
        throw ValidationError(
            QStringLiteral("definition"),
            IndicatorsText::tr(
                "Cet indicateur est saisi à la main : aucun enregistrement à lister."),
            recordLabel(indicator));
    return trace(*definition, {programmeOfSheet(indicator.actionSheetId)}, period, selection);
}

std::optional<IndicatorDefinition> IndicatorEngine::definitionOf(const Uuid &indicatorId)
{
    SqliteStatement q(m_db.handle(), "SELECT definition, label FROM indicator WHERE id = ?");
    q.bindBlob(1, indicatorId.bytes());
    if (!q.step() || q.isNull(0))
        return std::nullopt;
    try {
        return IndicatorDefinition::fromJson(q.utf8(0));
    } catch (const ValidationError &e) {
        throw ValidationError(e.field(), e.reason(),
                              IndicatorsText::tr("indicateur « %1 »").arg(q.text(1)));
    }
}

Uuid IndicatorEngine::programmeOfSheet(const Uuid &actionSheetId)
{
    SqliteStatement q(m_db.handle(), "SELECT programme_id FROM action_sheet WHERE id = ?");
    q.bindBlob(1, actionSheetId.bytes());
    return q.step() ? Uuid::fromBytes(q.blob(0)) : Uuid();
}

} // namespace passerelle
