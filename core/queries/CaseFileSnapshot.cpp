#include "queries/CaseFileSnapshot.h"

namespace passerelle {

const Person *CaseFileSnapshot::mainPerson() const
{
    for (const CasePerson &cp : caseFile.persons)
        if (cp.role == CasePersonRole::Main)
            return person(cp.personId);
    return nullptr;
}

const Person *CaseFileSnapshot::person(const Uuid &id) const
{
    for (const Person &p : people)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Worker *CaseFileSnapshot::worker(const Uuid &id) const
{
    for (const Worker &w : workers)
        if (w.id == id)
            return &w;
    return nullptr;
}

const Partner *CaseFileSnapshot::partner(const Uuid &id) const
{
    for (const Partner &p : partners)
        if (p.id == id)
            return &p;
    return nullptr;
}

QString CaseFileSnapshot::referenceLabel(const QString &list, const QString &code) const
{
    if (code.isEmpty())
        return {};
    for (const ReferenceItem &item : lists.value(list))
        if (item.code == code)
            return item.label();
    return code;
}

QList<ReferenceItem> CaseFileSnapshot::choices(const QString &list, const QString &current) const
{
    QList<ReferenceItem> out;
    for (const ReferenceItem &item : lists.value(list))
        if (!item.archivedAt.isValid() || item.code == current)
            out.append(item);
    return out;
}

} // namespace passerelle
