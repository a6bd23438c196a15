#include "Translations.h"
#include "cli/Commands.h"
#include "domain/Partner.h"
#include "indicators/ReportingPeriod.h"
#include "repositories/PartnerRepository.h"
#include "support/TestSupport.h"
#include "sync/BundleError.h"
#include "sync/BundleReader.h"
#include "sync/ReplicaKeys.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <QXmlStreamReader>

using namespace passerelle;
using namespace passerelle::test;

// Core's messages are made in core (no Widgets there) but read on screen: these tests
// install the English catalogue the way the application does and check that a refusal
// from core arrives in English, and that the catalogue has an English text for every
// message lupdate extracted, core's included.

namespace {
// The English catalogue as committed, next to the test data (tests/fixtures → ../../resources).
QString englishCatalogue()
{
    return QDir(fixturePath(QString()))
        .filePath(QStringLiteral("../../resources/translations/passerelle_en.ts"));
}

struct CatalogueEntry
{
    QString context;
    QString source;
    QString comment;     // the disambiguation passed to tr()
    QString translation; // the singular form for a plural message
    bool plural = false;
    bool unfinished = false;
};

QList<CatalogueEntry> readCatalogue(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<CatalogueEntry> entries;
    QString context;
    CatalogueEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = CatalogueEntry{
                context, {}, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes",
                false};
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"comment") {
            entry.comment = xml.readElementText();
        } else if (name == u"translation") {
            entry.unfinished = !xml.attributes().value(QLatin1StringView("type")).isEmpty();
            if (!entry.plural) {
                entry.translation = xml.readElementText();
                entries.append(entry);
            }
        } else if (name == u"numerusform" && entry.translation.isEmpty()) {
            entry.translation = xml.readElementText();
            entries.append(entry);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return entries;
}
} // namespace

TEST_CASE("A refusal from core reaches an English user in English")
{
    TempDatabase t;
    const Translations english(Translations::Language::English);

    SECTION("a field refused by a repository names the record and the field in English")
    {
        Partner partner;
        partner.name = QStringLiteral("Mission locale");
        partner.partnerType = QStringLiteral("social_landlord");
        partner.email = QStringLiteral("pas-une-adresse");
        try {
            PartnerRepository(*t.db).create(partner);
            FAIL("an invalid e-mail address was accepted");
        } catch (const ValidationError &e) {
            CHECK(e.field() == QLatin1String("email"));
            CHECK(e.reason() == QStringLiteral("“Email” is not a valid address."));
            CHECK(e.record() == QStringLiteral("partner “Mission locale”"));
            // The whole message, with English punctuation (no space before the colon).
            CHECK(QString::fromUtf8(e.what()) ==
                  QStringLiteral("partner “Mission locale” — email: “Email” is not a valid "
                                 "address."));
        }
    }

    SECTION("a file that is not a sync bundle is refused with the English reason")
    {
        const ReplicaKeys keys = ReplicaKeys::forDatabase(*t.db);
        QByteArray garbage("not a bundle at all");
        QBuffer in(&garbage);
        REQUIRE(in.open(QIODevice::ReadOnly));
        const BundleReadResult result = BundleReader(*t.db, keys).read(in);
        CHECK(result.error == BundleError::BadMagic);
        CHECK(result.message ==
              QStringLiteral(
                  "This file is not a Passerelle synchronisation bundle (.passerelle-sync). "
                  "Nothing was imported."));
    }

    SECTION("a reporting period is named in English, month names included")
    {
        const ReportingPeriod half{QDate(2024, 1, 1), QDate(2024, 6, 30)};
        CHECK(half.label() == QStringLiteral("January to June 2024"));
        try {
            ReportingPeriod::fromOptions({}, {}, QStringLiteral("24"), QDate(2024, 5, 1));
            FAIL("a two-digit year was accepted");
        } catch (const ValidationError &e) {
            CHECK(e.field() == QLatin1String("year"));
            CHECK(e.reason() == QStringLiteral("Year expected (YYYY), got “24”."));
        }
    }

    SECTION("the command line answers in English, its command summaries included")
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CHECK(cli::runCli({QStringLiteral("frobnicate")}, outStream, errStream) == 2);
        errStream.flush();
        CHECK(err.startsWith(QStringLiteral("Unknown command: frobnicate\n")));
        CHECK(err.contains(QStringLiteral("Usage: passerelle-cli COMMAND [--db FILE] [options]")));
        CHECK(err.contains(QStringLiteral("Counts the records of each kind.")));
        CHECK_FALSE(err.contains(QStringLiteral("Commande")));
    }
}

TEST_CASE("Every message of the English catalogue is translated, and the compiled catalogue has it")
{
    const QList<CatalogueEntry> entries = readCatalogue(englishCatalogue());
    // Core's messages are in: one per context that core/util/TrContext.h declares or core
    // calls by name. Fewer than ~2 500 would mean core fell out of the lupdate sources.
    CHECK(entries.size() > 2500);
    QStringList unfinished;
    QStringList notCompiled;
    const Translations english(Translations::Language::English);
    for (const CatalogueEntry &e : entries) {
        if (e.unfinished || e.translation.isEmpty())
            unfinished.append(e.context + QStringLiteral(" / ") + e.source);
        const QByteArray context = e.context.toUtf8();
        const QByteArray source = e.source.toUtf8();
        const QByteArray comment = e.comment.toUtf8();
        // A plural message is asked for one: the singular form, with %n (or %Ln) filled in.
        const QString translated = QCoreApplication::translate(
            context.constData(), source.constData(),
            e.comment.isEmpty() ? nullptr : comment.constData(), e.plural ? 1 : -1);
        const QString expected = e.plural ? QString(e.translation)
                                                .replace(QStringLiteral("%Ln"), QStringLiteral("1"))
                                                .replace(QStringLiteral("%n"), QStringLiteral("1"))
                                          : e.translation;
        if (!e.unfinished && translated != expected)
            notCompiled.append(e.context + QStringLiteral(" / ") + e.source);
    }
    INFO("Unfinished: " << unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(unfinished.isEmpty());
    INFO("Not in the compiled catalogue: "
         << notCompiled.mid(0, 20).join(QLatin1Char('\n')).toStdString());
    CHECK(notCompiled.isEmpty());

    QStringList contexts;
    for (const CatalogueEntry &e : entries)
        contexts.append(e.context);
    for (const char *context : {"Validation", "Domain", "Sync", "SyncOverview", "Cli", "Reports",
                                "Indicators", "Templates", "Exchange", "Integrity", "Storage",
                                "Demo", "SheetContinuation", "SheetFromTemplate"})
        CHECK(contexts.contains(QLatin1String(context)));
    // When lupdate cannot see the class a member function belongs to (a header it did not
    // find), it files `SyncText::tr("…")` under "SyncText": a context nothing asks for.
    for (const char *helper :
         {"ValidationText", "DomainText", "SyncText", "SyncOverviewText", "ReviewQueueText",
          "CliText", "ReportsText", "IndicatorsText", "TemplatesText", "ExchangeText",
          "IntegrityText", "DemoText", "SheetContinuationText", "SheetFromTemplateText"})
        CHECK_FALSE(contexts.contains(QLatin1String(helper)));
}
