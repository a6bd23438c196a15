#include "indicators/IndicatorDefinition.h"

#include "util/Errors.h"
#include "util/TrContext.h"
#include "util/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace passerelle {

namespace {

[[noreturn]] void refuse(const QString &field, const QString &message)
{
    throw ValidationError(field, message, IndicatorsText::tr("définition d'indicateur"));
}

const std::pair<IndicatorDefinition::Type, const char *> typeCodes[] = {
    {IndicatorDefinition::Type::Count, "count"},
    {IndicatorDefinition::Type::Ratio, "ratio"},
    {IndicatorDefinition::Type::Breakdown, "breakdown"},
    {IndicatorDefinition::Type::Evolution, "evolution"},
};

QString join(const QStringList &codes)
{
    return codes.join(QStringLiteral(", "));
}

// Every key of `object` must be among `allowed`: a misspelt filter would otherwise be
// silently ignored and the figure be wrong without anyone noticing.
void onlyKeys(const QJsonObject &object, const QString &field, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            refuse(field + QLatin1Char('.') + it.key(),
                   IndicatorsText::tr("Clé inconnue « %1 » ; clés possibles : %2.")
                       .arg(it.key(), join(allowed)));
    }
}

QString requireString(const QJsonObject &object, const QString &key, const QString &field)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        refuse(field + QLatin1Char('.') + key,
               IndicatorsText::tr("« %1 » est obligatoire.").arg(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        refuse(field + QLatin1Char('.') + key,
               IndicatorsText::tr("« %1 » doit être un texte non vide.").arg(key));
    return v.toString();
}

QStringList measureCodes()
{
    QStringList out;
    for (Measure m : IndicatorCatalogue::measures())
        out.append(IndicatorCatalogue::code(m));
    return out;
}

QStringList filterCodesFor(Measure m, bool evolution)
{
    QStringList out;
    for (Filter f : IndicatorCatalogue::filters())
        if (IndicatorCatalogue::appliesTo(f, m) &&
            !(evolution && (f == Filter::Dimension || f == Filter::Source)))
            out.append(IndicatorCatalogue::code(f));
    return out;
}

QStringList categoryCodesFor(Measure m)
{
    QStringList out;
    for (Category c : IndicatorCatalogue::categories())
        if (IndicatorCatalogue::appliesTo(c, m))
            out.append(IndicatorCatalogue::code(c));
    return out;
}

QStringList casePeriodCodes()
{
    QStringList out;
    for (auto p : {CasePeriod::Active, CasePeriod::AccompaniedActive, CasePeriod::ActiveAtEnd,
                   CasePeriod::Identified, CasePeriod::Oriented, CasePeriod::Accompanied,
                   CasePeriod::Closed, CasePeriod::Referral, CasePeriod::Any})
        out.append(IndicatorCatalogue::code(p));
    return out;
}

int scoreAt(const QJsonObject &object, const QString &key, int fallback, const QString &field)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(int(d)) || d < 1 || d > 5)
        refuse(field + QLatin1Char('.') + key,
               IndicatorsText::tr("Le score doit être un entier de 1 à 5."));
    return int(d);
}

QStringList parseCodeArray(const QJsonValue &value, const QString &field)
{
    if (!value.isArray() || value.toArray().isEmpty())
        refuse(field,
               IndicatorsText::tr("Liste de codes attendue, non vide (ou {\"not\": [...]})."));
    QStringList out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString item = array.at(i).toString();
        const QString itemField = field + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isString() || item.trimmed().isEmpty() || item.size() > 40)
            refuse(itemField,
                   IndicatorsText::tr("Chaque code doit être un texte de 1 à 40 caractères."));
        if (out.contains(item))
            refuse(itemField, IndicatorsText::tr("Le code « %1 » est répété.").arg(item));
        out.append(item);
    }
    return out;
}

