#pragma once

#include "domain/Intervention.h"
#include "repositories/InterventionRepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace passerelle {

class Clock;
class Database;

// Marks several interventions done, cancelled or missed as one action, and takes the last
// action back. All or nothing: when one intervention is refused (done on a day to come,
// done without a duration), none changes, and the error says which one.
class AgendaMarker
{
    Q_DECLARE_TR_FUNCTIONS(AgendaMarker)

public:
    // `db` and `clock` must outlive the marker.
    AgendaMarker(Database &db, const Clock &clock);

    // Those of `ids` with no duration yet, which marking done needs one for.
    QList<Uuid> withoutDuration(const QList<Uuid> &ids) const;
    // Sets `status` on every intervention of `ids` (those already there are left as they
    // are); marking done gives `durationForMissing` to those without a duration. Returns
    // how many changed; throws ValidationError (record: the intervention's day and time)
    // or StorageError, and then nothing changed.
    int mark(const QList<Uuid> &ids, InterventionStatus status,
             std::optional<int> durationForMissing = std::nullopt);

    bool canUndo() const { return !m_last.isEmpty(); }
    int undoCount() const { return int(m_last.size()); }
    // Gives the interventions of the last mark() their status and duration back.
    void undo();

private:
    struct Previous
    {
        Uuid id;
        InterventionStatus status;
        int durationMin;
    };
    static QString describe(const Intervention &i);

    Database &m_db;
    InterventionRepository m_interventions;
    QList<Previous> m_last;
};

} // namespace passerelle
