#pragma once

#include "util/Clock.h"

#include <QByteArray>
#include <QStringView>
#include <QVariantList>

#include <optional>

namespace passerelle {

class Database;

// What a coordinator decides about a logged conflict.
enum class ConflictDecision
{
    KeepCurrent, // "Garder": the field keeps the value that won
    UseOther,    // "Utiliser l'autre valeur": the losing value is written back
};

// Settles a logged conflict (sync_conflict) by a write of this replica, captured like any
// other, so that the decision replicates without a table of its own: the merge closes a
// logged loser on every replica as soon as it receives a write of the field that had seen
// that loser (docs/sync-engine.md, Merge step 3), and this write has seen it, since the
// loser is logged here.
//
// - UseOther writes the losing value through an ordinary UPDATE (or, for a row's
//   existence, the DELETE / re-insertion), so the capture triggers record it and close
//   the conflict here; everywhere else that write dominates both the old winner and the
//   loser, so it wins and closes the conflict.
// - KeepCurrent changes no value, and an UPDATE that changes nothing is not captured. It
//   records a new write of the unit (or the row) with its value unchanged, exactly as the
//   update trigger would have recorded it, and closes the conflict here: the change set
//   then carries the unit with this new dot and the current value to every peer.
class ConflictResolution
{
public:
    explicit ConflictResolution(Database &db, const Clock &clock = systemClock());

    // In one transaction. Throws ValidationError("conflict") when the conflict is no longer
    // logged (decided here or elsewhere meanwhile), ValidationError naming the column when
    // the other value cannot be written (a CHECK refuses it now), StorageError.
    void resolve(const QByteArray &conflictId, ConflictDecision decision);

    // The values of a conflict's loser_value / currentValue: SQL literals as SQLite's
    // quote() writes them, separated by ", " (NULL, integers, reals, 'text' with '' for a
    // quote, X'hex'). Empty when the text is not such a list.
    static std::optional<QVariantList> parseLiterals(QStringView text);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace passerelle
