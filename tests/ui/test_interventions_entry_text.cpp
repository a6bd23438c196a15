#include "interventions/EntryText.h"

#include <catch2/catch.hpp>

using namespace passerelle;

TEST_CASE("Times are read the ways people type them")
{
    const auto time = [](const char *text) { return EntryText::parseTime(QString::fromUtf8(text)); };
    CHECK(time("14:30") == QTime(14, 30));
    CHECK(time("14h30") == QTime(14, 30));
    CHECK(time("14 h 30") == QTime(14, 30));
    CHECK(time("14H") == QTime(14, 0));
    CHECK(time("9") == QTime(9, 0));
    CHECK(time("930") == QTime(9, 30));
    CHECK(time("1430") == QTime(14, 30));
    CHECK(time("0:05") == QTime(0, 5));
    // Empty is "no time", which is allowed; nonsense is refused.
    REQUIRE(time(" "));
    CHECK_FALSE(time(" ")->isValid());
    CHECK_FALSE(time("24:00"));
    CHECK_FALSE(time("14:60"));
    CHECK_FALSE(time("14:3"));
    CHECK_FALSE(time("midi"));
    CHECK_FALSE(time("12345"));
    CHECK(EntryText::timeForEditing(QTime(9, 5)) == QStringLiteral("09:05"));
    CHECK(EntryText::timeForEditing({}).isEmpty());
}

TEST_CASE("Durations are read in minutes or hours and written back the same way")
{
    const auto minutes = [](const char *text) {
        return EntryText::parseDuration(QString::fromUtf8(text));
    };
    CHECK(minutes("45") == 45);
    CHECK(minutes("45 min") == 45);
    CHECK(minutes("45mn") == 45);
    CHECK(minutes("1:30") == 90);
    CHECK(minutes("1h30") == 90);
    CHECK(minutes("1 h 30") == 90);
    CHECK(minutes("2h") == 120);
    CHECK(minutes("0:05") == 5);
    CHECK(minutes("") == 0);
    CHECK(minutes("1500") == 1500); // read; the domain refuses it and names the field
    CHECK_FALSE(minutes("1:75"));
    CHECK_FALSE(minutes("une heure"));
    CHECK_FALSE(minutes("-30"));
    CHECK_FALSE(minutes("1,5h"));

    CHECK(EntryText::durationForEditing(0).isEmpty());
    CHECK(EntryText::durationForEditing(45) == QStringLiteral("45"));
    CHECK(EntryText::durationForEditing(90) == QStringLiteral("1:30"));
    CHECK(EntryText::durationForEditing(120) == QStringLiteral("2:00"));
    for (int m : {1, 45, 59, 60, 61, 90, 600, 1440})
        CHECK(EntryText::parseDuration(EntryText::durationForEditing(m)) == m);

    CHECK(EntryText::durationForDisplay(0).isEmpty());
    CHECK(EntryText::durationForDisplay(45) == QStringLiteral("45 min"));
    CHECK(EntryText::durationForDisplay(90) == QStringLiteral("1 h 30"));
    CHECK(EntryText::durationForDisplay(65) == QStringLiteral("1 h 05"));
    CHECK(EntryText::durationForDisplay(120) == QStringLiteral("2 h"));
}
