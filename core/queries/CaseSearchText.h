#pragma once

#include <QString>

namespace passerelle::CaseSearchText {

// The FTS5 query for what a person typed in the case list's search field.
//
// Every word typed (words are separated by spaces) must begin a word of the indexed text,
// case and accents ignored: "dup" finds Dupont, "CHAUM" finds Chaumont, "helene" finds
// Hélène. A word made of several parts must find them side by side and in order, the last
// one begun: "PA-2025-00" finds PA-2025-0017, "d'ascq" finds Villeneuve-d'Ascq. Quotes and
// FTS5 operators typed are taken as text, never as syntax.
//
// Returns an empty string when nothing searchable was typed (only spaces or punctuation).
QString matchExpression(const QString &typed);

// At most this many words are searched; the rest of the text is ignored. Each word costs
// an index lookup, and no real search needs more.
inline constexpr int MaxWords = 8;

} // namespace passerelle::CaseSearchText