FilterValue parseFilter(Filter filter, Measure measure, const QJsonValue &value,
                        const QString &field)
{
    FilterValue out;
    switch (IndicatorCatalogue::shape(filter)) {
    case FilterShape::Codes:
    case FilterShape::Ids: {
        QJsonValue list = value;
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            onlyKeys(o, field, {QStringLiteral("not")});
            list = o.value(QLatin1String("not"));
            out.negated = true;
        }
        out.codes = parseCodeArray(list, out.negated ? field + QStringLiteral(".not") : field);
        const QStringList allowed = IndicatorCatalogue::allowedCodes(filter, measure);
        for (qsizetype i = 0; i < out.codes.size(); ++i) {
            const QString itemField = field + (out.negated ? QStringLiteral(".not") : QString()) +
                                      QStringLiteral("[%1]").arg(i);
            if (!allowed.isEmpty() && !allowed.contains(out.codes[i]))
                refuse(itemField, IndicatorsText::tr("Code « %1 » inconnu ; codes possibles : %2.")
                                      .arg(out.codes[i], join(allowed)));
            if (IndicatorCatalogue::shape(filter) == FilterShape::Ids) {
                const Uuid id = Uuid::fromString(out.codes[i]);
                if (id.isNull())
                    refuse(itemField, IndicatorsText::tr("Identifiant attendu (UUID), reçu « %1 ».")
                                          .arg(out.codes[i]));
                out.codes[i] = id.toString(); // one spelling, so equal filters compare equal
            }
        }
        break;
    }
    case FilterShape::Choice:
        if (!value.isString() || !IndicatorCatalogue::casePeriodFromCode(value.toString()))
            refuse(field,
                   IndicatorsText::tr("Valeur attendue parmi : %1.").arg(join(casePeriodCodes())));
        out.choice = value.toString();
        break;
    case FilterShape::Flag:
        if (!value.isBool())
            refuse(field, IndicatorsText::tr("true ou false attendu."));
        out.flag = value.toBool();
        break;
    case FilterShape::AssessedCondition: {
        if (!value.isObject())
            refuse(field,
                   IndicatorsText::tr(
                       "Objet attendu : {\"dimension\": …, \"source\": …, \"min_score\": …}."));
        const QJsonObject o = value.toObject();
        onlyKeys(o, field,
                 {QStringLiteral("dimension"), QStringLiteral("source"),
                  QStringLiteral("min_score"), QStringLiteral("max_score")});
        out.assessed.dimension = requireString(o, QStringLiteral("dimension"), field);
        if (o.contains(QLatin1String("source"))) {
            const QString source = o.value(QLatin1String("source")).toString();
            if (source != QLatin1String("person") && source != QLatin1String("team"))
                refuse(field + QStringLiteral(".source"),
                       IndicatorsText::tr("« person » ou « team » attendu."));
            out.assessed.source = source;
        }
        out.assessed.minScore = scoreAt(o, QStringLiteral("min_score"), 1, field);
        out.assessed.maxScore = scoreAt(o, QStringLiteral("max_score"), 5, field);
        if (out.assessed.maxScore < out.assessed.minScore)
            refuse(field + QStringLiteral(".max_score"),
                   IndicatorsText::tr(
                       "Le score maximal ne peut pas être inférieur au score minimal."));
        break;
    }
    }
    return out;
}

FilterMap parseFilters(const QJsonObject &parent, Measure measure, bool evolution,
                       const QString &parentField)
{
    FilterMap out;
    const QJsonValue value = parent.value(QLatin1String("filters"));
    if (value.isUndefined())
        return out;
    const QString field = parentField + QStringLiteral(".filters");
    if (!value.isObject())
        refuse(field, IndicatorsText::tr("Objet attendu : {\"nom du filtre\": valeur, …}."));
    const QJsonObject object = value.toObject();
    const QStringList allowed = filterCodesFor(measure, evolution);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto filter = IndicatorCatalogue::filterFromCode(it.key());
        if (!filter || !allowed.contains(it.key()))
            refuse(field + QLatin1Char('.') + it.key(),
                   IndicatorsText::tr(
                       "Le filtre « %1 » ne s'applique pas à « %2 » ; filtres possibles : %3.")
                       .arg(it.key(), IndicatorCatalogue::code(measure), join(allowed)));
        out[*filter] = parseFilter(*filter, measure, it.value(), field + QLatin1Char('.') + it.key());
    }
    return out;
}

MeasureSpec parseMeasure(const QJsonObject &object, const QString &field)
{
    const QString code = requireString(object, QStringLiteral("measure"), field);
    const auto measure = IndicatorCatalogue::measureFromCode(code);
    if (!measure)
        refuse(field + QStringLiteral(".measure"),
               IndicatorsText::tr("Mesure « %1 » inconnue ; mesures possibles : %2.")
                   .arg(code, join(measureCodes())));
    MeasureSpec spec;
    spec.measure = *measure;
    spec.filters = parseFilters(object, *measure, false, field);
    return spec;
}

MeasureSpec parseOperand(const QJsonObject &root, const QString &key, const QString &field)
{
    const QJsonValue v = root.value(key);
    const QString operandField = field + QLatin1Char('.') + key;
    if (!v.isObject())
        refuse(operandField,
               IndicatorsText::tr("« %1 » est obligatoire : {\"measure\": …, \"filters\": {…}}.")
                   .arg(key));
    const QJsonObject o = v.toObject();
    onlyKeys(o, operandField, {QStringLiteral("measure"), QStringLiteral("filters")});
    return parseMeasure(o, operandField);
}

