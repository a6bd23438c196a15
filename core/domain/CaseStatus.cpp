#include "domain/CaseStatus.h"

#include <QCoreApplication>

namespace passerelle {

QString toCode(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Identified:
        return QStringLiteral("identified");
    case CaseStatus::Oriented:
        return QStringLiteral("oriented");
    case CaseStatus::Accompanied:
        return QStringLiteral("accompanied");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    }
    Q_UNREACHABLE();
}

std::optional<CaseStatus> caseStatusFromCode(QStringView code)
{
    for (const CaseStatus s : {CaseStatus::Identified, CaseStatus::Oriented,
                               CaseStatus::Accompanied, CaseStatus::Closed}) {
        if (code == toCode(s))
            return s;
    }
    return std::nullopt;
}

QString label(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Identified:
        return QCoreApplication::translate("Domain", "Repérée");
    case CaseStatus::Oriented:
        return QCoreApplication::translate("Domain", "Orientée");
    case CaseStatus::Accompanied:
        return QCoreApplication::translate("Domain", "Accompagnée");
    case CaseStatus::Closed:
        return QCoreApplication::translate("Domain", "Clôturée");
    }
    Q_UNREACHABLE();
}

QList<CaseStatus> allowedNextStatuses(CaseStatus from)
{
    switch (from) {
    case CaseStatus::Identified:
        return {CaseStatus::Oriented, CaseStatus::Accompanied, CaseStatus::Closed};
    case CaseStatus::Oriented:
        return {CaseStatus::Accompanied, CaseStatus::Closed};
    case CaseStatus::Accompanied:
        return {CaseStatus::Closed};
    case CaseStatus::Closed:
        return {CaseStatus::Identified, CaseStatus::Oriented, CaseStatus::Accompanied};
    }
    Q_UNREACHABLE();
}

bool isAllowedTransition(CaseStatus from, CaseStatus to)
{
    return allowedNextStatuses(from).contains(to);
}

QString dateColumn(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Identified:
        return QStringLiteral("identified_on");
    case CaseStatus::Oriented:
        return QStringLiteral("oriented_on");
    case CaseStatus::Accompanied:
        return QStringLiteral("accompanied_on");
    case CaseStatus::Closed:
        return QStringLiteral("closed_on");
    }
    Q_UNREACHABLE();
}

} // namespace passerelle
