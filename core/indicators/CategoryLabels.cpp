#include "indicators/CategoryLabels.h"

#include "domain/Assessment.h"
#include "domain/CaseStatus.h"
#include "domain/CollectiveSession.h"
#include "domain/Household.h"
#include "domain/Intervention.h"
#include "domain/Worker.h"
#include "indicators/IndicatorSql.h"
#include "repositories/ReferenceRepository.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "util/TrContext.h"

#include <QLocale>

#include <algorithm>

namespace passerelle {

namespace {
template <typename E>
void addEnum(QList<QPair<QString, QString>> &out, std::initializer_list<E> values)
{
    for (E v : values)
        out.append({toCode(v), label(v)});
}
} // namespace

CategoryLabels::CategoryLabels(Database &db) : m_db(db) {}

QList<CategoryLabels::Entry> CategoryLabels::fixedList(Category category, Measure measure,
                                                       const ReportingPeriod &period)
{
    QList<Entry> out;
    const QString table = IndicatorCatalogue::referenceTable(category);
    if (!table.isEmpty()) {
        ReferenceRepository refs(m_db);
        for (const ReferenceItem &item : refs.items(table.mid(4), true))
            out.append({item.code, item.label()});
        return out;
    }
    QList<QPair<QString, QString>> pairs;
    switch (category) {
    case Category::Status:
        switch (IndicatorCatalogue::family(measure)) {
        case MeasureFamily::Intervention:
            addEnum(pairs, {InterventionStatus::Planned, InterventionStatus::Done,
                            InterventionStatus::Cancelled, InterventionStatus::Missed});
            break;
        case MeasureFamily::Session:
            addEnum(pairs, {SessionStatus::Planned, SessionStatus::Done, SessionStatus::Cancelled});
            break;
        default:
            addEnum(pairs, {CaseStatus::Identified, CaseStatus::Oriented, CaseStatus::Accompanied,
                            CaseStatus::Closed});
            break;
        }
        break;
    case Category::WorkerRole:
        addEnum(pairs, {WorkerRole::PeerWorker, WorkerRole::Professional, WorkerRole::Coordinator});
        break;
    case Category::SessionKind:
        addEnum(pairs, {SessionKind::InformationMeeting, SessionKind::Workshop,
                        SessionKind::PartnerMeeting, SessionKind::Training,
                        SessionKind::SynthesisMeeting, SessionKind::ThematicDay,
                        SessionKind::Commission});
        break;
    case Category::Source:
        addEnum(pairs, {AssessmentSource::Person, AssessmentSource::Team});
        break;
    case Category::HousingKind:
        addEnum(pairs, {HousingKind::SocialRental, HousingKind::PrivateRental, HousingKind::Owner,
                        HousingKind::Hosted, HousingKind::Shelter, HousingKind::Residence,
                        HousingKind::None, HousingKind::Other});
        break;
    case Category::Qpv:
        pairs = {{QStringLiteral("1"), IndicatorsText::tr("En quartier prioritaire")},
                 {QStringLiteral("0"), IndicatorsText::tr("Hors quartier prioritaire")}};
        break;
    case Category::Score:
        for (int s = minScore; s <= maxScore; ++s)
            pairs.append({QString::number(s), scoreLabel(s)});
        break;
    case Category::Month: {
        const QLocale locale = messageLocale();
        for (QDate d(period.start.year(), period.start.month(), 1); d <= period.end; d = d.addMonths(1)) {
            QString name = locale.monthName(d.month());
            name[0] = name[0].toUpper();
            pairs.append({d.toString(QStringLiteral("yyyy-MM")),
                          name + QLatin1Char(' ') + QString::number(d.year())});
        }
        break;
    }
    default:
        break;
    }
    for (const auto &[code, text] : pairs)
        out.append({code, text});
    return out;
}

QString CategoryLabels::partnerLabel(const QString &hexId)
{
    SqliteStatement q(m_db.handle(),
                      "SELECT " + IndicatorSql::partnerLabel("p") + " FROM partner p WHERE p.id = ?");
    q.bindBlob(1, QByteArray::fromHex(hexId.toLatin1()));
    return q.step() ? q.text(0) : hexId;
}

QString CategoryLabels::label(Category category, Measure measure, const QString &code)
{
    if (code.isNull())
        return IndicatorsText::tr("Non renseigné");
    if (category == Category::Landlord || category == Category::Partner)
        return partnerLabel(code);
    for (const Entry &e : fixedList(category, measure, {}))
        if (e.code == code)
            return e.label;
    return code;
}

QList<BreakdownRow> CategoryLabels::rows(Category category, Measure measure,
                                         const ReportingPeriod &period,
                                         const QHash<QString, double> &values, double nullValue,
                                         bool hasNull)
{
    QList<BreakdownRow> out;
    QStringList listed;
    for (const Entry &e : fixedList(category, measure, period)) {
        out.append({e.code, e.label, values.value(e.code, 0.0)});
        listed.append(e.code);
    }
    // Codes present but not listed: partners and communes always, otherwise items removed
    // from a reference list or months outside it. Largest first, then by label.
    QList<BreakdownRow> extra;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (listed.contains(it.key()))
            continue;
        const QString text = (category == Category::Landlord || category == Category::Partner)
                                 ? partnerLabel(it.key())
                                 : it.key();
        extra.append({it.key(), text, it.value()});
    }
    std::sort(extra.begin(), extra.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        return a.value != b.value ? a.value > b.value : a.label < b.label;
    });
    out += extra;
    if (hasNull)
        out.append({QString(), IndicatorsText::tr("Non renseigné"), nullValue});
    return out;
}

} // namespace passerelle
