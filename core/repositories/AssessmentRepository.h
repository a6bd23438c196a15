#pragma once

#include "domain/Assessment.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace passerelle {

class Database;
class Validator;

// Scores of a case on the outcome dimensions, declared by the person or observed by the team.
// An assessment is never dated before its case was identified (invariant 7) nor in the future.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database &db, const Clock &clock = systemClock());

    Uuid record(Assessment assessment);
    void update(const Assessment &assessment);
    std::optional<Assessment> find(const Uuid &id) const;
    // A case's assessments ordered by date (then dimension's position in its list, then source
    // person before team), optionally of one dimension and/or one source; archived ones left out.
    QList<Assessment> listForCase(const Uuid &caseId, const QString &dimension = {},
                                  std::optional<AssessmentSource> source = std::nullopt) const;
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void check(const Assessment &a, Validator &v) const;
    std::optional<Assessment> readOne(QSqlQuery &q) const;
    void setArchived(const Uuid &id, bool archived);

    Database &m_db;
    const Clock &m_clock;
    mutable QSqlQuery m_caseIdentifiedOn;
    mutable QSqlQuery m_dimensionExists;
    mutable QSqlQuery m_selectById;
    mutable QSqlQuery m_selectForCase;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_setArchived;
};

} // namespace passerelle
