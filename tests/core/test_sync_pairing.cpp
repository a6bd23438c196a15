#include "test_sync_fixtures.h"
#include "test_sync_pairing_fixtures.h"

#include "storage/SqliteStatement.h"
#include "sync/Invitation.h"
#include "sync/InvitationCode.h"
#include "sync/InvitationError.h"
#include "sync/InvitationReply.h"
#include "sync/PeerDirectory.h"
#include "sync/SyncEngine.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>

using namespace passerelle;
using namespace passerelle::test;

namespace {
InvitationRequest laptopFor(const PairingReplica &office)
{
    InvitationRequest r;
    r.role = ReplicaRole::Laptop;
    r.workerId = office.peerWorker;
    r.deviceName = QStringLiteral("Portable de Camille");
    return r;
}

// Runs `attempt`, which must be refused for `error` naming `field`, leaving `db` unchanged.
template <typename Attempt>
void refused(InvitationError error, const QString &field, Database &db, Attempt attempt)
{
    const QByteArray before = fullHash(db);
    try {
        attempt();
        FAIL("accepted, expected " << toCode(error).toStdString());
    } catch (const InvitationRefusedError &e) {
        CHECK(toCode(e.error()) == toCode(error));
        CHECK(e.field() == field);
        CHECK(e.reason().contains(QStringLiteral("Rien n'a été enregistré")));
    }
    CHECK(fullHash(db) == before);
}

template <typename Attempt> void invalid(const QString &field, Database &db, Attempt attempt)
{
    const QByteArray before = fullHash(db);
    try {
        attempt();
        FAIL("accepted, expected a refusal of " << field.toStdString());
    } catch (const ValidationError &e) {
        CHECK(e.field() == field);
    }
    CHECK(fullHash(db) == before);
}

// Another character of the code's alphabet at position `at`.
QString mistyped(QString code, int at)
{
    code[at] = code[at] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    return code;
}
} // namespace

TEST_CASE("Pairing: an office invites a laptop, the laptop joins with the code, the office accepts")
{
    PairingReplica office;
    office.addOrganisation();
    PairingReplica laptop;

    const IssuedInvitation issued = office.invitations().invite(laptopFor(office));
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"))
              .match(issued.code)
              .hasMatch());
    const Invitation &inv = issued.invitation;
    CHECK(inv.officeReplica == office.id());
    CHECK(inv.officeSigningKey == office.keys->signingPublicKey());
    CHECK(inv.officeBoxKey == office.keys->boxPublicKey());
    CHECK(inv.organisationId == office.organisation);
    CHECK(inv.organisationName == QStringLiteral("UDAF 52"));
    CHECK(inv.officeName == QStringLiteral("Bureau – UDAF 52"));
    CHECK(inv.role == ReplicaRole::Laptop);
    CHECK(inv.workerId == office.peerWorker);
    CHECK(inv.expiresAtMs == office.clock.nowMs() + 7LL * 24 * 3600 * 1000);
    CHECK(inv.secret.size() == Invitation::kSecretBytes);
    CHECK(Invitation::fromFile(issued.file) == inv);
    REQUIRE(office.invitations().invitations().size() == 1);
    CHECK_FALSE(office.invitations().invitations().first().isUsed());
    CHECK(office.invitations().membership()->role == ReplicaRole::Office);

    // The code as a person types it: lower case, spaces instead of dashes, O for 0, l for 1.
    QString typed = issued.code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
    laptop.clock.advanceMs(3600 * 1000);
    const JoinedInvitation joined = laptop.invitations().join(issued.file, typed);
    CHECK(joined.invitation == inv);
    const std::optional<ReplicaPeer> officePeer = PeerDirectory(laptop.db()).find(office.id());
    REQUIRE(officePeer);
    CHECK(officePeer->role == ReplicaRole::Office);
    CHECK(officePeer->displayName == QStringLiteral("Bureau – UDAF 52"));
    CHECK(officePeer->signingKey == office.keys->signingPublicKey());
    const std::optional<InvitationMembership> member = laptop.invitations().membership();
    REQUIRE(member);
    CHECK(member->organisationId == office.organisation);
    CHECK(member->role == ReplicaRole::Laptop);
    CHECK(member->workerId == office.peerWorker);

    // The reply opens only with the office's keys and carries the laptop's.
    const InvitationReply reply = InvitationReply::fromFile(joined.reply, *office.keys);
    CHECK(reply.replica == laptop.id());
    CHECK(reply.signingKey == laptop.keys->signingPublicKey());
    CHECK(reply.boxKey == laptop.keys->boxPublicKey());
    CHECK(reply.invitationHash == Invitation::fileHash(issued.file));
    CHECK_FALSE(joined.reply.contains(inv.secret));

    office.clock.advanceMs(2 * 3600 * 1000);
    const AcceptedDevice accepted = office.invitations().accept(joined.reply);
    CHECK(accepted.peer.replicaId == laptop.id());
    CHECK(accepted.peer.role == ReplicaRole::Laptop);
    CHECK(accepted.peer.displayName == QStringLiteral("Portable de Camille"));
    CHECK(accepted.peer.signingKey == laptop.keys->signingPublicKey());
    CHECK(accepted.peer.lastContactAt == office.clock.now());
    CHECK(accepted.workerId == office.peerWorker);
    const InvitationRecord used = office.invitations().invitations().first();
    CHECK(used.isUsed());
    CHECK(used.usedBy == laptop.id());
    CHECK(used.usedAtMs == office.clock.nowMs());
    CHECK(InvitationLedger(office.db()).workerOf(laptop.id()) == office.peerWorker);

    // The pairing is the one bundles are checked against: the office's data reaches the
    // laptop and is merged.
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    SyncEngine(office.db(), *office.keys, office.clock).exportTo(laptop.id(), out);
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    const SyncImport imported = SyncEngine(laptop.db(), *laptop.keys, laptop.clock).import(in);
    CHECK(imported.read.isVerified());
    CHECK(contentHash(laptop.db()) == contentHash(office.db()));
}

