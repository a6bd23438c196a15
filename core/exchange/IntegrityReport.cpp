#include "exchange/IntegrityReport.h"

namespace passerelle {

void IntegrityReport::add(Violation violation)
{
    (violation.isError() ? m_errors : m_warnings) += 1;
    int &kept = m_keptPerRule[violation.rule];
    if (kept >= m_maxPerRule) {
        ++m_omitted;
        return;
    }
    ++kept;
    m_violations.append(std::move(violation));
}

QList<Violation> IntegrityReport::errors() const
{
    QList<Violation> out;
    for (const Violation &v : m_violations)
        if (v.isError())
            out.append(v);
    return out;
}

QList<Violation> IntegrityReport::warnings() const
{
    QList<Violation> out;
    for (const Violation &v : m_violations)
        if (!v.isError())
            out.append(v);
    return out;
}

} // namespace passerelle
