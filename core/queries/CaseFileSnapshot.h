#pragma once

#include "domain/Assessment.h"
#include "domain/Case.h"
#include "domain/CollectiveSession.h"
#include "domain/Household.h"
#include "domain/Partner.h"
#include "domain/Person.h"
#include "domain/Programme.h"
#include "domain/ReferenceItem.h"
#include "domain/Worker.h"

#include <QHash>
#include <QList>

#include <optional>

namespace passerelle {

// Everything a case file shows at opening, read together: the case with its child lists,
// its programme, household and people (names included: the case file is the one screen
// that shows them), status history, commission decisions, assessments, the workers and
// partners it names, and the reference lists its editors offer. A value snapshot: editing
// works on copies, saving goes through the repositories.
struct CaseFileSnapshot
{
    Case caseFile;
    Programme programme;
    std::optional<Household> household;
    // The case's people and the household's members (one entry each): the main person first,
    // then by code.
    QList<Person> people;
    QList<CaseStatusChange> history; // oldest first
    QList<CaseCommissionDecision> decisions;
    QList<Assessment> assessments; // by date
    // Workers the case has ever been assigned (the assignment list's names).
    QList<Worker> workers;
    // Partners open to a choice, plus the archived ones the case still refers to; by name.
    QList<Partner> partners;
    // Reference lists by name ("close_reason", "eviction_stage"…), archived items included so
    // that old codes keep their label.
    QHash<QString, QList<ReferenceItem>> lists;

    // The case's main person; null when the case has none yet.
    const Person *mainPerson() const;
    const Person *person(const Uuid &id) const;
    const Worker *worker(const Uuid &id) const;
    const Partner *partner(const Uuid &id) const;
    // The label of `code` in `list`, the code itself when unknown, empty for an empty code.
    QString referenceLabel(const QString &list, const QString &code) const;
    // The items a combo box offers: open ones, plus `current` when it is archived.
    QList<ReferenceItem> choices(const QString &list, const QString &current = {}) const;
};

} // namespace passerelle