TEST_CASE("Pairing: a second office PC is invited without a worker")
{
    PairingReplica office;
    office.addOrganisation();
    PairingReplica second;
    office.pair(second, ReplicaRole::Office);
    CHECK(PeerDirectory(office.db()).find(second.id())->role == ReplicaRole::Office);
    CHECK(PeerDirectory(second.db()).find(office.id())->role == ReplicaRole::Office);
    CHECK(second.invitations().membership()->role == ReplicaRole::Office);
    CHECK(second.invitations().membership()->workerId.isNull());
    CHECK_FALSE(InvitationLedger(office.db()).workerOf(second.id()));
}

TEST_CASE("Pairing: the short code is the file's, in four groups of four base32 characters")
{
    PairingReplica office;
    office.addOrganisation();
    const IssuedInvitation a = office.invitations().invite(laptopFor(office));
    const IssuedInvitation b = office.invitations().invite(laptopFor(office));
    CHECK(a.code == InvitationCode::forFile(a.file));
    CHECK(a.code != b.code);
    CHECK(InvitationCode::matches(a.file, a.code));
    CHECK_FALSE(InvitationCode::matches(b.file, a.code));
    CHECK(InvitationCode::normalize(QStringLiteral(" ab-cd efgh.jkmn-pqrs ")) ==
          QStringLiteral("ABCDEFGHJKMNPQRS"));
    CHECK(InvitationCode::normalize(QStringLiteral("ABCD-EFGH-JKMN-PQR")).isEmpty());  // 15
    CHECK(InvitationCode::normalize(QStringLiteral("ABCD-EFGH-JKMN-PQRU")).isEmpty()); // U
    CHECK(InvitationCode::normalize(QStringLiteral("ABCD-EFGH-JKMN-PQRÉ")).isEmpty());
    CHECK_FALSE(InvitationCode::matches(a.file, QString()));
}

