#pragma once

#include "demo/DemoCalendar.h"
#include "demo/DemoProgrammeProfile.h"
#include "demo/DemoRandom.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

namespace passerelle {

// Purposes of the independent random streams (DemoRandom::stream): one per stage, so that
// changing how one stage draws leaves the others' data as it was.
enum class DemoStream : quint64
{
    Setup = 1,
    Workers,
    Sheets,
    CasePlan,
    CaseDetails,
    Sessions,
    SessionDetails,
    Reviews,
    Interventions,
    Assessments,
    Ids
};

struct DemoWorker
{
    enum class Role : quint8
    {
        Coordinator,
        Professional,
        Peer
    };
    QByteArray id;
    int programme = 0;
    int team = 0;
    Role role = Role::Professional;
};

// One team of a programme: a coordinator and the workers it draws pairs from.
struct DemoTeam
{
    int coordinator = -1; // worker index
    std::vector<int> professionals;
    std::vector<int> peers;
};

struct DemoProgramme
{
    QByteArray id;
    std::vector<DemoTeam> teams;
    int expectedCases = 0;
    // Days of the commission sessions that were held, sorted, and their session indices:
    // orientations of commission programmes are decided on those days.
    std::vector<int> commissionDays;
    std::vector<int> commissionSessions;
};

// A case as planned: its path through the statuses, and who follows it. Days are
// DemoCalendar indices; -1 = the step did not happen (yet).
struct DemoCase
{
    QByteArray id;        // set when written
    qint64 createdMs = 0; // when the referral was recorded
    quint32 stream = 0;   // index of its random streams
    qint8 programme = 0;
    qint8 status = 0;       // DemoCodes::Status
    qint8 closeReason = -1; // DemoCodes::CloseReason
    qint8 orientedBy = -1;  // decision of the commission that oriented or turned it down
    int identified = 0;
    int oriented = -1;
    int accompanied = -1;
    int closed = -1;
    int orientationSession = -1; // session index of that decision
    int referent = -1;           // worker indices
    int professional = -1;
    int peer = -1;

    int professionalFrom() const { return oriented >= 0 ? oriented : accompanied; }
};

struct DemoSession
{
    QByteArray id;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    int programme = 0;
    int kind = 0; // DemoCodes::SessionKind
    int day = 0;
    int status = 0; // 0 planned, 1 done, 2 cancelled
    int instance = 0;
};

// What every stage of the generator shares: the calendar, the ids of what was written,
// and the plans later stages hang their rows on.
struct DemoWorld
{
    explicit DemoWorld(DemoCalendar cal) : calendar(std::move(cal)) {}

    DemoCalendar calendar;
    quint64 seed = 0;
    int windowStart = 0; // first day of the five years of activity
    int caseCount = 0;
    QByteArray organisationId;
    std::array<DemoProgramme, DemoProgrammeProfile::Count> programmes;
    std::vector<QByteArray> partnerIds; // by DemoPartnerKey
    std::vector<DemoWorker> workers;
    std::vector<DemoCase> cases;       // in creation order once planned
    std::vector<DemoSession> sessions; // in creation order
    // Work done so far: cases written, then interventions written (the generator turns it
    // into the caller's done/total callback).
    std::function<void(int unitsDone)> progress;

    // Unix ms of a day at a given minute, shorthand for the calendar's.
    qint64 ms(int day, int minute) const { return calendar.ms(day, minute); }
    // A random moment of a day between two minutes (capped at the day's last minute). The
    // two draws are made in separate statements: C++ leaves the order of operands of `+`
    // unspecified, and another compiler must not get another database.
    qint64 moment(int day, int firstMinute, int lastMinute, DemoRandom &random) const
    {
        const int minute = std::min(random.between(firstMinute, lastMinute), 24 * 60 - 1);
        const int millisecond = random.between(0, 59'999);
        return ms(day, minute) + millisecond;
    }
};

} // namespace passerelle
