#include "domain/Worker.h"

#include "domain/Validation.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace passerelle {

QString toCode(WorkerRole role)
{
    switch (role) {
    case WorkerRole::Coordinator:
        return QStringLiteral("coordinator");
    case WorkerRole::Professional:
        return QStringLiteral("professional");
    case WorkerRole::PeerWorker:
        return QStringLiteral("peer_worker");
    }
    Q_UNREACHABLE();
}

std::optional<WorkerRole> workerRoleFromCode(QStringView code)
{
    for (WorkerRole r : {WorkerRole::Coordinator, WorkerRole::Professional, WorkerRole::PeerWorker})
        if (code == toCode(r))
            return r;
    return std::nullopt;
}

QString label(WorkerRole role)
{
    switch (role) {
    case WorkerRole::Coordinator:
        return QCoreApplication::translate("Domain", "Coordinateur");
    case WorkerRole::Professional:
        return QCoreApplication::translate("Domain", "Professionnel");
    case WorkerRole::PeerWorker:
        return QCoreApplication::translate("Domain", "Travailleur pair");
    }
    Q_UNREACHABLE();
}

bool workerRoleAllowsPairRole(WorkerRole role, QStringView pairRole)
{
    if (pairRole == u"peer")
        return role == WorkerRole::PeerWorker;
    if (pairRole == u"professional")
        return role == WorkerRole::Professional || role == WorkerRole::Coordinator;
    return pairRole == u"referent";
}

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return shape.match(email).hasMatch();
}

QString recordLabel(const Worker &worker)
{
    if (!worker.code.trimmed().isEmpty())
        return QCoreApplication::translate("Domain", "intervenant %1").arg(worker.code);
    return QStringLiteral("worker ") + worker.id.toString();
}

void validate(const Worker &w, Validator &v)
{
    if (w.organisationId.isNull())
        v.fail(QStringLiteral("organisation_id"),
               ValidationText::tr("« Organisation » est obligatoire."));
    v.requireText(QStringLiteral("code"), w.code, ValidationText::tr("Code"));
    v.maxLength(QStringLiteral("code"), w.code, 20, ValidationText::tr("Code"));
    v.requireText(QStringLiteral("display_name"), w.displayName, ValidationText::tr("Nom affiché"));
    v.maxLength(QStringLiteral("display_name"), w.displayName, 200,
                ValidationText::tr("Nom affiché"));
    v.maxLength(QStringLiteral("profession"), w.profession, 100, ValidationText::tr("Profession"));
    if (!std::isfinite(w.fte))
        v.fail(QStringLiteral("fte"), ValidationText::tr("« ETP » doit être un nombre."));
    else
        v.range(QStringLiteral("fte"), w.fte, 0.0, 1.5, ValidationText::tr("ETP"));
    if (!w.email.isEmpty() && !looksLikeEmail(w.email))
        v.fail(QStringLiteral("email"),
               ValidationText::tr("« Courriel » n'est pas une adresse valide."));
}

void validate(const Worker &worker)
{
    Validator v(recordLabel(worker));
    validate(worker, v);
    v.throwIfFailed();
}

} // namespace passerelle
