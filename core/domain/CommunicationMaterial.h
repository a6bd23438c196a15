#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace passerelle {

class Validator;

// A communication material of a programme (leaflet, poster…): counted by the action
// sheet's process indicators ("nombre de supports créés et diffusés").
struct CommunicationMaterial
{
    Uuid id;
    Uuid programmeId;
    QString materialType; // code in ref_material_type
    QString title;
    int quantityMade = 0;
    int quantityDistributed = 0; // never more than made
    QDate madeOn;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

QString recordLabel(const CommunicationMaterial &material);
void validate(const CommunicationMaterial &material, Validator &v);
void validate(const CommunicationMaterial &material);

} // namespace passerelle
