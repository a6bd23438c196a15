#pragma once

#include "domain/CollectiveSession.h"
#include "util/Clock.h"

#include <QSqlQuery>

namespace passerelle {

class Database;
class Validator;

// Collective sessions with their participants by typology and, for commissions only
// (invariant 3), the cases reviewed with a decision each — saved together in one transaction.
class CollectiveSessionRepository
{
public:
    explicit CollectiveSessionRepository(Database &db, const Clock &clock = systemClock());

    Uuid create(CollectiveSession session);
    void update(const CollectiveSession &session);
    std::optional<CollectiveSession> find(const Uuid &id) const;
    // Sessions of a programme between two days included (an invalid bound leaves that side
    // open), optionally of one kind; oldest first, archived ones left out.
    QList<CollectiveSession> list(const Uuid &programmeId, const QDate &from = {},
                                  const QDate &to = {},
                                  std::optional<SessionKind> kind = std::nullopt) const;
    // The commission decisions taken on a case, oldest first.
    QList<CaseCommissionDecision> decisionsForCase(const Uuid &caseId) const;
    void archive(const Uuid &id);
    void restore(const Uuid &id);

private:
    void check(const CollectiveSession &s, Validator &v) const;
    void saveChildren(const CollectiveSession &s);
    void loadChildren(CollectiveSession &s) const;
    std::optional<CollectiveSession> readOne(QSqlQuery &q) const;
    QList<CollectiveSession> readAll(QSqlQuery &q) const;
    void setArchived(const Uuid &id, bool archived);

    Database &m_db;
    const Clock &m_clock;
    mutable QSqlQuery m_programmeExists;
    mutable QSqlQuery m_typologyExists;
    mutable QSqlQuery m_decisionExists;
    mutable QSqlQuery m_caseExists;
    mutable QSqlQuery m_selectById;
    mutable QSqlQuery m_selectFiltered;
    mutable QSqlQuery m_selectParticipants;
    mutable QSqlQuery m_selectReviews;
    mutable QSqlQuery m_selectDecisions;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_upsertParticipants;
    QSqlQuery m_deleteParticipants;
    QSqlQuery m_upsertReview;
    QSqlQuery m_deleteReview;
    QSqlQuery m_setArchived;
};

} // namespace passerelle