TEST_CASE("Pairing: joining refuses a wrong code, a swapped, altered, cut or expired file, "
          "another organisation and the office itself")
{
    PairingReplica office;
    office.addOrganisation();
    PairingReplica laptop;
    const IssuedInvitation issued = office.invitations().invite(laptopFor(office));
    Database &db = laptop.db();
    auto join = [&](const QByteArray &file, const QString &code) {
        return [&laptop, file, code] { laptop.invitations().join(file, code); };
    };

    SECTION("a mistyped code")
    {
        for (int at : {0, 5, 18})
            refused(InvitationError::WrongCode, QStringLiteral("code"), db,
                    join(issued.file, mistyped(issued.code, at)));
        refused(InvitationError::WrongCode, QStringLiteral("code"), db,
                join(issued.file, QStringLiteral("1234")));
    }
    SECTION("a file swapped on the USB key: validly signed by someone else, same code typed")
    {
        PairingReplica impostor;
        impostor.addOrganisation(QStringLiteral("UDAF 52"));
        InvitationRequest r = laptopFor(impostor);
        const IssuedInvitation forged = impostor.invitations().invite(r);
        refused(InvitationError::WrongCode, QStringLiteral("code"), db,
                join(forged.file, issued.code));
    }
    SECTION("a file altered after signing")
    {
        QByteArray altered = issued.file;
        const qsizetype at = altered.indexOf("UDAF 52");
        REQUIRE(at > 0);
        altered[at] = 'V'; // "VDAF 52": still well-formed, no longer what was signed
        refused(InvitationError::Altered, QStringLiteral("signature"), db,
                join(altered, InvitationCode::forFile(altered)));
        QByteArray badSignature = issued.file;
        badSignature[badSignature.size() - 1] = char(badSignature.back() ^ 0x01);
        refused(InvitationError::Altered, QStringLiteral("signature"), db,
                join(badSignature, InvitationCode::forFile(badSignature)));
    }
    SECTION("a file cut short, or not an invitation")
    {
        for (qsizetype size : {qsizetype(0), qsizetype(10), issued.file.size() - 1}) {
            const QByteArray cut = issued.file.left(size);
            refused(InvitationError::Unreadable, QStringLiteral("file"), db,
                    join(cut, InvitationCode::forFile(cut)));
        }
        const QByteArray text = "Bonjour";
        refused(InvitationError::Unreadable, QStringLiteral("file"), db,
                join(text, InvitationCode::forFile(text)));
    }
    SECTION("an expired invitation")
    {
        laptop.clock.advanceMs(7LL * 24 * 3600 * 1000 + 1);
        refused(InvitationError::Expired, QStringLiteral("expires"), db,
                join(issued.file, issued.code));
    }
    SECTION("a database of another organisation")
    {
        laptop.addOrganisation(QStringLiteral("LOGISENS"));
        refused(InvitationError::OtherOrganisation, QStringLiteral("organisation"), db,
                join(issued.file, issued.code));
    }
    SECTION("a laptop already joined to another organisation")
    {
        PairingReplica otherOffice;
        otherOffice.addOrganisation(QStringLiteral("LOGISENS"));
        otherOffice.pair(laptop);
        refused(InvitationError::OtherOrganisation, QStringLiteral("organisation"), db,
                join(issued.file, issued.code));
    }
    SECTION("the office opening its own invitation")
    {
        refused(InvitationError::SameReplica, QStringLiteral("replica_id"), office.db(),
                [&] { office.invitations().join(issued.file, issued.code); });
    }
}

TEST_CASE("Pairing: accepting refuses a used invitation, a reply for another office, an "
          "unknown invitation, a wrong secret and an expired invitation")
{
    PairingReplica office;
    office.addOrganisation();
    PairingReplica laptop;
    const IssuedInvitation issued = office.invitations().invite(laptopFor(office));
    const JoinedInvitation joined = laptop.invitations().join(issued.file, issued.code);
    Database &db = office.db();
    const InvitationReply genuine = InvitationReply::fromFile(joined.reply, *office.keys);
    auto accept = [&](const QByteArray &reply) {
        return [&office, reply] { office.invitations().accept(reply); };
    };
    auto forged = [&](auto change) {
        InvitationReply r = genuine;
        change(r);
        return r.toFile(*laptop.keys, office.keys->boxPublicKey());
    };

    SECTION("the same reply twice: the one-time secret is spent")
    {
        office.invitations().accept(joined.reply);
        office.clock.advanceMs(60 * 1000);
        refused(InvitationError::AlreadyUsed, QStringLiteral("secret"), db, accept(joined.reply));
        // Another device answering the same (copied) invitation is refused too.
        PairingReplica copycat;
        const JoinedInvitation second = copycat.invitations().join(issued.file, issued.code);
        refused(InvitationError::AlreadyUsed, QStringLiteral("secret"), db, accept(second.reply));
        CHECK_FALSE(PeerDirectory(db).find(copycat.id()));
    }
    SECTION("a reply sealed to another office PC, or damaged")
    {
        PairingReplica otherOffice;
        otherOffice.addOrganisation();
        refused(InvitationError::NotForThisReplica, QStringLiteral("office"), otherOffice.db(),
                [&] { otherOffice.invitations().accept(joined.reply); });
        QByteArray damaged = joined.reply;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x10);
        refused(InvitationError::NotForThisReplica, QStringLiteral("office"), db, accept(damaged));
        refused(InvitationError::Unreadable, QStringLiteral("file"), db,
                accept(joined.reply.left(joined.reply.size() - 1)));
        refused(InvitationError::Unreadable, QStringLiteral("file"), db, accept(issued.file));
    }
    SECTION("a reply to an invitation this office did not issue (or forgot)")
    {
        execSql(db.handle(), "DELETE FROM replica_meta WHERE key LIKE 'invitation:%'");
        refused(InvitationError::UnknownInvitation, QStringLiteral("invitation"), db,
                accept(joined.reply));
    }
    SECTION("a reply with a wrong secret, or for another invitation file")
    {
        refused(InvitationError::Altered, QStringLiteral("signature"), db,
                accept(forged([](InvitationReply &r) { r.secret.fill('\x01'); })));
        refused(InvitationError::Altered, QStringLiteral("signature"), db,
                accept(forged([](InvitationReply &r) { r.invitationHash.fill('\x02'); })));
        // Keys swapped after signing: the signature no longer verifies.
        PairingReplica other;
        InvitationReply swapped = genuine;
        swapped.signingKey = other.keys->signingPublicKey();
        refused(InvitationError::Altered, QStringLiteral("signature"), db,
                accept(swapped.toFile(*laptop.keys, office.keys->boxPublicKey())));
        // None of them spent the invitation: the genuine reply still pairs the laptop.
        office.invitations().accept(joined.reply);
        CHECK(PeerDirectory(db).find(laptop.id()));
    }
    SECTION("a reply brought back after the invitation expired")
    {
        office.clock.advanceMs(8LL * 24 * 3600 * 1000);
        refused(InvitationError::Expired, QStringLiteral("expires"), db, accept(joined.reply));
    }
}

