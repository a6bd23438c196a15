#pragma once

#include "reports/ReviewWriter.h"

#include <functional>
#include <memory>

namespace passerelle {

// The formats the review can be written in. The built-in ones (JSON, CSV) are listed in
// ReviewWriters.cpp; another format is added with one line there, or at run time with
// add() from a library that core cannot depend on. Only registered formats are offered
// by `passerelle-cli report --help`.
class ReviewWriters
{
public:
    using Factory = std::function<std::unique_ptr<ReviewWriter>()>;

    // nullptr when the format is unknown.
    static std::unique_ptr<ReviewWriter> forFormat(const QString &format);
    // Every format, in registration order.
    static QStringList formats();
    // Registers (or replaces) a format.
    static void add(const QString &format, Factory factory);
};

} // namespace passerelle
