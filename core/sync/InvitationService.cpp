#include "sync/InvitationService.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/BundleCrypto.h"
#include "sync/InvitationCode.h"
#include "sync/InvitationError.h"
#include "sync/InvitationReply.h"
#include "sync/PeerDirectory.h"
#include "sync/ReplicaKeys.h"
#include "sync/Sodium.h"
#include "sync/SyncLogging.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace passerelle {

namespace {
// An invitation or a reply is a few hundred bytes; anything much larger is another file.
constexpr qint64 kMaxFileBytes = 1 << 20;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

[[noreturn]] void refuse(InvitationError error, qint64 whenMs = 0)
{
    throw InvitationRefusedError::because(
        error, whenMs > 0 ? QDateTime::fromMSecsSinceEpoch(whenMs, Qt::UTC) : QDateTime());
}

QByteArray randomBytes(qsizetype size)
{
    Sodium::init();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(size));
    return out;
}
} // namespace

InvitationService::InvitationService(Database &db, const ReplicaKeys &keys, const Clock &clock)
    : m_db(db), m_keys(keys), m_clock(clock)
{
}

Uuid InvitationService::organisationFor(const InvitationRequest &request, QString *name) const
{
    SqliteStatement q(m_db.handle(),
                      "SELECT id, name FROM organisation WHERE archived_at IS NULL ORDER BY name");
    QList<std::pair<Uuid, QString>> found;
    while (q.step())
        found.append({Uuid::fromBytes(q.blob(0)), q.text(1)});
    for (const auto &[id, orgName] : found) {
        if (id == request.organisationId ||
            (request.organisationId.isNull() && found.size() == 1)) {
            *name = orgName;
            return id;
        }
    }
    const QString field = QStringLiteral("organisation_id");
    if (!request.organisationId.isNull())
        throw ValidationError(
            field, ValidationText::tr("Cette organisation n'existe pas dans cette base."));
    if (found.isEmpty())
        throw ValidationError(field,
                              ValidationText::tr("Créez d'abord l'organisation avant d'inviter un "
                                                 "appareil."));
    throw ValidationError(
        field, ValidationText::tr("Cette base contient plusieurs organisations : choisissez "
                                  "celle que l'appareil rejoint."));
}

IssuedInvitation InvitationService::invite(const InvitationRequest &request) const
{
    Validator v(QStringLiteral("invitation"));
    v.requireText(QStringLiteral("device_name"), request.deviceName,
                  ValidationText::tr("Nom de l'appareil"));
    v.maxLength(QStringLiteral("device_name"), request.deviceName.trimmed(), 200,
                ValidationText::tr("Nom de l'appareil"));
    v.maxLength(QStringLiteral("office_name"), request.officeName.trimmed(), 200,
                ValidationText::tr("Nom du poste du bureau"));
    if (request.validDays < 1 || request.validDays > 30)
        v.fail(QStringLiteral("valid_days"),
               ValidationText::tr("Une invitation vaut de 1 à 30 jours."));
    if (request.role == ReplicaRole::Laptop && request.workerId.isNull())
        v.fail(
            QStringLiteral("worker_id"),
            ValidationText::tr("Choisissez l'intervenant à qui l'ordinateur portable est confié."));
    if (request.role == ReplicaRole::Office && !request.workerId.isNull())
        v.fail(QStringLiteral("worker_id"),
               ValidationText::tr(
                   "Un poste du bureau n'est pas confié à un intervenant : retirez-le."));
    v.throwIfFailed();

    QString organisationName;
    const Uuid organisation = organisationFor(request, &organisationName);
    const std::optional<InvitationMembership> member = membership();
    if (member && member->organisationId != organisation)
        refuse(InvitationError::OtherOrganisation);
    if (member && member->role == ReplicaRole::Laptop)
        throw ValidationError(
            QStringLiteral("role"),
            ValidationText::tr("Seul un poste du bureau peut inviter un appareil."));
    if (request.role == ReplicaRole::Laptop) {
        SqliteStatement w(m_db.handle(), "SELECT 1 FROM worker WHERE id = ? AND organisation_id = ?"
                                         " AND archived_at IS NULL");
        w.bindBlob(1, request.workerId.bytes());
        w.bindBlob(2, organisation.bytes());
        if (!w.step())
            throw ValidationError(
                QStringLiteral("worker_id"),
                ValidationText::tr("Cet intervenant n'existe pas dans l'organisation, ou "
                                   "il est archivé."));
    }

    Invitation inv;
    inv.id = Uuid::createV7();
    inv.officeReplica = m_keys.replicaId();
    inv.officeName = request.officeName.trimmed().isEmpty()
                         ? SyncText::tr("Bureau – %1").arg(organisationName).left(200)
                         : request.officeName.trimmed();
    inv.officeSigningKey = m_keys.signingPublicKey();
    inv.officeBoxKey = m_keys.boxPublicKey();
    inv.organisationId = organisation;
    inv.organisationName = organisationName;
    inv.role = request.role;
    inv.workerId = request.workerId;
    inv.deviceName = request.deviceName.trimmed();
    inv.createdAtMs = m_clock.nowMs();
    inv.expiresAtMs = inv.createdAtMs + request.validDays * kDayMs;
    inv.secret = randomBytes(Invitation::kSecretBytes);

    IssuedInvitation issued;
    issued.file = inv.toFile(m_keys);
    issued.code = InvitationCode::forFile(issued.file);

    InvitationRecord record;
    record.id = inv.id;
    record.role = inv.role;
    record.workerId = inv.workerId;
    record.deviceName = inv.deviceName;
    record.fileHash = Invitation::fileHash(issued.file);
    record.secretHash = BundleCrypto::headerHash(inv.secret);
    record.createdAtMs = inv.createdAtMs;
    record.expiresAtMs = inv.expiresAtMs;
    Transaction tx(m_db.handle(), Transaction::Mode::Immediate);
    InvitationLedger ledger(m_db);
    ledger.record(record);
    if (!member)
        ledger.setMembership({organisation, ReplicaRole::Office, Uuid()});
    tx.commit();
    qCInfo(lcSync) << "issued invitation" << inv.id.toString() << "role" << toCode(inv.role);
    issued.invitation = std::move(inv);
    return issued;
}

