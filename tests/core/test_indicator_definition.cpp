// Indicator definitions as JSON: round trips for every kind, refusals that name the field,
// references checked against the database before a definition is stored.

#include "test_indicator_fixtures.h"

#include "domain/Validation.h"
#include "indicators/IndicatorDefinitionStore.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace passerelle;
using namespace passerelle::test;
using D = IndicatorDefinition;

namespace {
// The refused field of parsing `json`.
QString refusedField(const char *json)
{
    try {
        D::fromJson(QByteArray(json));
    } catch (const ValidationError &e) {
        INFO(e.message().toStdString());
        CHECK_FALSE(e.reason().isEmpty());
        return e.field();
    }
    return QStringLiteral("<accepted>");
}
} // namespace

TEST_CASE("Definitions of every kind survive a round trip through JSON")
{
    const QString landlord = Uuid::createV7().toString();
    const QList<D> definitions = {
        D::count(Measure::Cases),
        D::count(Measure::Cases, {{Filter::Period, choice(CasePeriod::AccompaniedActive)},
                                  {Filter::Landlord, notCodes({landlord})},
                                  {Filter::Referred, flag(true)},
                                  {Filter::Assessed, assessed(QStringLiteral("outside_contact"),
                                                              QStringLiteral("person"), 4)}}),
        D::count(Measure::WorkerHours, {{Filter::WorkerRole, codes({"peer_worker"})},
                                        {Filter::Channel, codes({"home_visit", "phone"})}}),
        D::ratio({Measure::Sessions, {{Filter::Status, codes({"done"})}}}, {Measure::Sessions, {}}),
        D::ratio({Measure::PartnerLinks, {}}, {Measure::Cases, {}}, D::Display::Decimal),
        D::breakdown(Measure::Participants, Category::ParticipantTypology,
                     {{Filter::SessionKind, codes({"information_meeting"})}}),
        D::breakdown(Measure::Cases, Category::Month, {{Filter::Period, choice(CasePeriod::Closed)}}),
        D::evolution(QStringLiteral("housing"), {{Filter::Problem, codes({"isolation"})}}),
    };
    for (const D &d : definitions) {
        INFO(d.toJson().toStdString());
        CHECK_NOTHROW(d.validate());
        const D parsed = D::fromJson(d.toJson());
        CHECK(parsed == d);
        CHECK(parsed.toJson() == d.toJson());
    }
    // The documented shape, written by hand.
    const D ratio = D::fromJson(QByteArray(R"({"type": "ratio", "display": "decimal",
        "numerator": {"measure": "partner_links", "filters": {"period": "accompanied_active"}},
        "denominator": {"measure": "cases", "filters": {"period": "accompanied_active"}}})"));
    CHECK(ratio.type == D::Type::Ratio);
    CHECK(ratio.display == D::Display::Decimal);
    CHECK(ratio.measure.measure == Measure::PartnerLinks);
    CHECK(ratio.denominator.casePeriod() == CasePeriod::AccompaniedActive);
    // UUIDs are kept in one spelling so that equal filters compare equal.
    const D upper = D::fromJson(QStringLiteral(R"({"type":"count","measure":"cases","filters":{"landlord":["%1"]}})")
                                    .arg(landlord.toUpper()).toUtf8());
    CHECK(upper.measure.filter(Filter::Landlord)->codes == QStringList{landlord});
}