TEST_CASE("Pairing: an invitation needs a device name, a worker of the organisation for a "
          "laptop, and an office database")
{
    PairingReplica office;
    PairingReplica laptop;
    InvitationRequest beforeOrganisation = laptopFor(office);
    beforeOrganisation.workerId = Uuid::createV7();
    invalid(QStringLiteral("organisation_id"), office.db(),
            [&] { office.invitations().invite(beforeOrganisation); });
    office.addOrganisation();

    InvitationRequest noWorker = laptopFor(office);
    noWorker.workerId = Uuid();
    invalid(QStringLiteral("worker_id"), office.db(),
            [&] { office.invitations().invite(noWorker); });
    InvitationRequest unknownWorker = laptopFor(office);
    unknownWorker.workerId = Uuid::createV7();
    invalid(QStringLiteral("worker_id"), office.db(),
            [&] { office.invitations().invite(unknownWorker); });
    InvitationRequest officeWithWorker = laptopFor(office);
    officeWithWorker.role = ReplicaRole::Office;
    invalid(QStringLiteral("worker_id"), office.db(),
            [&] { office.invitations().invite(officeWithWorker); });
    InvitationRequest noName = laptopFor(office);
    noName.deviceName = QStringLiteral("  ");
    invalid(QStringLiteral("device_name"), office.db(),
            [&] { office.invitations().invite(noName); });
    InvitationRequest tooLong = laptopFor(office);
    tooLong.validDays = 31;
    invalid(QStringLiteral("valid_days"), office.db(),
            [&] { office.invitations().invite(tooLong); });

    // A joined laptop cannot invite in turn.
    office.pair(laptop);
    SqliteStatement copyOrg(laptop.db().handle(),
                            "INSERT INTO organisation(id, name, created_at, updated_at) "
                            "VALUES (?, 'UDAF 52', 1, 1)");
    copyOrg.bindBlob(1, office.organisation.bytes());
    copyOrg.execute();
    InvitationRequest fromLaptop;
    fromLaptop.role = ReplicaRole::Office;
    fromLaptop.deviceName = QStringLiteral("Autre poste");
    invalid(QStringLiteral("role"), laptop.db(), [&] { laptop.invitations().invite(fromLaptop); });
}