IssuedInvitation InvitationService::inviteToFile(const InvitationRequest &request,
                                                 const QString &path) const
{
    IssuedInvitation issued = invite(request);
    writeFile(path, issued.file);
    return issued;
}

void InvitationService::checkOrganisation(const Uuid &organisationId) const
{
    if (const auto member = membership(); member && member->organisationId != organisationId)
        refuse(InvitationError::OtherOrganisation);
    // A database that already holds another organisation's data must not start receiving
    // this one's: the two would mix in every list and every annual review.
    SqliteStatement q(m_db.handle(), "SELECT count(*), count(*) FILTER (WHERE id = ?) "
                                     "FROM organisation");
    q.bindBlob(1, organisationId.bytes());
    if (q.step() && q.int64(0) > 0 && q.int64(1) == 0)
        refuse(InvitationError::OtherOrganisation);
}

JoinedInvitation InvitationService::join(const QByteArray &invitationFile,
                                         const QString &typedCode) const
{
    const Invitation inv = Invitation::fromFile(invitationFile);
    if (!InvitationCode::matches(invitationFile, typedCode))
        refuse(InvitationError::WrongCode);
    if (inv.officeReplica == m_keys.replicaId())
        refuse(InvitationError::SameReplica);
    if (m_clock.nowMs() > inv.expiresAtMs)
        refuse(InvitationError::Expired, inv.expiresAtMs);
    checkOrganisation(inv.organisationId);

    ReplicaPeer office;
    office.replicaId = inv.officeReplica;
    office.role = ReplicaRole::Office;
    office.displayName = inv.officeName;
    office.signingKey = inv.officeSigningKey;
    office.boxKey = inv.officeBoxKey;

    InvitationReply reply;
    reply.invitationId = inv.id;
    reply.officeReplica = inv.officeReplica;
    reply.replica = m_keys.replicaId();
    reply.signingKey = m_keys.signingPublicKey();
    reply.boxKey = m_keys.boxPublicKey();
    reply.secret = inv.secret;
    reply.invitationHash = Invitation::fileHash(invitationFile);
    reply.createdAtMs = m_clock.nowMs();

    JoinedInvitation joined;
    joined.reply = reply.toFile(m_keys, inv.officeBoxKey);
    Transaction tx(m_db.handle(), Transaction::Mode::Immediate);
    checkOrganisation(inv.organisationId); // again under the write lock
    PeerDirectory(m_db, m_clock).pair(office);
    InvitationLedger(m_db).setMembership({inv.organisationId, inv.role, inv.workerId});
    tx.commit();
    qCInfo(lcSync) << "joined through invitation" << inv.id.toString() << "office"
                   << inv.officeReplica.toString();
    joined.invitation = inv;
    return joined;
}

