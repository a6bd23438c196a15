#include "reports/ReviewWriters.h"

#include "reports/CsvReviewWriter.h"
#include "reports/JsonReviewWriter.h"
#include "reports/PdfReviewWriter.h"
#include "reports/XlsxReviewWriter.h"

#include <QList>
#include <QMutex>
#include <QPair>

namespace passerelle {

namespace {
struct Registry
{
    QMutex mutex;
    QList<QPair<QString, ReviewWriters::Factory>> entries = {
        {QStringLiteral("json"), [] { return std::make_unique<JsonReviewWriter>(); }},
        {QStringLiteral("csv"), [] { return std::make_unique<CsvReviewWriter>(); }},
        {QStringLiteral("xlsx"), [] { return std::make_unique<XlsxReviewWriter>(); }},
        {QStringLiteral("pdf"), [] { return std::make_unique<PdfReviewWriter>(); }},
    };
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

std::unique_ptr<ReviewWriter> ReviewWriters::forFormat(const QString &format)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (const auto &[name, factory] : r.entries)
        if (name == format.toLower())
            return factory();
    return nullptr;
}

QStringList ReviewWriters::formats()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    QStringList out;
    for (const auto &entry : r.entries)
        out.append(entry.first);
    return out;
}

void ReviewWriters::add(const QString &format, Factory factory)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (auto &entry : r.entries) {
        if (entry.first == format) {
            entry.second = std::move(factory);
            return;
        }
    }
    r.entries.append({format, std::move(factory)});
}

} // namespace passerelle