TEST_CASE("Pairing through the command line: invite, join, accept")
{
    PairingReplica office;
    office.addOrganisation();
    const QString officePath = office.temp.path;
    const QString worker = office.peerWorker.toString();
    const QString invitePath =
        office.temp.dir.filePath(QStringLiteral("camille.passerelle-invite"));
    office.temp.db.reset();

    QTemporaryDir laptopDir;
    const QString laptopPath = laptopDir.filePath(QStringLiteral("portable.sqlite"));
    const QString replyPath = laptopDir.filePath(QStringLiteral("camille.passerelle-join"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), laptopPath}) == 0);

    QString out, err;
    CHECK(runCli({QStringLiteral("sync"), QStringLiteral("invite"), QStringLiteral("--db"),
                  officePath, QStringLiteral("--role"), QStringLiteral("laptop"),
                  QStringLiteral("--name"), QStringLiteral("Portable de Camille"),
                  QStringLiteral("--out"), invitePath},
                 &out, &err) == 2); // --worker is required for a laptop
    CHECK(err.contains(QStringLiteral("--worker")));
    REQUIRE(runCli({QStringLiteral("sync"), QStringLiteral("invite"), QStringLiteral("--db"),
                    officePath, QStringLiteral("--role"), QStringLiteral("laptop"),
                    QStringLiteral("--worker"), worker, QStringLiteral("--name"),
                    QStringLiteral("Portable de Camille"), QStringLiteral("--out"), invitePath},
                   &out, &err) == 0);
    const QRegularExpressionMatch code =
        QRegularExpression(QStringLiteral("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
            .match(out);
    REQUIRE(code.hasMatch());
    CHECK(QFile::exists(invitePath));

    // A wrong code: exit 1, the reason named, no reply written.
    CHECK(runCli({QStringLiteral("sync"), QStringLiteral("join"), invitePath,
                  QStringLiteral("--db"), laptopPath, QStringLiteral("--code"),
                  mistyped(code.captured(), 0), QStringLiteral("--out"), replyPath},
                 &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("Le code saisi ne correspond pas")));
    CHECK(err.contains(QStringLiteral("[wrong-code]")));
    CHECK_FALSE(QFile::exists(replyPath));

    REQUIRE(runCli({QStringLiteral("sync"), QStringLiteral("join"), invitePath,
                    QStringLiteral("--db"), laptopPath, QStringLiteral("--code"), code.captured(),
                    QStringLiteral("--out"), replyPath},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("UDAF 52")));
    CHECK(QFile::exists(replyPath));

    REQUIRE(runCli({QStringLiteral("sync"), QStringLiteral("accept"), replyPath,
                    QStringLiteral("--db"), officePath},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Portable de Camille")));
    CHECK(runCli({QStringLiteral("sync"), QStringLiteral("accept"), replyPath,
                  QStringLiteral("--db"), officePath},
                 &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("[already-used]")));

    CHECK(runCli({QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--db"),
                  officePath},
                 &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Portable de Camille")));
    CHECK(out.contains(QStringLiteral("rôle : Poste du bureau")));
    CHECK(runCli({QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--db"),
                  laptopPath},
                 &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("rôle : Ordinateur portable")));
}

TEST_CASE("Pairing: a flipped bit anywhere in an invitation or a reply is refused")
{
    PairingReplica office;
    office.addOrganisation();
    PairingReplica laptop;
    const IssuedInvitation issued = office.invitations().invite(laptopFor(office));
    const QByteArray laptopBefore = fullHash(laptop.db());
    int refusedInvitations = 0;
    for (qsizetype at = 0; at < issued.file.size(); ++at) {
        QByteArray flipped = issued.file;
        flipped[at] = char(flipped[at] ^ (1 << (at % 8)));
        try {
            laptop.invitations().join(flipped, issued.code);
        } catch (const InvitationRefusedError &e) {
            CHECK(e.error() != InvitationError::WrongCode); // the file itself is refused first
            ++refusedInvitations;
        }
    }
    CHECK(refusedInvitations == issued.file.size());
    CHECK(fullHash(laptop.db()) == laptopBefore);

    const JoinedInvitation joined = laptop.invitations().join(issued.file, issued.code);
    const QByteArray officeBefore = fullHash(office.db());
    int refusedReplies = 0;
    for (qsizetype at = 0; at < joined.reply.size(); ++at) {
        QByteArray flipped = joined.reply;
        flipped[at] = char(flipped[at] ^ (1 << (at % 8)));
        try {
            office.invitations().accept(flipped);
        } catch (const InvitationRefusedError &) {
            ++refusedReplies;
        }
    }
    CHECK(refusedReplies == joined.reply.size());
    CHECK(fullHash(office.db()) == officeBefore);
    office.invitations().accept(joined.reply);
    CHECK(PeerDirectory(office.db()).find(laptop.id()));
}
