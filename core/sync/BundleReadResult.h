#pragma once

#include "sync/BundleError.h"
#include "sync/BundleHeader.h"
#include "sync/BundleRecords.h"

#include <QString>

#include <optional>

namespace passerelle {

// What reading a .passerelle-sync file gave: either a verified bundle (every byte checked,
// body decrypted) or the one reason it was refused, in French for the person.
struct BundleReadResult
{
    BundleError error = BundleError::None;
    QString message; // translated; empty when verified
    // Set once the signature was verified and the sender recognised, so also for
    // WrongRecipient, NewerSchema, AlreadyApplied and refusals of the body.
    std::optional<BundleHeader> header;
    BundleRecords records; // only when verified

    bool isVerified() const { return error == BundleError::None; }
    // A bundle already applied: nothing to do, nothing wrong.
    bool isNoOp() const { return error == BundleError::AlreadyApplied; }
};

} // namespace passerelle
