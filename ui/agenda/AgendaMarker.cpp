#include "agenda/AgendaMarker.h"

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Errors.h"

#include <QLocale>

namespace passerelle {

AgendaMarker::AgendaMarker(Database &db, const Clock &clock)
    : m_db(db), m_interventions(db, clock)
{
}

QString AgendaMarker::describe(const Intervention &i)
{
    const QString day = QLocale().toString(i.date, QLocale::ShortFormat);
    return i.startTime.isValid()
               ? tr("Intervention du %1 à %2").arg(day, i.startTime.toString(QStringLiteral("HH:mm")))
               : tr("Intervention du %1").arg(day);
}

QList<Uuid> AgendaMarker::withoutDuration(const QList<Uuid> &ids) const
{
    QList<Uuid> missing;
    for (const Uuid &id : ids) {
        const std::optional<Intervention> i = m_interventions.find(id);
        if (i && i->durationMin <= 0)
            missing.append(id);
    }
    return missing;
}

int AgendaMarker::mark(const QList<Uuid> &ids, InterventionStatus status,
                       std::optional<int> durationForMissing)
{
    Transaction tx(m_db.handle());
    QList<Previous> previous;
    for (const Uuid &id : ids) {
        const std::optional<Intervention> i = m_interventions.find(id);
        if (!i)
            throw ValidationError(QStringLiteral("id"), tr("Cette intervention n'existe plus."),
                                  QStringLiteral("intervention ") + id.toString());
        const bool needsDuration = status == InterventionStatus::Done && i->durationMin <= 0;
        if (i->status == status && !needsDuration)
            continue;
        try {
            m_interventions.setStatus(id, status,
                                      needsDuration ? durationForMissing : std::nullopt);
        } catch (const ValidationError &e) {
            // The repository names the row by its id; a person knows it by its day.
            throw ValidationError(e.all(), describe(*i));
        }
        previous.append({id, i->status, i->durationMin});
    }
    tx.commit();
    if (!previous.isEmpty())
        m_last = previous;
    return int(previous.size());
}

void AgendaMarker::undo()
{
    Transaction tx(m_db.handle());
    for (const Previous &p : std::as_const(m_last))
        m_interventions.setStatus(p.id, p.status, p.durationMin);
    tx.commit();
    m_last.clear();
}

} // namespace passerelle