JoinedInvitation InvitationService::joinFile(const QString &invitationPath,
                                             const QString &typedCode,
                                             const QString &replyPath) const
{
    JoinedInvitation joined = join(readFile(invitationPath), typedCode);
    writeFile(replyPath, joined.reply);
    return joined;
}

AcceptedDevice InvitationService::accept(const QByteArray &replyFile) const
{
    const InvitationReply reply = InvitationReply::fromFile(replyFile, m_keys);
    if (reply.officeReplica != m_keys.replicaId())
        refuse(InvitationError::NotForThisReplica);
    if (reply.replica == m_keys.replicaId())
        refuse(InvitationError::SameReplica);

    Transaction tx(m_db.handle(), Transaction::Mode::Immediate);
    InvitationLedger ledger(m_db);
    const std::optional<InvitationRecord> record = ledger.find(reply.invitationId);
    if (!record)
        refuse(InvitationError::UnknownInvitation);
    // The reply must answer the very file this office signed, with its secret.
    if (!BundleCrypto::equal(record->fileHash, reply.invitationHash) ||
        !BundleCrypto::equal(record->secretHash, BundleCrypto::headerHash(reply.secret)))
        refuse(InvitationError::Altered);
    if (record->isUsed())
        refuse(InvitationError::AlreadyUsed, record->usedAtMs);
    if (record->isRevoked())
        refuse(InvitationError::Revoked, record->revokedAtMs);
    if (m_clock.nowMs() > record->expiresAtMs)
        refuse(InvitationError::Expired, record->expiresAtMs);

    ReplicaPeer device;
    device.replicaId = reply.replica;
    device.role = record->role;
    device.displayName = record->deviceName;
    device.signingKey = reply.signingKey;
    device.boxKey = reply.boxKey;
    PeerDirectory peers(m_db, m_clock);
    peers.pair(device);
    peers.recordContact(device.replicaId);
    ledger.markUsed(record->id, reply.replica, m_clock.nowMs());
    tx.commit();
    qCInfo(lcSync) << "accepted" << toCode(record->role) << reply.replica.toString()
                   << "through invitation" << record->id.toString();
    return {peers.find(device.replicaId).value(), record->workerId};
}

AcceptedDevice InvitationService::acceptFile(const QString &replyPath) const
{
    return accept(readFile(replyPath));
}

QList<InvitationRecord> InvitationService::invitations() const
{
    return InvitationLedger(m_db).list();
}

void InvitationService::revoke(const Uuid &invitationId) const
{
    Transaction tx(m_db.handle(), Transaction::Mode::Immediate);
    InvitationLedger ledger(m_db);
    const std::optional<InvitationRecord> record = ledger.find(invitationId);
    const auto refused = [](const char *message) {
        return ValidationError(QStringLiteral("invitation"),
                               QCoreApplication::translate("InvitationService", message));
    };
    if (!record)
        throw refused(
            QT_TRANSLATE_NOOP("InvitationService", "Cette invitation n'existe pas sur ce poste."));
    switch (stateOf(*record, m_clock.nowMs())) {
    case InvitationState::Accepted:
        throw refused(QT_TRANSLATE_NOOP("InvitationService",
                                        "Cette invitation a déjà servi : pour retirer l'appareil, "
                                        "révoquez-le dans la liste des appareils."));
    case InvitationState::Expired:
        throw refused(QT_TRANSLATE_NOOP("InvitationService",
                                        "Cette invitation a expiré : elle ne peut plus servir."));
    case InvitationState::Revoked:
        throw refused(QT_TRANSLATE_NOOP("InvitationService", "Cette invitation est déjà annulée."));
    case InvitationState::Pending:
        break;
    }
    ledger.markRevoked(invitationId, m_clock.nowMs());
    tx.commit();
    qCInfo(lcSync) << "invitation" << invitationId.toString() << "revoked";
}

std::optional<InvitationMembership> InvitationService::membership() const
{
    return InvitationLedger(m_db).membership();
}

QByteArray InvitationService::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(SyncText::tr("Impossible d'ouvrir le fichier %1 : %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxFileBytes)
        refuse(InvitationError::Unreadable);
    return file.readAll();
}

void InvitationService::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw StorageError(SyncText::tr("Impossible d'enregistrer le fichier %1 : %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace passerelle
