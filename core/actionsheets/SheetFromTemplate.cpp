#include "actionsheets/SheetFromTemplate.h"

#include "demo/DemoActionSheetContent.h"
#include "demo/DemoProgrammeProfile.h"
#include "demo/DemoVocabulary.h"
#include "repositories/ActionSheetRepository.h"
#include "repositories/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Errors.h"
#include "util/TrContext.h"

#include <QHash>

#include <algorithm>

namespace passerelle {

namespace {
using Content = DemoActionSheetContent;

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

QStringList texts(std::span<const char *const> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QList<ActionSheetAxis> axes(std::span<const Content::CodeWithObjective> items)
{
    QList<ActionSheetAxis> out;
    for (const Content::CodeWithObjective &axis : items)
        out.append({QString::fromUtf8(axis.code), text(axis.objective)});
    return out;
}

QDate endOfMonth(int year, int month)
{
    return month > 0 ? QDate(year, month, 1).addMonths(1).addDays(-1) : QDate();
}

// The seed sheet a template is written from: the latest sheet of the seed's programme
// (for pair-aidance, 3.3.1 on the Pays de Langres, which continues the Chaumont phase).
const Content &contentOf(const SheetTemplate &sheetTemplate)
{
    const int programme = sheetTemplate.code == QLatin1String("mobile-team")
                              ? DemoProgrammeProfile::MobileTeam
                              : DemoProgrammeProfile::PairAidance;
    const Content *found = nullptr;
    for (const Content &c : Content::all())
        if (c.programme == programme)
            found = &c;
    Q_ASSERT(found);
    return *found;
}

// The seed's partners are the demo's organisations: the one of the seed sheet's carrier
// landlord (LOGISENS for the mobile team) is the partner the coordinator picks.
constexpr int seedLandlordKey = DemoPartnerKey::Logisens;
} // namespace

SheetFromTemplate::SheetFromTemplate(Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{
}

SheetFromTemplate::Draft SheetFromTemplate::draft(const SheetTemplate &sheetTemplate,
                                                  const Uuid &programmeId, int year,
                                                  const Uuid &landlord)
{
    PartnerRepository partnerRepository(m_db, m_clock);
    std::optional<Partner> carrier;
    if (sheetTemplate.needsLandlord) {
        if (!landlord.isNull())
            carrier = partnerRepository.find(landlord);
        if (!carrier)
            throw ValidationError(QStringLiteral("landlord"),
                                  landlord.isNull()
                                      ? SheetFromTemplateText::tr(
                                            "Ce modèle compte les situations du bailleur porteur : "
                                            "choisissez ce partenaire.")
                                      : SheetFromTemplateText::tr("Ce partenaire n'existe pas."));
    }

    const Content &c = contentOf(sheetTemplate);
    Draft out;
    ActionSheet &s = out.sheet;
    s.programmeId = programmeId;
    s.number = text(c.number);
    s.title = text(c.title);
    s.clsName = text(c.clsName);
    s.strategicAxis = text(c.strategicAxis);
    s.carrierStructure = carrier ? carrier->name : text(c.carrierStructure);
    s.carrierReferent = text(c.carrierReferent);
    s.localContext = text(c.localContext);
    s.specificObjective = text(c.specificObjective);
    s.implementationDescription = text(c.implementationSteps);
    s.targetsInequalities = c.targetsInequalities;
    s.inequalitiesDetail = text(c.inequalitiesDetail);
    s.publicPolicies = text(c.publicPolicies);
    s.citizenParticipation = c.citizenParticipation;
    s.citizenParticipationHow = text(c.citizenParticipationHow);
    s.publicDescription = text(c.publicDescription);
    s.peopleConcerned = text(c.peopleConcerned);
    s.placesDescription = text(c.placesDescription);
    s.startYear = year;
    s.endYear = year + (c.endYearOffset - c.startYearOffset);
    s.durationText = text(c.durationText);
    s.frequency = actionFrequencyFromCode(text(c.frequency));
    s.frequencyDetail = text(c.frequencyDetail);
    s.geographicLevel = geographicLevelFromCode(text(c.geographicLevel));
    s.department = text(c.department);
    s.prsProgramme = text(c.prsProgramme);
    s.evaluationMethod = text(c.evaluationMethod);
    s.contact = text(c.contact);
    // One sheet per year: the annual review reads the sheet's period.
    s.periodStart = QDate(year, 1, 1);
    s.periodEnd = QDate(year, 12, 31);
    s.typologies = texts(c.typologies);
    s.prsAxes = axes(c.prsAxes);
    s.prse3Axes = axes(c.prse3Axes);
    s.determinants = texts(c.determinants);
    s.actionTypes = texts(c.actionTypes);
    s.resultCategories = texts(c.resultCategories);
    s.publicCategories = texts(c.publicCategories);
    s.themes = texts(c.themes);
    s.placeTypes = texts(c.placeTypes);
    s.communes = texts(c.communes);

    QHash<QString, Uuid> byName;
    const QList<Partner> partners = partnerRepository.list();
    for (const Partner &p : partners)
        byName.insert(p.name.toCaseFolded(), p.id);
    const auto vocabulary = DemoVocabulary::partners();
    for (const Content::Partner &p : c.partners) {
        const QString role = QString::fromUtf8(p.role);
        if (carrier && p.partnerKey == seedLandlordKey) {
            s.partners.append({carrier->id, role});
            continue;
        }
        const QString name = QString::fromUtf8(vocabulary[std::size_t(p.partnerKey)].name);
        const Uuid id = byName.value(name.toCaseFolded());
        if (carrier && id == carrier->id)
            continue; // already there as the carrier
        if (id.isNull())
            out.partnersNotFound.append(name);
        else
            s.partners.append({id, role});
    }
    if (carrier && std::none_of(s.partners.cbegin(), s.partners.cend(),
                                [&](const ActionSheetPartner &p) { return p.partnerId == carrier->id; }))
        s.partners.prepend({carrier->id, SheetFromTemplateText::tr("Porteur")});

    for (const Content::Objective &o : c.objectives) {
        const int dueYear = year + o.dueYearOffset;
        s.objectives.append({Uuid(), QString::fromUtf8(o.text), endOfMonth(dueYear, o.dueMonth),
                             text(o.dueText).replace(QStringLiteral("%1"), QString::number(dueYear))});
    }
    for (const Content::Step &step : c.steps)
        s.steps.append({Uuid(), QString::fromUtf8(step.text),
                        endOfMonth(year + step.dueYearOffset, step.dueMonth)});
    return out;
}

SheetFromTemplate::Created SheetFromTemplate::create(const SheetTemplate &sheetTemplate,
                                                     const Uuid &programmeId, int year,
                                                     const Uuid &landlord)
{
    Transaction tx(m_db.handle());
    Draft d = draft(sheetTemplate, programmeId, year, landlord);
    Created out;
    out.sheetId = ActionSheetRepository(m_db, m_clock).create(d.sheet);
    out.indicators = Templates::apply(m_db, out.sheetId, sheetTemplate, landlord, m_clock);
    out.partnersNotFound = d.partnersNotFound;
    tx.commit();
    return out;
}

} // namespace passerelle