TEST_CASE("Malformed definitions are refused with the field named")
{
    CHECK(refusedField("not json") == QLatin1String("definition"));
    CHECK(refusedField("[1]") == QLatin1String("definition"));
    CHECK(refusedField(R"({"measure": "cases"})") == QLatin1String("definition.type"));
    CHECK(refusedField(R"({"type": "sum", "measure": "cases"})") == QLatin1String("definition.type"));
    CHECK(refusedField(R"({"type": "count", "version": 2, "measure": "cases"})") == QLatin1String("definition.version"));
    CHECK(refusedField(R"({"type": "count"})") == QLatin1String("definition.measure"));
    CHECK(refusedField(R"({"type": "count", "measure": "beds"})") == QLatin1String("definition.measure"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "fliters": {}})") == QLatin1String("definition.fliters"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "filters": {"channel": ["phone"]}})") ==
          QLatin1String("definition.filters.channel"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "filters": {"status": ["done"]}})") ==
          QLatin1String("definition.filters.status[0]"));
    CHECK(refusedField(R"({"type": "count", "measure": "interventions", "filters": {"status": ["planned", "closed"]}})") ==
          QLatin1String("definition.filters.status[1]"));
    CHECK(refusedField(R"({"type": "count", "measure": "interventions", "filters": {"channel": []}})") ==
          QLatin1String("definition.filters.channel"));
    CHECK(refusedField(R"({"type": "count", "measure": "interventions", "filters": {"channel": ["phone", "phone"]}})") ==
          QLatin1String("definition.filters.channel[1]"));
    CHECK(refusedField(R"({"type": "count", "measure": "interventions", "filters": {"channel": {"but": ["phone"]}}})") ==
          QLatin1String("definition.filters.channel.but"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "filters": {"landlord": {"not": ["LOGISENS"]}}})") ==
          QLatin1String("definition.filters.landlord.not[0]"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "filters": {"period": "yesterday"}})") ==
          QLatin1String("definition.filters.period"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "filters": {"qpv": "yes"}})") ==
          QLatin1String("definition.filters.qpv"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "filters": {"assessed": {"source": "person"}}})") ==
          QLatin1String("definition.filters.assessed.dimension"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "filters": {"assessed": {"dimension": "housing", "min_score": 6}}})") ==
          QLatin1String("definition.filters.assessed.min_score"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "filters": {"assessed": {"dimension": "housing", "min_score": 4, "max_score": 2}}})") ==
          QLatin1String("definition.filters.assessed.max_score"));
    CHECK(refusedField(R"({"type": "ratio", "numerator": {"measure": "cases"}})") == QLatin1String("definition.denominator"));
    CHECK(refusedField(R"({"type": "ratio", "numerator": {"measure": "cases"}, "denominator": {"measure": "cases", "by": "status"}})") ==
          QLatin1String("definition.denominator.by"));
    CHECK(refusedField(R"({"type": "ratio", "numerator": {"measure": "cases"}, "denominator": {"measure": "cases"}, "display": "fraction"})") ==
          QLatin1String("definition.display"));
    CHECK(refusedField(R"({"type": "breakdown", "measure": "cases"})") == QLatin1String("definition.by"));
    CHECK(refusedField(R"({"type": "breakdown", "measure": "cases", "by": "channel"})") == QLatin1String("definition.by"));
    CHECK(refusedField(R"({"type": "breakdown", "measure": "cases", "by": "month"})") == QLatin1String("definition.by"));
    CHECK(refusedField(R"({"type": "breakdown", "measure": "hours", "by": "worker_role"})") == QLatin1String("definition.by"));
    CHECK(refusedField(R"({"type": "evolution"})") == QLatin1String("definition.dimension"));
    CHECK(refusedField(R"({"type": "evolution", "dimension": "housing", "filters": {"source": ["team"]}})") ==
          QLatin1String("definition.filters.source"));
    CHECK(refusedField(R"({"type": "evolution", "dimension": "housing", "measure": "cases"})") ==
          QLatin1String("definition.measure"));
    // And the same definitions written correctly are accepted.
    CHECK(refusedField(R"({"type": "breakdown", "measure": "cases", "by": "month", "filters": {"period": "identified"}})") ==
          QLatin1String("<accepted>"));
    CHECK(refusedField(R"({"type": "count", "measure": "cases", "filters": {"landlord": {"not": ["0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"]}}})") ==
          QLatin1String("<accepted>"));
}

