#include "demo/DemoActionSheetBuilder.h"

#include "demo/DemoActionSheetContent.h"
#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"
#include "demo/DemoWriter.h"

#include <algorithm>
#include <numeric>
#include <span>

namespace passerelle {

namespace {
using Table = DemoWriter::Table;
using Content = DemoActionSheetContent;

struct SheetYears
{
    int start;
    int end;
};

void writeCodes(DemoWriter &writer, Table table, const QByteArray &sheet,
                std::span<const char *const> codes)
{
    for (const char *code : codes)
        writer.row(table).blob(sheet).text(code).insert();
}

void writeAxes(DemoWriter &writer, Table table, const QByteArray &sheet,
               std::span<const Content::CodeWithObjective> axes)
{
    for (const Content::CodeWithObjective &axis : axes)
        writer.row(table).blob(sheet).text(axis.code).text(axis.objective).insert();
}

int dueDay(const DemoWorld &world, int year, int month)
{
    const QDate end = QDate(year, month, 1).addMonths(1).addDays(-1);
    return world.calendar.dayOf(end);
}

void writeSections(DemoWorld &world, DemoWriter &writer, const Content &c, const QByteArray &sheet,
                   int startYear, qint64 created)
{
    writeCodes(writer, Table::ActionSheetTypology, sheet, c.typologies);
    writeAxes(writer, Table::ActionSheetPrsAxis, sheet, c.prsAxes);
    writeAxes(writer, Table::ActionSheetPrse3Axis, sheet, c.prse3Axes);
    writeCodes(writer, Table::ActionSheetDeterminant, sheet, c.determinants);
    writeCodes(writer, Table::ActionSheetActionType, sheet, c.actionTypes);
    writeCodes(writer, Table::ActionSheetResultCategory, sheet, c.resultCategories);
    writeCodes(writer, Table::ActionSheetPublicCategory, sheet, c.publicCategories);
    writeCodes(writer, Table::ActionSheetTheme, sheet, c.themes);
    writeCodes(writer, Table::ActionSheetPlaceType, sheet, c.placeTypes);
    writeCodes(writer, Table::ActionSheetCommune, sheet, c.communes);
    for (const Content::Partner &p : c.partners)
        writer.row(Table::ActionSheetPartner)
            .blob(sheet)
            .blob(world.partnerIds[std::size_t(p.partnerKey)])
            .text(p.role)
            .insert();

    int position = 0;
    for (const Content::Objective &o : c.objectives) {
        qint64 at = created + 60'000 * ++position;
        const int year = startYear + o.dueYearOffset;
        QByteArray dueText(o.dueText);
        dueText.replace("%1", QByteArray::number(year));
        writer.row(Table::ActionSheetObjective)
            .blob(writer.newId(Table::ActionSheetObjective, at))
            .blob(sheet)
            .integer(position)
            .text(o.text)
            .text(o.dueMonth > 0 ? world.calendar.iso(dueDay(world, year, o.dueMonth)) : nullptr)
            .text(dueText)
            .integer(at)
            .integer(at)
            .insert();
    }
    position = 0;
    for (const Content::Step &s : c.steps) {
        qint64 at = created + 60'000 * ++position;
        writer.row(Table::ActionSheetStep)
            .blob(writer.newId(Table::ActionSheetStep, at))
            .blob(sheet)
            .integer(position)
            .text(s.text)
            .text(s.dueMonth > 0
                      ? world.calendar.iso(dueDay(world, startYear + s.dueYearOffset, s.dueMonth))
                      : nullptr)
            .integer(at)
            .integer(at)
            .insert();
    }
}

// The free-text sections of each past year's review, written by the coordinator in January.
void writeReviewSections(DemoWorld &world, DemoWriter &writer, DemoRandom &random,
                         const QByteArray &sheet, int firstYear, int lastYear)
{
    static const char *const highlights[] = {
        "Montée en charge des visites à domicile ; deux nouveaux bailleurs partenaires.",
        "Une commission locale tous les deux mois ; ateliers collectifs bien suivis.",
        "Formation de deux nouveaux pairs-aidants ; baisse des procédures d'expulsion."};
    static const char *const limits[] = {
        "Délais d'accès aux soins psychiatriques toujours longs sur le territoire.",
        "Turn-over des professionnels ; mobilité difficile en zone rurale.",
        "Repérage tardif des situations par les gardiens d'immeuble."};
    static const char *const outlook[] = {
        "Étendre l'action à deux nouvelles communes et renforcer le binôme.",
        "Formaliser le partenariat avec le CMP et l'équipe mobile psychiatrie-précarité.",
        "Développer l'aller-vers auprès des locataires isolés."};
    const struct
    {
        const char *code;
        std::span<const char *const> texts;
    } sections[] = {{"highlights", highlights}, {"limits", limits}, {"outlook", outlook}};
    for (int year = firstYear; year <= lastYear; ++year) {
        const int yearStart = world.calendar.startOfYear(year);
        const int yearEnd = world.calendar.startOfYear(year + 1) - 1;
        const qint64 written =
            world.ms(std::min(yearEnd + random.between(15, 40), world.calendar.today()), 16 * 60);
        for (const auto &section : sections) {
            writer.row(Table::ReviewSection)
                .blob(sheet)
                .text(world.calendar.iso(yearStart))
                .text(world.calendar.iso(yearEnd))
                .text(section.code)
                .text(random.pick(section.texts))
                .integer(written)
                .integer(written)
                .insert();
        }
    }
}

void writeIndicators(DemoWorld &world, DemoWriter &writer, DemoRandom &random, const Content &c,
                     const QByteArray &sheet, SheetYears years, qint64 created)
{
    const int firstYear = std::max(years.start, world.calendar.year(world.windowStart));
    const int lastYear = std::min(years.end, world.calendar.year(world.calendar.today()) - 1);
    int position = 0;
    for (const Content::Indicator &indicator : c.indicators) {
        qint64 at = created + 60'000 * ++position;
        const QByteArray id = writer.newId(Table::Indicator, at);
        writer.row(Table::Indicator)
            .blob(id)
            .blob(sheet)
            .text(indicator.kind)
            .integer(position)
            .text(indicator.label)
            .null() // definition: filled by the indicator engine, not by demo data
            .text(indicator.target)
            .integer(at)
            .integer(at)
            .insert();
        if (indicator.entered == Content::ValueKind::Computed)
            continue;
        // The annual review enters these by hand, each January for the year before.
        for (int year = firstYear; year <= lastYear; ++year) {
            const int yearStart = world.calendar.startOfYear(year);
            const int yearEnd = world.calendar.startOfYear(year + 1) - 1;
            const qint64 entered =
                world.ms(std::min(yearEnd + random.between(10, 30), world.calendar.today()),
                         14 * 60 + position);
            if (indicator.entered == Content::ValueKind::Ratio) {
                const int denominator = random.between(12, 45);
                const int numerator = denominator * random.between(55, 95) / 100;
                writer.row(Table::IndicatorValue)
                    .blob(id)
                    .text(world.calendar.iso(yearStart))
                    .text(world.calendar.iso(yearEnd))
                    .real(double(numerator) / double(denominator))
                    .text(QByteArray::number(numerator) + " / " + QByteArray::number(denominator))
                    .text("Questionnaire rempli en fin d'accompagnement ou de réunion")
                    .integer(entered)
                    .integer(entered)
                    .insert();
            } else {
                writer.row(Table::IndicatorValue)
                    .blob(id)
                    .text(world.calendar.iso(yearStart))
                    .text(world.calendar.iso(yearEnd))
                    .null()
                    .text(random.pick(Content::reviewTexts()))
                    .text("Synthèse des entretiens du bilan annuel")
                    .integer(entered)
                    .integer(entered)
                    .insert();
            }
        }
    }
    writeReviewSections(world, writer, random, sheet, firstYear, lastYear);
}

void writeFunding(DemoWorld &world, DemoWriter &writer, const std::vector<QByteArray> &sheetIds,
                  const std::vector<SheetYears> &years)
{
    const auto sheets = Content::all();
    const int today = world.calendar.today();
    for (int year = world.calendar.year(world.windowStart); year <= world.calendar.year(today);
         ++year) {
        for (int programme = 0; programme < DemoProgrammeProfile::Count; ++programme) {
            // The sheet in force that year pays; a chained sheet takes over from its parent.
            int sheet = -1;
            for (std::size_t s = 0; s < sheets.size(); ++s) {
                if (sheets[s].programme == programme && years[s].start <= year &&
                    year <= years[s].end)
                    sheet = int(s);
            }
            if (sheet < 0)
                continue;
            qint64 created = world.ms(std::min(world.calendar.startOfYear(year) + 45, today),
                                      11 * 60 + programme);
            for (const Content::FundingLine &line : sheets[std::size_t(sheet)].funding) {
                created += 60'000;
                const QByteArray note = year == world.calendar.year(today)
                                            ? QByteArray("Notifié, versement en cours")
                                            : "Convention " + QByteArray::number(year) + ", soldée";
                writer.row(Table::Funding)
                    .blob(writer.newId(Table::Funding, created))
                    .blob(world.programmes[std::size_t(programme)].id)
                    .blob(sheetIds[std::size_t(sheet)])
                    .text(line.funder)
                    .blob(line.partnerKey >= 0 ? world.partnerIds[std::size_t(line.partnerKey)]
                                               : QByteArray())
                    .integer(year)
                    .integer(qint64(line.amountEuros) * 100)
                    .text(note)
                    .integer(created)
                    .integer(created)
                    .insert();
            }
        }
    }
}

void writeMaterials(DemoWorld &world, DemoWriter &writer, DemoRandom &random,
                    const std::vector<SheetYears> &years)
{
    struct Made
    {
        qint64 created;
        int programme;
        const Content::Material *material;
        int made;
        int distributed;
        int day;
    };
    std::vector<Made> all;
    const auto sheets = Content::all();
    const int today = world.calendar.today();
    for (std::size_t s = 0; s < sheets.size(); ++s) {
        const int first = std::max(years[s].start, world.calendar.year(world.windowStart));
        const int last = std::min(years[s].end, world.calendar.year(today));
        for (const Content::Material &m : sheets[s].materials) {
            const bool printed =
                qstrcmp(m.materialType, "leaflet") == 0 || qstrcmp(m.materialType, "poster") == 0;
            for (int year = first; year <= last; ++year) {
                // Printed matter is reprinted most years; the rest is made once.
                if (year > first && (!printed || !random.chance(650)))
                    continue;
                const int day = world.calendar.weekdayOnOrBefore(
                    std::min(world.calendar.startOfYear(year) + random.between(20, 200), today));
                const int made = m.quantityMade * random.between(80, 120) / 100;
                const int share = year == world.calendar.year(today) ? random.between(20, 70)
                                                                     : random.between(75, 100);
                const int distributed =
                    std::min(made, m.quantityDistributed * share / 100 + (made > 0 ? 1 : 0));
                all.push_back({world.ms(day, 15 * 60) + qint64(all.size()), sheets[s].programme, &m,
                               made, distributed, day});
            }
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Made &a, const Made &b) { return a.created < b.created; });
    for (Made &m : all) {
        writer.row(Table::CommunicationMaterial)
            .blob(writer.newId(Table::CommunicationMaterial, m.created))
            .blob(world.programmes[std::size_t(m.programme)].id)
            .text(m.material->materialType)
            .text(m.material->title)
            .integer(m.made)
            .integer(m.distributed)
            .text(world.calendar.iso(m.day))
            .integer(m.created)
            .integer(m.created)
            .insert();
    }
}
} // namespace

void DemoActionSheetBuilder::write(DemoWorld &world, DemoWriter &writer)
{
    const auto sheets = Content::all();
    const int referenceYear = world.calendar.year(world.calendar.today());
    DemoRandom random = DemoRandom::stream(world.seed, quint64(DemoStream::Sheets), 0);

    std::vector<SheetYears> years;
    std::vector<qint64> created;
    for (const Content &c : sheets) {
        years.push_back({referenceYear + c.startYearOffset, referenceYear + c.endYearOffset});
        // Written in the autumn before the first year, as CLS calls for projects go.
        const int day = world.calendar.startOfYear(years.back().start) - 75 + int(created.size());
        created.push_back(world.ms(world.calendar.weekdayOnOrBefore(day), 10 * 60));
    }
    // Write in creation order so ids ascend; a chained sheet is always younger than its parent.
    std::vector<std::size_t> order(sheets.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return created[a] < created[b]; });

