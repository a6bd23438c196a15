#pragma once

#include "util/Uuid.h"

#include <QDateTime>
#include <QString>

namespace passerelle {

class Validator;

// A partner organisation (social landlord, CMP, CSAPA, GP…) mobilised on cases, referring
// people, taking part in action sheets or funding them.
struct Partner
{
    Uuid id;
    QString name;
    QString partnerType; // code in ref_partner_type
    QString commune;
    QString contactName;
    QString phone;
    QString email;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
};

QString recordLabel(const Partner &partner);
// Checks the values themselves; that partner_type exists in its list is the repository's job.
void validate(const Partner &partner, Validator &v);
void validate(const Partner &partner);

} // namespace passerelle
