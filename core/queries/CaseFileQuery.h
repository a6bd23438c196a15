#pragma once

#include "queries/CaseFileSnapshot.h"
#include "util/Uuid.h"

#include <optional>

namespace passerelle {

class Database;

// Reads a case file's snapshot through the repositories: only this case's rows (by primary
// key and by the case's link indexes), so opening a file costs the same on a 20-case
// programme and on a 100 000-case database. The timeline is left to CaseTimelineQuery, which
// reads it a page at a time.
class CaseFileQuery
{
public:
    // The reference lists a snapshot carries.
    static const QStringList &referenceLists();

    explicit CaseFileQuery(Database &db);

    // Nothing when there is no such case. Throws StorageError.
    std::optional<CaseFileSnapshot> load(const Uuid &caseId);
    // After a status change: the case's status, its dates and close reason, and the history,
    // read again; the rest of the snapshot is left as it is. False when the case is gone.
    bool refreshStatus(CaseFileSnapshot &snapshot);
    // After assessments were recorded.
    void refreshAssessments(CaseFileSnapshot &snapshot);

private:
    Database &m_db;
};

} // namespace passerelle
