#pragma once

#include <QCoreApplication>
#include <QLocale>

namespace passerelle {

// The translation contexts of core's user-facing messages. Core code is mostly free functions
// and classes without Q_OBJECT, so a bare tr() there means nothing to lupdate (it files the
// string under the enclosing class or namespace, a context nobody translates at run time).
// Each class below only carries Q_DECLARE_TR_FUNCTIONS(Context): `SyncText::tr("…")` is
// QCoreApplication::translate("Sync", "…") at run time, and lupdate files it under "Sync" too.
// They sit together because they are one list (the catalogue's core contexts), not classes
// with behaviour; a context used by a single file is named after that file's subject.
//
// Plural messages take the usual extra arguments: `CliText::tr("%n ligne(s)", nullptr, n)`.

// Field and record checks: the text of a ValidationError.
class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// Domain labels (kinds, scopes, how a record is named in a message).
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(Domain)
};

// Synchronisation: bundles, pairing, sync folder, merge and conflict messages.
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

class SyncOverviewText
{
    Q_DECLARE_TR_FUNCTIONS(SyncOverview)
};

class ReviewQueueText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)
};

// passerelle-cli's own messages (usage, summaries, results).
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Annual review, dashboard and PDF/XLSX/CSV output.
class ReportsText
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

class IndicatorsText
{
    Q_DECLARE_TR_FUNCTIONS(Indicators)
};

class TemplatesText
{
    Q_DECLARE_TR_FUNCTIONS(Templates)
};

// Exchange file export and import.
class ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

// Integrity check (passerelle-cli check, import verification).
class IntegrityText
{
    Q_DECLARE_TR_FUNCTIONS(Integrity)
};

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

class SheetContinuationText
{
    Q_DECLARE_TR_FUNCTIONS(SheetContinuation)
};

class SheetFromTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(SheetFromTemplate)
};

// The locale of the dates and month names inside core's messages: the catalogue's language
// (the English catalogue turns "fr_FR" into "en_GB"), so that a sentence and the dates in it
// speak one language whatever the system's regional formats.
inline QLocale messageLocale()
{
    return QLocale(DomainText::tr("fr_FR", "locale name of the dates and months inside messages"));
}

} // namespace passerelle
