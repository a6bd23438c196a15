#include "test_sync_fixtures.h"
#include "test_sync_pairing_fixtures.h"

#include "sync/InvitationError.h"
#include "sync/InvitationLedger.h"
#include "sync/PeerDirectory.h"

#include <catch2/catch.hpp>

using namespace passerelle;
using namespace passerelle::test;

namespace {
InvitationRequest laptopNamed(const PairingReplica &office, const QString &device, int days = 7)
{
    InvitationRequest r;
    r.role = ReplicaRole::Laptop;
    r.workerId = office.peerWorker;
    r.deviceName = device;
    r.validDays = days;
    return r;
}

constexpr qint64 kDayMs = 24 * 3600 * 1000;

InvitationState stateNamed(PairingReplica &office, const QString &device)
{
    for (const InvitationRecord &r : office.invitations().invitations())
        if (r.deviceName == device)
            return stateOf(r, office.clock.nowMs());
    FAIL("no invitation for " << device.toStdString());
    return InvitationState::Pending;
}

void refusedRevoke(PairingReplica &office, const Uuid &id)
{
    const QByteArray before = fullHash(office.db());
    try {
        office.invitations().revoke(id);
        FAIL("revoked");
    } catch (const ValidationError &e) {
        CHECK(e.field() == QStringLiteral("invitation"));
    }
    CHECK(fullHash(office.db()) == before);
}
} // namespace

TEST_CASE("Invitations: the office lists them pending, accepted, expired or cancelled, and a "
          "cancelled one is refused when its reply comes back")
{
    PairingReplica office;
    office.addOrganisation();
    PairingReplica camille, lucas;
    const IssuedInvitation short_ =
        office.invitations().invite(laptopNamed(office, QStringLiteral("Portable de Lucas"), 1));
    office.clock.advanceMs(1000);
    const IssuedInvitation used =
        office.invitations().invite(laptopNamed(office, QStringLiteral("Portable de Camille")));
    office.clock.advanceMs(1000);
    const IssuedInvitation pending =
        office.invitations().invite(laptopNamed(office, QStringLiteral("Portable de Sami")));
    office.clock.advanceMs(1000);
    const IssuedInvitation cancelled =
        office.invitations().invite(laptopNamed(office, QStringLiteral("Portable perdu")));

    const JoinedInvitation joined = camille.invitations().join(used.file, used.code);
    office.invitations().accept(joined.reply);
    const JoinedInvitation late = lucas.invitations().join(cancelled.file, cancelled.code);

    office.invitations().revoke(cancelled.invitation.id);
    office.clock.advanceMs(2 * kDayMs); // the one-day invitation runs out

    CHECK(office.invitations().invitations().size() == 4);
    CHECK(stateNamed(office, QStringLiteral("Portable de Lucas")) == InvitationState::Expired);
    CHECK(stateNamed(office, QStringLiteral("Portable de Camille")) == InvitationState::Accepted);
    CHECK(stateNamed(office, QStringLiteral("Portable de Sami")) == InvitationState::Pending);
    CHECK(stateNamed(office, QStringLiteral("Portable perdu")) == InvitationState::Revoked);
    // An accepted invitation stays accepted after its expiry.
    office.clock.advanceMs(30 * kDayMs);
    CHECK(stateNamed(office, QStringLiteral("Portable de Camille")) == InvitationState::Accepted);
    CHECK(stateNamed(office, QStringLiteral("Portable de Sami")) == InvitationState::Expired);
    office.clock.advanceMs(-30 * kDayMs);

    // The reply to the cancelled invitation: refused with its own message, nothing written.
    const QByteArray before = fullHash(office.db());
    try {
        office.invitations().accept(late.reply);
        FAIL("accepted a cancelled invitation");
    } catch (const InvitationRefusedError &e) {
        CHECK(e.error() == InvitationError::Revoked);
        CHECK(e.field() == QStringLiteral("invitation"));
        CHECK(e.reason().contains(QStringLiteral("annulée")));
    }
    CHECK(fullHash(office.db()) == before);
    CHECK_FALSE(PeerDirectory(office.db()).find(lucas.id()));

    // Only a pending invitation can be cancelled.
    refusedRevoke(office, cancelled.invitation.id);
    refusedRevoke(office, used.invitation.id);
    refusedRevoke(office, short_.invitation.id);
    refusedRevoke(office, Uuid::createV7());
    office.invitations().revoke(pending.invitation.id);
    CHECK(stateNamed(office, QStringLiteral("Portable de Sami")) == InvitationState::Revoked);
}
