#include "reports/JsonReviewWriter.h"

#include "util/Errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace passerelle {

namespace {
QString typeCode(ReviewCell::Type type)
{
    switch (type) {
    case ReviewCell::Type::Empty:
        return QStringLiteral("empty");
    case ReviewCell::Type::Text:
        return QStringLiteral("text");
    case ReviewCell::Type::Integer:
        return QStringLiteral("integer");
    case ReviewCell::Type::Decimal:
        return QStringLiteral("decimal");
    case ReviewCell::Type::Percent:
        return QStringLiteral("percent");
    }
    return {};
}

QJsonObject periodJson(const ReportingPeriod &p)
{
    return {{QStringLiteral("start"), p.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), p.end.toString(Qt::ISODate)},
            {QStringLiteral("label"), p.label()}};
}

QJsonValue cellJson(const ReviewCell &c)
{
    QJsonObject o{{QStringLiteral("type"), typeCode(c.type)}};
    switch (c.type) {
    case ReviewCell::Type::Empty:
        return QJsonValue::Null;
    case ReviewCell::Type::Text:
        o.insert(QStringLiteral("value"), c.text);
        break;
    case ReviewCell::Type::Integer:
        o.insert(QStringLiteral("value"), c.integer);
        break;
    case ReviewCell::Type::Decimal:
    case ReviewCell::Type::Percent:
        o.insert(QStringLiteral("value"), c.number);
        o.insert(QStringLiteral("decimals"), c.decimals);
        break;
    }
    if (!c.trace.isNull()) {
        QJsonObject trace{{QStringLiteral("definition"),
                           QJsonDocument::fromJson(c.trace.definition.toUtf8()).object()},
                          {QStringLiteral("period"), periodJson(c.trace.period)}};
        if (!c.trace.part.isEmpty())
            trace.insert(QStringLiteral("part"), c.trace.part);
        if (c.trace.hasCategory)
            trace.insert(QStringLiteral("category"),
                         c.trace.category.isNull() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(c.trace.category));
        if (!c.trace.source.isEmpty())
            trace.insert(QStringLiteral("source"), c.trace.source);
        o.insert(QStringLiteral("trace"), trace);
    }
    return o;
}

QJsonObject tableJson(const ReviewTable &t)
{
    QJsonArray columns;
    for (const ReviewColumn &c : t.columns)
        columns.append(QJsonObject{{QStringLiteral("title"), c.title},
                                   {QStringLiteral("type"), typeCode(c.type)}});
    QJsonArray rows;
    for (const QList<ReviewCell> &row : t.rows) {
        QJsonArray cells;
        for (const ReviewCell &c : row)
            cells.append(cellJson(c));
        rows.append(cells);
    }
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("columns"), columns},
                  {QStringLiteral("rows"), rows}};
    if (!t.note.isEmpty())
        o.insert(QStringLiteral("note"), t.note);
    return o;
}
} // namespace

QString JsonReviewWriter::description() const
{
    return QCoreApplication::translate("Reports", "JSON pour les traitements automatiques");
}

QJsonObject JsonReviewWriter::toJson(const AnnualReview &r)
{
    QJsonArray sections;
    for (const ReviewSection &s : r.sections) {
        QJsonArray tables;
        for (const ReviewTable &t : s.tables)
            tables.append(tableJson(t));
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("title"), s.title},
                      {QStringLiteral("tables"), tables}};
        if (s.tables.isEmpty())
            o.insert(QStringLiteral("text"), s.text);
        sections.append(o);
    }
    return {
        {QStringLiteral("format"), QStringLiteral("passerelle-annual-review")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("action_sheet"),
         QJsonObject{{QStringLiteral("id"), r.actionSheetId.toString()},
                     {QStringLiteral("number"), r.actionSheetNumber},
                     {QStringLiteral("title"), r.actionSheetTitle},
                     {QStringLiteral("carrier"), r.carrier}}},
        {QStringLiteral("programme"),
         QJsonObject{{QStringLiteral("code"), r.programmeCode}, {QStringLiteral("name"), r.programmeName}}},
        {QStringLiteral("period"), periodJson(r.period)},
        {QStringLiteral("previous_period"), periodJson(r.previousPeriod)},
        {QStringLiteral("generated_at"), r.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sections"), sections},
    };
}

void JsonReviewWriter::write(const AnnualReview &review, QIODevice &out) const
{
    const QByteArray bytes = QJsonDocument(toJson(review)).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        throw StorageError(QCoreApplication::translate("Reports", "Écriture du bilan impossible : %1")
                               .arg(out.errorString()));
}

} // namespace passerelle
