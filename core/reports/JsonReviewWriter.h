#pragma once

#include "reports/ReviewWriter.h"

#include <QJsonObject>

namespace passerelle {

// The review for machines: UTF-8 JSON, numbers as JSON numbers (a percent is a fraction,
// 0.706), each cell with its type and, for counted figures, the definition that lists its
// records. Shape: docs/indicator-definitions.md, "Annual review JSON".
class JsonReviewWriter final : public ReviewWriter
{
public:
    QString format() const override { return QStringLiteral("json"); }
    QString fileSuffix() const override { return QStringLiteral("json"); }
    QString description() const override;
    void write(const AnnualReview &review, QIODevice &out) const override;

    static QJsonObject toJson(const AnnualReview &review);
};

} // namespace passerelle