    std::vector<QByteArray> ids(sheets.size());
    for (const std::size_t s : order) {
        const Content &c = sheets[s];
        qint64 at = created[s];
        ids[s] = writer.newId(Table::ActionSheet, at);
        writer.row(Table::ActionSheet)
            .blob(ids[s])
            .blob(world.programmes[std::size_t(c.programme)].id)
            .blob(c.chainedFrom >= 0 ? ids[std::size_t(c.chainedFrom)] : QByteArray())
            .text(c.number)
            .text(c.title)
            .text(c.clsName)
            .text(c.strategicAxis)
            .text(c.carrierStructure)
            .text(c.carrierReferent)
            .text(c.localContext)
            .text(c.specificObjective)
            .text(c.implementationSteps)
            .integer(c.targetsInequalities ? 1 : 0)
            .text(c.inequalitiesDetail)
            .text(c.publicPolicies)
            .integer(c.citizenParticipation ? 1 : 0)
            .text(c.citizenParticipationHow)
            .text(c.publicDescription)
            .text(c.peopleConcerned)
            .text(c.placesDescription)
            .integer(years[s].start)
            .integer(years[s].end)
            .text(c.durationText)
            .text(c.frequency)
            .text(c.frequencyDetail)
            .text(c.geographicLevel)
            .text(c.department)
            .text(c.prsProgramme)
            .text(c.evaluationMethod)
            .text(c.contact)
            .text(world.calendar.iso(world.calendar.startOfYear(years[s].start)))
            .text(world.calendar.iso(world.calendar.startOfYear(years[s].end + 1) - 1))
            .integer(at)
            .integer(at)
            .insert();
        writeSections(world, writer, c, ids[s], years[s].start, at);
        writeIndicators(world, writer, random, c, ids[s], years[s], at);
    }
    writeFunding(world, writer, ids, years);
    writeMaterials(world, writer, random, years);
}

} // namespace passerelle
