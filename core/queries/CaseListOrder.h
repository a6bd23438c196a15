#pragma once

namespace passerelle {

// The order of the case list: one key, up or down, then the case id in the same direction
// so that equal keys keep a stable order (and a keyset cursor a unique position).
struct CaseListOrder
{
    enum class Key {
        IdentifiedOn,     // the default: most recently identified first
        Number,
        Programme,        // by name, case and accents ignored
        Status,           // in the order a case goes through: identified … closed
        Person,           // the main person's pseudonymous code
        Commune,          // case and accents ignored; cases without one first
        ReferralPartner,  // case and accents ignored; cases without one first
        LastStatusChange,
    };

    Key key = Key::IdentifiedOn;
    bool descending = true;

    friend bool operator==(const CaseListOrder &, const CaseListOrder &) = default;
};

} // namespace passerelle
