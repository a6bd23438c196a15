#pragma once

#include "queries/CaseReference.h"

#include <QListWidget>

#include <functional>

namespace passerelle {

// The cases linked to a partner or a worker, one line each: the case number first, then
// what `describe` says of the link (status, role, date) — never a person's name. Enter or
// a double click asks to open the case's file.
class CaseReferenceList : public QListWidget
{
    Q_OBJECT

public:
    using Describe = std::function<QString(const CaseReference &)>;

    CaseReferenceList(const QString &objectName, const QString &accessibleName,
                      QWidget *parent = nullptr);

    void setCases(const QList<CaseReference> &cases, const Describe &describe);
    QStringList numbers() const;

    // "accompagnée": the status of a case as a short French word.
    static QString statusText(const QString &statusCode);

Q_SIGNALS:
    void openCaseRequested(const passerelle::Uuid &caseId);
};

} // namespace passerelle
