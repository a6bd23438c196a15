#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace passerelle {

class Validator;

enum class WorkerRole
{
    Coordinator,
    Professional,
    PeerWorker
};

QString toCode(WorkerRole role);
std::optional<WorkerRole> workerRoleFromCode(QStringView code);
QString label(WorkerRole role);

// Invariant 5: which case_worker.pair_role a worker of this role may hold. 'peer' needs a
// peer worker, 'professional' a professional or a coordinator, 'referent' anyone.
bool workerRoleAllowsPairRole(WorkerRole role, QStringView pairRole);

// An intervenant: coordinator, professional, or peer worker paid by the hour.
struct Worker
{
    Uuid id;
    Uuid organisationId;
    QString code;        // short pseudonymous code shown in reports (TP1, AS2)
    QString displayName; // shown on screen only
    WorkerRole role = WorkerRole::Professional;
    QString profession;
    double fte = 0.0; // ETP, 0 to 1.5
    QDate trainedOn;  // invalid = not trained (yet)
    bool active = true;
    QString email;
    QString phone;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

// Loose e-mail shape shared by workers and partners: something@something, no blanks.
bool looksLikeEmail(const QString &email);

QString recordLabel(const Worker &worker);
void validate(const Worker &worker, Validator &v);
void validate(const Worker &worker);

} // namespace passerelle
