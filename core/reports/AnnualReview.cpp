#include "reports/AnnualReview.h"

#include "indicators/IndicatorResult.h"

namespace passerelle {

ReviewCell ReviewCell::ofText(const QString &text)
{
    ReviewCell c;
    c.type = Type::Text;
    c.text = text;
    return c;
}

ReviewCell ReviewCell::ofInteger(qint64 value, ReviewTraceRef trace)
{
    ReviewCell c;
    c.type = Type::Integer;
    c.integer = value;
    c.trace = std::move(trace);
    return c;
}

ReviewCell ReviewCell::ofDecimal(double value, int decimals, ReviewTraceRef trace)
{
    ReviewCell c;
    c.type = Type::Decimal;
    c.number = value;
    c.decimals = decimals;
    c.trace = std::move(trace);
    return c;
}

ReviewCell ReviewCell::ofPercent(double fraction, ReviewTraceRef trace, int decimals)
{
    ReviewCell c;
    c.type = Type::Percent;
    c.number = fraction;
    c.decimals = decimals;
    c.trace = std::move(trace);
    return c;
}

QString ReviewCell::displayText() const
{
    switch (type) {
    case Type::Empty:
        return {};
    case Type::Text:
        return text;
    case Type::Integer:
        return QString::number(integer);
    case Type::Decimal:
        return formatNumber(number, decimals);
    case Type::Percent:
        return formatPercent(number, decimals);
    }
    return {};
}

const ReviewSection *AnnualReview::section(QStringView id) const
{
    for (const ReviewSection &s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ReviewTable *AnnualReview::table(QStringView id) const
{
    for (const ReviewSection &s : sections)
        for (const ReviewTable &t : s.tables)
            if (t.id == id)
                return &t;
    return nullptr;
}

} // namespace passerelle