QJsonValue filterToJson(Filter filter, const FilterValue &value)
{
    switch (IndicatorCatalogue::shape(filter)) {
    case FilterShape::Codes:
    case FilterShape::Ids: {
        const QJsonArray array = QJsonArray::fromStringList(value.codes);
        if (value.negated)
            return QJsonObject{{QStringLiteral("not"), array}};
        return array;
    }
    case FilterShape::Choice:
        return value.choice;
    case FilterShape::Flag:
        return value.flag;
    case FilterShape::AssessedCondition: {
        QJsonObject o{{QStringLiteral("dimension"), value.assessed.dimension},
                      {QStringLiteral("min_score"), value.assessed.minScore},
                      {QStringLiteral("max_score"), value.assessed.maxScore}};
        if (!value.assessed.source.isEmpty())
            o.insert(QStringLiteral("source"), value.assessed.source);
        return o;
    }
    }
    return {};
}

QJsonObject measureToJson(const MeasureSpec &spec, bool withMeasure = true)
{
    QJsonObject o;
    if (withMeasure)
        o.insert(QStringLiteral("measure"), IndicatorCatalogue::code(spec.measure));
    if (!spec.filters.empty()) {
        QJsonObject filters;
        for (const auto &[filter, value] : spec.filters)
            filters.insert(IndicatorCatalogue::code(filter), filterToJson(filter, value));
        o.insert(QStringLiteral("filters"), filters);
    }
    return o;
}

void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}

} // namespace

const FilterValue *MeasureSpec::filter(Filter f) const
{
    const auto it = filters.find(f);
    return it == filters.end() ? nullptr : &it->second;
}

CasePeriod MeasureSpec::casePeriod() const
{
    if (const FilterValue *v = filter(Filter::Period))
        if (const auto p = IndicatorCatalogue::casePeriodFromCode(v->choice))
            return *p;
    return IndicatorCatalogue::defaultCasePeriod(measure);
}

QString toCode(IndicatorDefinition::Type type)
{
    for (const auto &[t, code] : typeCodes)
        if (t == type)
            return QString::fromLatin1(code);
    return {};
}

IndicatorDefinition IndicatorDefinition::count(Measure m, FilterMap filters)
{
    IndicatorDefinition d;
    d.type = Type::Count;
    d.measure = {m, std::move(filters)};
    return d;
}

IndicatorDefinition IndicatorDefinition::ratio(MeasureSpec numerator, MeasureSpec denominator,
                                               Display display)
{
    IndicatorDefinition d;
    d.type = Type::Ratio;
    d.measure = std::move(numerator);
    d.denominator = std::move(denominator);
    d.display = display;
    return d;
}

IndicatorDefinition IndicatorDefinition::breakdown(Measure m, Category by, FilterMap filters)
{
    IndicatorDefinition d;
    d.type = Type::Breakdown;
    d.measure = {m, std::move(filters)};
    d.by = by;
    return d;
}

IndicatorDefinition IndicatorDefinition::evolution(const QString &dimension, FilterMap filters)
{
    IndicatorDefinition d;
    d.type = Type::Evolution;
    d.measure = {Measure::Assessments, std::move(filters)};
    d.dimension = dimension;
    return d;
}

IndicatorDefinition IndicatorDefinition::fromJson(const QByteArray &json, const QString &field)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        refuse(field, IndicatorsText::tr("JSON illisible à la position %1 : %2.")
                          .arg(error.offset)
                          .arg(error.errorString()));
    if (!doc.isObject())
        refuse(field, IndicatorsText::tr("Un objet JSON est attendu."));
    return fromJson(doc.object(), field);
}

