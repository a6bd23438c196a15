#pragma once

#include "util/Uuid.h"

#include <QDateTime>
#include <QString>

namespace passerelle {

class Validator;

// The structure that runs programmes (UDAF 52, LOGISENS, a CLSM…).
struct Organisation
{
    Uuid id;
    QString name;
    QString shortName;
    QString commune;
    QString department;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

// "organisation « UDAF 52 »" for error messages (never for logs).
QString recordLabel(const Organisation &organisation);
// Adds every refused field to `v`; the second form throws ValidationError listing them.
void validate(const Organisation &organisation, Validator &v);
void validate(const Organisation &organisation);

} // namespace passerelle
