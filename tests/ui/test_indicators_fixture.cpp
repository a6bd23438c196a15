#include "test_indicators_fixture.h"

#include "domain/ActionSheet.h"
#include "domain/Indicator.h"
#include "domain/Intervention.h"
#include "domain/Organisation.h"
#include "domain/Programme.h"
#include "indicators/IndicatorDefinition.h"
#include "indicators/IndicatorDefinitionStore.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/IndicatorRepository.h"
#include "repositories/InterventionRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/ProgrammeRepository.h"

#include <QTest>

namespace passerelle::test {

namespace {
Uuid programmeOf(Database &db, const Clock &clock, const Uuid &organisation, const QString &code, const QString &name)
{
    Programme p;
    p.organisationId = organisation;
    p.code = code;
    p.name = name;
    return ProgrammeRepository(db, clock).create(p);
}

void intervention(Database &db, const Clock &clock, const Uuid &programme, const QDate &date,
                  InterventionStatus status, const char *channel, int minutes)
{
    Intervention i;
    i.programmeId = programme;
    i.date = date;
    i.status = status;
    i.channel = QString::fromLatin1(channel);
    i.interventionType = QStringLiteral("interview");
    i.durationMin = minutes;
    InterventionRepository(db, clock).create(i);
}
} // namespace

IndicatorScreenFixture::IndicatorScreenFixture()
{
    Organisation o;
    o.name = QStringLiteral("UDAF de Haute-Marne");
    const Uuid organisation = OrganisationRepository(db(), clock).create(o);
    programme = programmeOf(db(), clock, organisation, QStringLiteral("PA"), QStringLiteral("Pair-aidance"));
    otherProgramme = programmeOf(db(), clock, organisation, QStringLiteral("EM"), QStringLiteral("Équipe mobile"));
    ActionSheet s;
    s.programmeId = programme;
    s.number = QStringLiteral("3.3.1");
    s.title = QStringLiteral("Dispositif de PAIR-AIDANCE");
    s.carrierStructure = QStringLiteral("UDAF de Haute-Marne");
    s.startYear = 2021;
    s.endYear = 2026;
    sheet = ActionSheetRepository(db(), clock).create(s);

    using S = InterventionStatus;
    intervention(db(), clock, programme, QDate(2025, 2, 10), S::Done, "phone", 60);
    intervention(db(), clock, programme, QDate(2025, 3, 5), S::Done, "home_visit", 90);
    intervention(db(), clock, programme, QDate(2025, 4, 1), S::Planned, "phone", 30);
    intervention(db(), clock, programme, QDate(2025, 5, 12), S::Done, "phone", 45);
    intervention(db(), clock, programme, QDate(2025, 6, 20), S::Cancelled, "home_visit", 60);
    intervention(db(), clock, programme, QDate(2024, 12, 20), S::Done, "phone", 30);
    intervention(db(), clock, otherProgramme, QDate(2025, 3, 1), S::Done, "phone", 60);
}

Uuid IndicatorScreenFixture::addIndicator(const QString &label, bool computed)
{
    Indicator i;
    i.actionSheetId = sheet;
    i.kind = computed ? IndicatorKind::Process : IndicatorKind::Result;
    i.label = label;
    i.target = QStringLiteral("20");
    IndicatorRepository repository(db(), clock);
    i.position = int(repository.list(sheet, true).size());
    const Uuid id = repository.create(i);
    if (computed)
        IndicatorDefinitionStore(db(), clock)
            .setDefinition(id, IndicatorDefinition::count(Measure::Interventions, {{Filter::Status, codes({"done"})}}));
    return id;
}

bool chooseByKeys(QComboBox *combo, const QString &code)
{
    const int target = combo->findData(code);
    if (target < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentIndex() != target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == target;
}

} // namespace passerelle::test