IndicatorDefinition IndicatorDefinition::fromJson(const QJsonObject &root, const QString &field)
{
    if (root.contains(QLatin1String("version")) &&
        root.value(QLatin1String("version")).toInt(-1) != 1)
        refuse(field + QStringLiteral(".version"),
               IndicatorsText::tr("Seule la version 1 est connue."));
    const QString typeCode = requireString(root, QStringLiteral("type"), field);
    std::optional<Type> type;
    for (const auto &[t, code] : typeCodes)
        if (typeCode == QLatin1StringView(code))
            type = t;
    if (!type)
        refuse(field + QStringLiteral(".type"),
               IndicatorsText::tr(
                   "Type « %1 » inconnu ; types possibles : count, ratio, breakdown, evolution.")
                   .arg(typeCode));

    IndicatorDefinition d;
    d.type = *type;
    const QString version = QStringLiteral("version");
    const QString typeKey = QStringLiteral("type");
    switch (d.type) {
    case Type::Count:
        onlyKeys(root, field,
                 {version, typeKey, QStringLiteral("measure"), QStringLiteral("filters")});
        d.measure = parseMeasure(root, field);
        break;
    case Type::Ratio: {
        onlyKeys(root, field,
                 {version, typeKey, QStringLiteral("numerator"), QStringLiteral("denominator"),
                  QStringLiteral("display")});
        d.measure = parseOperand(root, QStringLiteral("numerator"), field);
        d.denominator = parseOperand(root, QStringLiteral("denominator"), field);
        const QJsonValue display = root.value(QLatin1String("display"));
        if (display == QJsonValue(QStringLiteral("decimal")))
            d.display = Display::Decimal;
        else if (!display.isUndefined() && display != QJsonValue(QStringLiteral("percent")))
            refuse(field + QStringLiteral(".display"),
                   IndicatorsText::tr("« percent » ou « decimal » attendu."));
        break;
    }
    case Type::Breakdown: {
        onlyKeys(root, field,
                 {version, typeKey, QStringLiteral("measure"), QStringLiteral("filters"),
                  QStringLiteral("by")});
        d.measure = parseMeasure(root, field);
        const QString by = requireString(root, QStringLiteral("by"), field);
        const auto category = IndicatorCatalogue::categoryFromCode(by);
        if (!category || !IndicatorCatalogue::appliesTo(*category, d.measure.measure))
            refuse(field + QStringLiteral(".by"),
                   IndicatorsText::tr(
                       "« %1 » ne peut pas ventiler « %2 » ; ventilations possibles : %3.")
                       .arg(by, IndicatorCatalogue::code(d.measure.measure),
                            join(categoryCodesFor(d.measure.measure))));
        d.by = *category;
        if (d.by == Category::Month &&
            IndicatorCatalogue::family(d.measure.measure) == MeasureFamily::Case &&
            !IndicatorCatalogue::isPointInTime(d.measure.casePeriod()))
            refuse(field + QStringLiteral(".by"),
                   IndicatorsText::tr("Une ventilation par mois demande un filtre « period » daté "
                                      "(identified, oriented, accompanied, closed ou referral)."));
        break;
    }
    case Type::Evolution:
        onlyKeys(root, field,
                 {version, typeKey, QStringLiteral("dimension"), QStringLiteral("filters")});
        d.dimension = requireString(root, QStringLiteral("dimension"), field);
        d.measure.measure = Measure::Assessments;
        d.measure.filters = parseFilters(root, Measure::Assessments, true, field);
        break;
    }
    return d;
}

QJsonObject IndicatorDefinition::toJsonObject() const
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), toCode(type));
    switch (type) {
    case Type::Count:
        merge(o, measureToJson(measure));
        break;
    case Type::Ratio:
        o.insert(QStringLiteral("numerator"), measureToJson(measure));
        o.insert(QStringLiteral("denominator"), measureToJson(denominator));
        o.insert(QStringLiteral("display"), display == Display::Decimal
                                                ? QStringLiteral("decimal")
                                                : QStringLiteral("percent"));
        break;
    case Type::Breakdown:
        merge(o, measureToJson(measure));
        o.insert(QStringLiteral("by"), IndicatorCatalogue::code(by));
        break;
    case Type::Evolution:
        o.insert(QStringLiteral("dimension"), dimension);
        merge(o, measureToJson(measure, false));
        break;
    }
    return o;
}

QByteArray IndicatorDefinition::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

void IndicatorDefinition::validate() const
{
    const IndicatorDefinition parsed = fromJson(toJsonObject());
    if (!(parsed == *this))
        refuse(QStringLiteral("definition"),
               IndicatorsText::tr(
                   "La définition contient des valeurs que sa forme JSON ne garde pas."));
}

FilterValue codes(std::initializer_list<const char *> values)
{
    FilterValue v;
    for (const char *c : values)
        v.codes.append(QString::fromLatin1(c));
    return v;
}

FilterValue codes(const QStringList &values)
{
    FilterValue v;
    v.codes = values;
    return v;
}

FilterValue notCodes(const QStringList &values)
{
    FilterValue v;
    v.codes = values;
    v.negated = true;
    return v;
}

FilterValue choice(CasePeriod period)
{
    FilterValue v;
    v.choice = IndicatorCatalogue::code(period);
    return v;
}

FilterValue flag(bool value)
{
    FilterValue v;
    v.flag = value;
    return v;
}

FilterValue assessed(const QString &dimension, const QString &source, int minScore, int maxScore)
{
    FilterValue v;
    v.assessed = {dimension, source, minScore, maxScore};
    return v;
}

} // namespace passerelle
