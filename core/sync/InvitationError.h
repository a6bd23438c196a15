#pragma once

#include "util/Errors.h"

#include <QDateTime>
#include <QString>

namespace passerelle {

// Why an invitation (.passerelle-invite) or a join reply (.passerelle-join) was refused: one
// code per cause, so that the person is told what to do (type the code again, ask for a
// new invitation…) and a test can tell the causes apart.
enum class InvitationError
{
    Unreadable,        // not an invitation / reply file, or cut short
    Altered,           // signature, hash or secret does not match: the file was changed
    WrongCode,         // the short code typed does not authenticate this file
    Expired,           // the invitation's validity has run out
    AlreadyUsed,       // the invitation's one-time secret was already spent
    OtherOrganisation, // this replica belongs to (or holds the data of) another organisation
    UnknownInvitation, // the reply answers an invitation this office never issued
    NotForThisReplica, // the reply is sealed to another office PC (or its seal was damaged)
    SameReplica,       // an office cannot join its own invitation
    Revoked,           // the office cancelled the invitation before it was used
};

// Stable lower-case code for logs and the command line ("wrong-code", "expired"…).
QString toCode(InvitationError error);

// A refused invitation or reply. It is a ValidationError naming the field at fault
// ("code", "expires", "signature"…), so the command line and forms treat it like any other
// refused input; nothing was written when it is thrown.
class InvitationRefusedError : public ValidationError
{
public:
    // The French message for `error`; `when` is the expiry or the first use, when known.
    static InvitationRefusedError because(InvitationError error, const QDateTime &when = {});

    InvitationError error() const { return m_error; }

private:
    InvitationRefusedError(InvitationError error, QString field, QString message)
        : ValidationError(std::move(field), std::move(message)), m_error(error)
    {
    }
    InvitationError m_error;
};

} // namespace passerelle
