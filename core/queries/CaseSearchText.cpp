#include "queries/CaseSearchText.h"

#include <QStringList>

#include <algorithm>

namespace passerelle::CaseSearchText {

QString matchExpression(const QString &typed)
{
    QStringList phrases;
    for (const QString &word : typed.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // FTS5 tokenizes the inside of a quoted phrase with the table's tokenizer; a phrase
        // with no token at all ("-", "''") would match no case, so such a word is ignored
        // rather than emptying the list while the person is still typing.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        // `"…"*`: the phrase's tokens in order, the last one as a prefix.
        phrases.append(QLatin1Char('"') + quoted + QLatin1String("\"*"));
        if (phrases.size() == MaxWords)
            break;
    }
    // Phrases side by side: FTS5's implicit AND.
    return phrases.join(QLatin1Char(' '));
}

} // namespace passerelle::CaseSearchText
