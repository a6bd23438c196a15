#pragma once

namespace passerelle {

// The schema a bundle's records were written against. The minor number is the database
// schema version (the highest migration shipped): a newer minor only adds columns with
// defaults, so it is read. The major number changes only when replicated data changes
// incompatibly (a column removed or given another meaning); a bundle from another major
// is refused whole, since its records cannot be merged faithfully.
struct SyncSchemaVersion
{
    // Raise with the migration that breaks compatibility of the replicated tables.
    static constexpr int kCurrentMajor = 1;

    int majorVersion = 0;
    int minorVersion = 0;

    // This program's version: kCurrentMajor and the latest migration.
    static SyncSchemaVersion current();

    friend bool operator==(const SyncSchemaVersion &, const SyncSchemaVersion &) = default;
};

} // namespace passerelle
