#pragma once

#include "exchange/Violation.h"

#include <QHash>
#include <QList>

namespace passerelle {

// Findings of an integrity check. Every violation is counted, but only the first
// `maxPerRule` of each rule are kept: a database broken at scale (2 000 000 interventions)
// must not turn the report into millions of lines.
class IntegrityReport
{
public:
    explicit IntegrityReport(int maxPerRule = 200) : m_maxPerRule(maxPerRule) {}

    void add(Violation violation);
    // True when the next violation of `rule` would only be counted: lets a check skip the
    // work of describing it.
    bool isFull(const QString &rule) const { return m_keptPerRule.value(rule) >= m_maxPerRule; }

    const QList<Violation> &violations() const { return m_violations; }
    qint64 errorCount() const { return m_errors; }
    qint64 warningCount() const { return m_warnings; }
    qint64 omittedCount() const { return m_omitted; } // counted but not kept
    bool hasErrors() const { return m_errors > 0; }
    QList<Violation> errors() const;
    QList<Violation> warnings() const;

private:
    int m_maxPerRule;
    QList<Violation> m_violations;
    QHash<QString, int> m_keptPerRule;
    qint64 m_errors = 0;
    qint64 m_warnings = 0;
    qint64 m_omitted = 0;
};

} // namespace passerelle
