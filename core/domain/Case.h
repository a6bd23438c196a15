#pragma once

#include "domain/CaseStatus.h"
#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle {

enum class CasePersonRole
{
    Main,
    Member
};
QString toCode(CasePersonRole role);
std::optional<CasePersonRole> casePersonRoleFromCode(QStringView code);
QString label(CasePersonRole role);

// Place of a worker in the case: the pair (binôme) is a peer worker and a professional;
// a referent may follow the case beside them.
enum class PairRole
{
    Peer,
    Professional,
    Referent
};
QString toCode(PairRole role);
std::optional<PairRole> pairRoleFromCode(QStringView code);
QString label(PairRole role);

struct CasePerson
{
    Uuid personId;
    CasePersonRole role = CasePersonRole::Main;
};

struct CaseWorker
{
    Uuid workerId;
    PairRole pairRole = PairRole::Peer;
    QDate assignedOn;
    QDate unassignedOn; // invalid while assigned
};

// A partner mobilised for the case (GP, CMP, CCAS, landlord…), with its role and the day.
struct CasePartner
{
    Uuid partnerId;
    QString role;
    QDate mobilisedOn;
};

// A case (situation): the people followed together by a programme, from referral to closure.
// The status and its dates move only through CaseStatusService::changeStatus, which keeps the
// history; CaseRepository saves the rest and the child lists with the case.
struct Case
{
    Uuid id;
    Uuid programmeId;
    QString number; // "PA-2025-0017", generated at creation; shown and searched, never a key
    Uuid householdId;
    CaseStatus status = CaseStatus::Identified;
    QDate identifiedOn;
    QDate orientedOn;
    QDate accompaniedOn;
    QDate closedOn;
    QString closeReason; // ref_close_reason code, set exactly when closed
    // Referral (saisine): who referred, when, why.
    Uuid referralPartnerId;
    QDate referralDate;
    QString referralReason;
    QString needsPerson;       // needs as the person expresses them
    QString needsProfessional; // needs as the professionals see them
    QString notes;
    QList<CasePerson> persons;
    QList<CaseWorker> workers;
    QList<CasePartner> partners;
    QStringList problems; // ref_problem_typology codes
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

// The human label of a case in messages: its number, else the table and id.
QString recordLabel(const Case &c);

// Checks the values of one case and its child lists: dates present for the status and in
// order (identified ≤ oriented ≤ accompanied ≤ closed), a close reason exactly when closed,
// each person / worker / partner / problem once, at most one main person. What needs the
// database (worker roles, reference codes, existence) is checked by CaseRepository.
// Throws ValidationError naming every refused field.
void validate(const Case &c);

} // namespace passerelle
