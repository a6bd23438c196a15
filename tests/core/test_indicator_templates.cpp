// The indicator lists of seeds 000 and 001 as templates: every definition valid, applied to
// a sheet in one transaction, existing indicators completed rather than duplicated.

#include "test_indicator_fixtures.h"

#include "domain/ActionSheet.h"
#include "indicators/IndicatorDefinitionStore.h"
#include "indicators/Templates.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/IndicatorRepository.h"

#include "domain/Validation.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace passerelle;
using namespace passerelle::test;

TEST_CASE("Both templates hold valid definitions and the seeds' indicator lists")
{
    REQUIRE(Templates::all().size() == 2);
    IndicatorFixture t;
    IndicatorDefinitionStore store(t.db(), t.clock);
    const Uuid landlord = t.partner(QStringLiteral("social_landlord"), QStringLiteral("LOGISENS"));
    for (const SheetTemplate &sheetTemplate : Templates::all()) {
        INFO(sheetTemplate.code.toStdString());
        const QList<IndicatorTemplate> items = Templates::indicators(sheetTemplate, landlord, QStringLiteral("LOGISENS"));
        QSet<QString> labels;
        int computed = 0;
        for (const IndicatorTemplate &i : items) {
            INFO(i.label.toStdString());
            CHECK_FALSE(labels.contains(i.label));
            labels.insert(i.label);
            if (!i.definition)
                continue;
            ++computed;
            CHECK_NOTHROW(i.definition->validate());
            Validator v;
            store.checkReferences(*i.definition, v);
            CHECK(v.ok());
            // Every computed indicator can be computed on an empty database.
            CHECK_NOTHROW(t.compute(*i.definition, year2024()));
        }
        CHECK(computed * 3 >= int(items.size()) * 2); // most of each list is computed
    }
    // Seed 000 lists 18 process, 7 result and 4 impact indicators; the template splits the
    // partners indicator in two (per situation, for the whole programme) and adds the
    // peer-worker hours of the sheet's context.
    const QList<IndicatorTemplate> pa = Templates::indicators(*Templates::find(u"pair-aidance"));
    CHECK(std::count_if(pa.begin(), pa.end(), [](const IndicatorTemplate &i) { return i.kind == IndicatorKind::Process; }) == 20);
    CHECK(std::count_if(pa.begin(), pa.end(), [](const IndicatorTemplate &i) { return i.kind == IndicatorKind::Result; }) == 7);
    CHECK(std::count_if(pa.begin(), pa.end(), [](const IndicatorTemplate &i) { return i.kind == IndicatorKind::Impact; }) == 4);
    // Without a landlord, the mobile team's LOGISENS split is left to be entered by hand.
    const QList<IndicatorTemplate> noLandlord = Templates::indicators(*Templates::find(u"mobile-team"));
    CHECK(std::any_of(noLandlord.begin(), noLandlord.end(), [](const IndicatorTemplate &i) {
        return i.label.startsWith(QStringLiteral("Situations hors")) && !i.definition;
    }));
    CHECK_FALSE(Templates::find(u"unknown"));
}

TEST_CASE("Applying a template: new indicators, existing ones completed, landlord required")
{
    IndicatorFixture t;
    IndicatorRepository indicators(t.db(), t.clock);
    // The sheet already has one of the template's indicators, entered by hand so far.
    const Uuid existing = t.indicator(IndicatorKind::Process, QStringLiteral("Nombre de travailleurs pairs formés"),
                                      std::nullopt);
    const SheetTemplate pa = *Templates::find(u"pair-aidance");
    const Templates::Applied first = Templates::apply(t.db(), t.sheet, pa, {}, t.clock);
    CHECK(first.created == 30);
    CHECK(first.defined == 1);
    CHECK(first.unchanged == 0);
    CHECK(t.engine.definitionOf(existing).has_value());
    CHECK(indicators.list(t.sheet).size() == 31);
    // Applying again changes nothing.
    const QByteArray before = contentHash(t.db());
    const Templates::Applied second = Templates::apply(t.db(), t.sheet, pa, {}, t.clock);
    CHECK(second.created == 0);
    CHECK(second.unchanged == 31);
    CHECK(contentHash(t.db()) == before);

    // The mobile-team template needs the carrier landlord: refused without one, all or nothing.
    ActionSheet s;
    s.programmeId = t.otherProgramme;
    s.number = QStringLiteral("EMP-1");
    s.title = QStringLiteral("Équipe mobile");
    const Uuid mobile = ActionSheetRepository(t.db(), t.clock).create(s);
    const SheetTemplate em = *Templates::find(u"mobile-team");
    const QByteArray beforeRefusal = contentHash(t.db());
    try {
        Templates::apply(t.db(), mobile, em, {}, t.clock);
        FAIL("accepted without a landlord");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QLatin1String("landlord"));
    }
    CHECK(contentHash(t.db()) == beforeRefusal);
    const Uuid logisens = t.partner(QStringLiteral("social_landlord"), QStringLiteral("LOGISENS"));
    const Templates::Applied applied = Templates::apply(t.db(), mobile, em, logisens, t.clock);
    CHECK(applied.created == int(Templates::indicators(em, logisens).size()));
    bool found = false;
    for (const Indicator &i : indicators.list(mobile))
        found = found || i.label == QStringLiteral("Situations hors LOGISENS (file active en fin de période)");
    CHECK(found);
}