TEST_CASE("Stored definitions: references checked, the indicator's row only touched")
{
    IndicatorFixture t;
    const Uuid id = t.indicator(IndicatorKind::Process, QStringLiteral("Interventions"), std::nullopt);
    IndicatorDefinitionStore store(t.db(), t.clock);
    const auto refused = [&](const D &d, const QString &field) {
        const QByteArray before = contentHash(t.db());
        try {
            store.setDefinition(id, d);
            FAIL("accepted");
        } catch (const ValidationError &e) {
            QStringList fields;
            for (const FieldError &f : e.all())
                fields.append(f.field);
            INFO(e.message().toStdString());
            CHECK(fields.contains(field));
        }
        CHECK(contentHash(t.db()) == before);
    };
    refused(D::count(Measure::Interventions, {{Filter::Channel, codes({"carrier_pigeon"})}}),
            QStringLiteral("definition.filters.channel[0]"));
    refused(D::ratio({Measure::Cases, {}}, {Measure::Cases, {{Filter::Problem, codes({"isolation", "boredom"})}}}),
            QStringLiteral("definition.denominator.filters.problem[1]"));
    refused(D::count(Measure::Cases, {{Filter::Landlord, notCodes({Uuid::createV7().toString()})}}),
            QStringLiteral("definition.filters.landlord.not[0]"));
    refused(D::count(Measure::Cases, {{Filter::Programme, codes(QStringList{Uuid::createV7().toString()})}}),
            QStringLiteral("definition.filters.programme[0]"));
    refused(D::evolution(QStringLiteral("happiness")), QStringLiteral("definition.dimension"));
    refused(D::count(Measure::Cases, {{Filter::Assessed, assessed(QStringLiteral("luck"), {}, 4)}}),
            QStringLiteral("definition.filters.assessed.dimension"));
    // A definition built in code with a filter that does not apply is refused too.
    refused(D::count(Measure::Cases, {{Filter::Channel, codes({"phone"})}}), QStringLiteral("definition.filters.channel"));

    const D good = D::count(Measure::Interventions, {{Filter::Channel, codes({"phone"})}});
    store.setDefinition(id, good);
    CHECK(t.engine.definitionOf(id) == good);
    SqliteStatement stored(t.db().handle(), "SELECT definition FROM indicator WHERE id = ?");
    stored.bindBlob(1, id.bytes());
    REQUIRE(stored.step());
    CHECK(stored.utf8(0) == good.toJson());
    store.setDefinition(id, std::nullopt);
    CHECK_FALSE(t.engine.definitionOf(id).has_value());

    try {
        store.setDefinition(Uuid::createV7(), good);
        FAIL("accepted");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QLatin1String("id"));
    }
    // A definition damaged in the file is reported with the indicator named.
    SqliteStatement damage(t.db().handle(),
                           "UPDATE indicator SET definition = '{\"type\":\"count\",\"measure\":\"beds\"}' WHERE id = ?");
    damage.bindBlob(1, id.bytes());
    damage.execute();
    try {
        t.engine.definitionOf(id);
        FAIL("accepted");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QLatin1String("definition.measure"));
        CHECK(e.record().contains(QStringLiteral("Interventions")));
    }
}

TEST_CASE("Reporting periods: previous period, labels, options")
{
    const ReportingPeriod y = ReportingPeriod::calendarYear(2024);
    CHECK(y.previous() == ReportingPeriod::calendarYear(2023));
    CHECK(y.label() == QStringLiteral("2024"));
    const ReportingPeriod half{QDate(2024, 1, 1), QDate(2024, 6, 30)};
    CHECK(half.previous() == ReportingPeriod{QDate(2023, 7, 1), QDate(2023, 12, 31)});
    CHECK(half.label() == QStringLiteral("de janvier à juin 2024"));
    const ReportingPeriod march{QDate(2024, 3, 1), QDate(2024, 3, 31)};
    CHECK(march.previous() == ReportingPeriod{QDate(2024, 2, 1), QDate(2024, 2, 29)});
    const ReportingPeriod days{QDate(2024, 3, 10), QDate(2024, 3, 19)};
    CHECK(days.previous() == ReportingPeriod{QDate(2024, 2, 29), QDate(2024, 3, 9)});
    CHECK(days.label() == QStringLiteral("du 10/03/2024 au 19/03/2024"));

    const QDate today(2025, 6, 30);
    CHECK(ReportingPeriod::fromOptions({}, {}, {}, today) == ReportingPeriod::calendarYear(2025));
    CHECK(ReportingPeriod::fromOptions({}, {}, QStringLiteral("2023"), today) == ReportingPeriod::calendarYear(2023));
    CHECK(ReportingPeriod::fromOptions(QStringLiteral("2024-03-10"), QStringLiteral("2024-03-19"), {}, today) == days);
    const auto field = [&](const char *from, const char *to, const char *year) {
        try {
            ReportingPeriod::fromOptions(QString::fromLatin1(from), QString::fromLatin1(to),
                                         QString::fromLatin1(year), today);
        } catch (const ValidationError &e) {
            return e.field();
        }
        return QStringLiteral("<accepted>");
    };
    CHECK(field("2024-13-01", "2024-12-31", "") == QLatin1String("from"));
    CHECK(field("2024-01-01", "", "") == QLatin1String("to"));
    CHECK(field("2024-06-01", "2024-01-01", "") == QLatin1String("to"));
    CHECK(field("", "", "24") == QLatin1String("year"));
    CHECK(field("2024-01-01", "2024-12-31", "2024") == QLatin1String("year"));
}
