#pragma once

#include "util/Errors.h"

#include <QString>

namespace passerelle {

// Why a .passerelle-sync file was refused: one code per cause, so that a person is told
// what to do (copy the file again, pair the device, update Passerelle…) and a test can
// tell the causes apart. A refused bundle is refused whole: nothing of it is applied.
enum class BundleError
{
    None,               // verified: its records may be applied
    Truncated,          // the file ends before its last byte (copy interrupted)
    BadMagic,           // not a Passerelle sync bundle at all
    UnsupportedVersion, // a container format this program does not read
    BadSignature,       // the signed header was altered, or signed by another key
    UnknownSender,      // a replica this one is not paired with, or one that was revoked
    WrongRecipient,     // addressed to another replica
    NewerSchema,        // written by a newer major schema: this program must be updated
    OlderSchema,        // written by an older major schema: the sender must be updated
    Tampered,           // the encrypted body, its key or its framing was altered
    Spliced,            // the body belongs to another bundle than the header
    AlreadyApplied,     // applied before: reading it again is a no-op
};

// Stable lower-case code for logs and the command line ("truncated", "bad-signature"…).
QString toCode(BundleError error);

// Thrown by AppliedBundles::markApplied when the bundle was applied meanwhile (by another
// process): the caller's transaction then rolls back, so the merge happens once.
class BundleRejectedError : public Error
{
public:
    BundleRejectedError(BundleError code, QString message) : Error(std::move(message)), m_code(code)
    {
    }
    BundleError code() const { return m_code; }

private:
    BundleError m_code;
};

} // namespace passerelle
