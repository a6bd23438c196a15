#include "test_sync_fixtures.h"

#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "sync/AppliedBundles.h"
#include "sync/BundleFormat.h"
#include "sync/BundleReader.h"
#include "sync/CanonicalCbor.h"
#include "sync/PeerDirectory.h"
#include "util/Errors.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QFileInfo>
#include <QtEndian>

using namespace passerelle;
using namespace passerelle::test;

namespace {
qint64 appliedCount(Database &db)
{
    SqliteStatement q(db.handle(), "SELECT count(*) FROM sync_applied_bundle");
    return q.step() ? q.int64(0) : -1;
}

BundleHeader sampleHeader()
{
    BundleHeader h;
    h.scopeHash = QByteArray(32, '\x5a');
    const Uuid a = Uuid::createV7();
    const Uuid b = Uuid::createV7();
    h.versionVector = {{a, 42}, {b, 7}};
    h.ranges = {{a, {30, 42}}};
    h.acks = {b, a, b}; // unsorted, with a repeat: the writer normalises
    return h;
}

// The refusal every test expects: its code, a French message, no record, nothing applied.
void checkRefused(SyncReplica &reader, const QByteArray &bundle, BundleError expected,
                  const QString &phrase)
{
    const QByteArray before = fullHash(reader.db());
    const QByteArray content = contentHash(reader.db());
    const BundleReadResult result = applyBundle(reader, bundle);
    INFO(result.message.toStdString());
    CHECK(result.error == expected);
    CHECK(result.message.contains(phrase));
    CHECK(result.records.isEmpty());
    CHECK(fullHash(reader.db()) == before);
    CHECK(contentHash(reader.db()) == content);
}
} // namespace

TEST_CASE("A bundle carries its records and header from one replica to another")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);

    SECTION("many records across many chunks")
    {
        const QList<QByteArray> records = sampleRecords(3000, 7);
        const BundleHeader written = [&] {
            BundleWriter writer(*office.keys);
            writer.setChunkSize(4096);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            const BundleHeader h = writer.write(buffer, laptop.asPeer(), sampleHeader(), records);
            const BundleReadResult result = readBundle(laptop, bytes);
            INFO(result.message.toStdString());
            REQUIRE(result.isVerified());
            CHECK(recordsOf(result) == records);
            CHECK(*result.header == h);
            return h;
        }();
        CHECK(written.sender == office.keys->replicaId());
        CHECK(written.recipient == laptop.keys->replicaId());
        CHECK(written.bundleId.version() == 7);
        CHECK(written.recordCount == 3000);
        CHECK(written.chunkCount > 50);
        CHECK(written.schema == SyncSchemaVersion::current());
        CHECK(written.acks.size() == 2);
        CHECK(written.acks[0] < written.acks[1]);
        CHECK(written.versionVector.size() == 2);
        CHECK(written.ranges.first() == DotRange{30, 42});
    }
    SECTION("an empty bundle: only the header, the key and the trailer")
    {
        const QByteArray bytes = writeBundle(office, laptop, {});
        const BundleReadResult result = readBundle(laptop, bytes);
        REQUIRE(result.isVerified());
        CHECK(result.records.isEmpty());
        CHECK(result.header->chunkCount == 0);
        CHECK(messageOffsets(bytes).size() == 1);
    }
    SECTION("empty records, and records that end exactly on a chunk boundary")
    {
        const QList<QByteArray> records{QByteArray(), QByteArray(60, 'x'), QByteArray(),
                                        QByteArray(124, 'y'), QByteArray()};
        // 4 + 0 + 4 + 60 = 68 bytes: the first chunk of 68 ends after the second record.
        const QByteArray bytes = writeBundle(office, laptop, records, {}, 68);
        const BundleReadResult result = readBundle(laptop, bytes);
        REQUIRE(result.isVerified());
        CHECK(recordsOf(result) == records);
        CHECK(result.header->plaintextBytes == 5 * 4 + 60 + 124);
        CHECK(result.header->chunkCount == 3);
    }
    SECTION("10 MB in one bundle, both compressible and not")
    {
        QList<QByteArray> records = sampleRecords(20000, 11, 1000);
        qint64 total = 0;
        for (const QByteArray &r : records)
            total += r.size();
        records.append(QByteArray(10 * 1024 * 1024 - total, 'z'));
        const QByteArray bytes = writeBundle(office, laptop, records);
        const BundleReadResult result = readBundle(laptop, bytes);
        REQUIRE(result.isVerified());
        CHECK(result.records.count() == records.size());
        CHECK(recordsOf(result) == records);
        CHECK(bytes.size() < 10 * 1024 * 1024 / 2); // the 'z' run and the text compress
    }
}

TEST_CASE("The file begins with the documented preamble and the body with the bundle id")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);
    const QByteArray bytes = writeBundle(office, laptop, sampleRecords(10, 1));
    CHECK(bytes.left(8) == QByteArray("\x89PSYNC\r\n"));
    CHECK(qFromLittleEndian<quint16>(bytes.constData() + 8) == 1);
    const quint32 headerLength = qFromLittleEndian<quint32>(bytes.constData() + 10);
    const auto header = BundleHeader::fromCbor(bytes.mid(14, headerLength));
    REQUIRE(header);
    CHECK(header->sender == office.keys->replicaId());
    const qsizetype body = bodyOffset(bytes);
    CHECK(body == 14 + qsizetype(headerLength) + 64);
    CHECK(bytes.mid(body, 16) == header->bundleId.bytes());
    // The last message ends the file exactly.
    const QList<qsizetype> messages = messageOffsets(bytes);
    CHECK(messages.last() + 4 + qFromLittleEndian<quint32>(bytes.constData() + messages.last()) ==
          bytes.size());
    CHECK(qFromLittleEndian<quint32>(bytes.constData() + messages.last()) ==
          quint32(BundleFormat::kTrailerBytes + BundleFormat::kStreamOverheadBytes));
}

TEST_CASE("The header has exactly one encoding, and only that one is read")
{
    BundleHeader h = sampleHeader();
    h.bundleId = Uuid::createV7();
    h.sender = Uuid::createV7();
    h.recipient = Uuid::createV7();
    h.createdAtMs = 1751284800000;
    h.senderSigningKey = QByteArray(32, '\x01');
    h.fileKeyCommitment = QByteArray(32, '\x02');
    h.acks = {h.sender, h.recipient};
    h.chunkSize = 65536;
    h.recordCount = 3;
    h.plaintextBytes = 70000;
    h.chunkCount = 2;
    REQUIRE(h.defect().isEmpty());
    const QByteArray cbor = h.toCbor();
    CHECK(cbor == h.toCbor());
    const auto back = BundleHeader::fromCbor(cbor);
    REQUIRE(back);
    CHECK(*back == h);

    // Keys in canonical order: shorter first, then bytewise.
    const QCborMap map = QCborValue::fromCbor(cbor).toMap();
    QStringList keys;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        keys.append(it.key().toString());
    CHECK(keys.join(QLatin1Char(',')) ==
          QLatin1String(
              "id,kc,to,vv,spk,acks,from,bytes,chunk,scope,chunks,ranges,schema,created,records"));

    // The same content encoded another way (Qt's insertion order, a trailing byte, a
    // longer integer form) is not the header.
    QCborMap reordered;
    for (auto it = map.constEnd(); it != map.constBegin();) {
        --it;
        reordered.insert(it.key(), it.value());
    }
    QString why;
    CHECK_FALSE(BundleHeader::fromCbor(reordered.toCborValue().toCbor(), &why));
    CHECK(why.contains(QStringLiteral("CBOR")));
    CHECK_FALSE(BundleHeader::fromCbor(cbor + '\0'));
    CHECK(CanonicalCbor::decode(QByteArray::fromHex("1817")) == std::nullopt); // 23 in two bytes
    CHECK(CanonicalCbor::decode(QByteArray::fromHex("17")) == QCborValue(23));
    CHECK_FALSE(CanonicalCbor::encode(QCborValue(1.5)));

    // Values out of bounds are refused by name.
    BundleHeader bad = h;
    bad.chunkCount = 3;
    CHECK(bad.defect().contains(QStringLiteral("blocs")));
    CHECK_FALSE(BundleHeader::fromCbor(bad.toCbor(), &why));
    bad = h;
    bad.bundleId = Uuid::fromString(u"0190a1b2-c3d4-4e5f-8a9b-0c1d2e3f4a5b"); // v4
    CHECK_FALSE(bad.defect().isEmpty());
    bad = h;
    bad.ranges.first().first = 50;
    CHECK(bad.defect().contains(QStringLiteral("plages")));
    bad = h;
    bad.recipient = bad.sender;
    CHECK_FALSE(bad.defect().isEmpty());
}

TEST_CASE("An applied bundle is recorded with its merge, and reading it again is a no-op")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);
    const QList<QByteArray> records = sampleRecords(40, 3);
    const QByteArray bundle = writeBundle(office, laptop, records);

    const QByteArray empty = contentHash(laptop.db());
    const BundleReadResult first = applyBundle(laptop, bundle);
    REQUIRE(first.isVerified());
    CHECK(contentHash(laptop.db()) != empty);
    CHECK(appliedCount(laptop.db()) == 1);
    CHECK(AppliedBundles::appliedAt(laptop.db(), first.header->bundleId).has_value());

    const QByteArray merged = contentHash(laptop.db());
    const QByteArray everything = fullHash(laptop.db());
    bool called = false;
    QByteArray copy = bundle;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const BundleReadResult again =
        BundleReader(laptop.db(), *laptop.keys)
            .apply(buffer, [&](const BundleHeader &, const BundleRecords &) { called = true; });
    CHECK(again.error == BundleError::AlreadyApplied);
    CHECK(again.isNoOp());
    CHECK(again.message.contains(QStringLiteral("déjà été appliqué")));
    CHECK(again.header->bundleId == first.header->bundleId);
    CHECK_FALSE(called);
    CHECK(contentHash(laptop.db()) == merged);
    CHECK(fullHash(laptop.db()) == everything);
    CHECK(appliedCount(laptop.db()) == 1);

    // A caller managing its own transaction: the mark belongs inside it, and only once.
    try {
        BundleReader::markApplied(laptop.db(), *first.header);
        FAIL("marked outside a transaction");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("transaction")));
    }
    {
        Transaction tx(laptop.db().handle());
        try {
            BundleReader::markApplied(laptop.db(), *first.header);
            FAIL("marked twice");
        } catch (const BundleRejectedError &e) {
            CHECK(e.code() == BundleError::AlreadyApplied);
        }
    }
    CHECK(fullHash(laptop.db()) == everything);
}

TEST_CASE("A merge that fails leaves nothing, and the same bundle can be applied afterwards")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);
    const QByteArray bundle = writeBundle(office, laptop, sampleRecords(20, 5));
    const QByteArray before = fullHash(laptop.db());
    QByteArray copy = bundle;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Database &db = laptop.db();
    CHECK_THROWS_AS(BundleReader(db, *laptop.keys)
                        .apply(buffer,
                               [&db](const BundleHeader &, const BundleRecords &) {
                                   execSql(db.handle(), "INSERT INTO ref_channel(code, label_fr,"
                                                        " label_en, created_at, updated_at)"
                                                        " VALUES ('x', 'x', 'x', 1, 1)");
                                   throw ValidationError(QStringLiteral("code"),
                                                         QStringLiteral("refusé"));
                               }),
                    ValidationError);
    CHECK(fullHash(laptop.db()) == before);
    CHECK(appliedCount(laptop.db()) == 0);
    CHECK(applyBundle(laptop, bundle).isVerified());
    CHECK(appliedCount(laptop.db()) == 1);
}

TEST_CASE("A bundle for another replica, or from an unknown one, is refused whole")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    SyncReplica otherLaptop;
    office.pairWith(laptop);
    office.pairWith(otherLaptop);
    const QByteArray forLaptop = writeBundle(office, laptop, sampleRecords(20, 9));

    SECTION("wrong recipient")
    {
        checkRefused(otherLaptop, forLaptop, BundleError::WrongRecipient,
                     QStringLiteral("destiné à un autre appareil"));
        CHECK(readBundle(otherLaptop, forLaptop).header->recipient == laptop.keys->replicaId());
    }
    SECTION("unknown sender")
    {
        SyncReplica stranger;
        stranger.trust(laptop); // knows where to send, but the laptop never paired with it
        checkRefused(laptop, writeBundle(stranger, laptop, sampleRecords(5, 1)),
                     BundleError::UnknownSender, QStringLiteral("pas appairé"));
    }
    SECTION("a sender presenting other keys than the ones paired")
    {
        SyncReplica impostor;
        impostor.trust(laptop);
        // The laptop paired a device under the impostor's id, with other keys.
        ReplicaPeer pinned = office.asPeer();
        pinned.replicaId = impostor.keys->replicaId();
        PeerDirectory(laptop.db()).pair(pinned);
        checkRefused(laptop, writeBundle(impostor, laptop, sampleRecords(5, 1)),
                     BundleError::BadSignature, QStringLiteral("clé enregistrée"));
    }
    SECTION("a revoked sender")
    {
        PeerDirectory(laptop.db()).revoke(office.keys->replicaId());
        checkRefused(laptop, forLaptop, BundleError::UnknownSender, QStringLiteral("révoqué"));
    }
    SECTION("not a bundle at all, or another container version")
    {
        checkRefused(laptop, QByteArrayLiteral("{\"format\":\"passerelle-exchange\"}\n"),
                     BundleError::BadMagic, QStringLiteral("pas un paquet"));
        QByteArray future = forLaptop;
        qToLittleEndian<quint16>(2, future.data() + 8);
        checkRefused(laptop, future, BundleError::UnsupportedVersion, QStringLiteral("format 2"));
    }
    SECTION("a writer refuses a revoked recipient, and a header addressed elsewhere")
    {
        ReplicaPeer revoked = laptop.asPeer();
        revoked.revokedAt = QDateTime::currentDateTimeUtc();
        BundleWriter writer(*office.keys);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        CHECK_THROWS_AS(writer.write(sink, revoked, {}, {}), ValidationError);
        BundleHeader elsewhere;
        elsewhere.recipient = otherLaptop.keys->replicaId();
        CHECK_THROWS_AS(writer.write(sink, laptop.asPeer(), elsewhere, {}), ValidationError);
        CHECK(sink.data().isEmpty());
    }
}

TEST_CASE("A bundle of another major schema is refused; a newer minor one is read")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);
    const SyncSchemaVersion program = SyncSchemaVersion::current();

    BundleHeader newer;
    newer.schema = {program.majorVersion + 1, 0};
    checkRefused(laptop, writeBundle(office, laptop, sampleRecords(5, 2), newer),
                 BundleError::NewerSchema, QStringLiteral("Mise à jour requise"));

    BundleHeader newerMinor;
    newerMinor.schema = {program.majorVersion, program.minorVersion + 5};
    CHECK(applyBundle(laptop, writeBundle(office, laptop, sampleRecords(5, 2), newerMinor))
              .isVerified());

    // A program one major ahead reads this one's bundles as too old.
    const QByteArray current = writeBundle(office, laptop, sampleRecords(5, 2));
    QByteArray copy = current;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const BundleReadResult result =
        BundleReader(laptop.db(), *laptop.keys, {program.majorVersion + 1, 0}).read(buffer);
    CHECK(result.error == BundleError::OlderSchema);
    CHECK(result.message.contains(QStringLiteral("trop ancienne")));
}

TEST_CASE("Every refusal has its own code")
{
    const QList<BundleError> all{BundleError::None,           BundleError::Truncated,
                                 BundleError::BadMagic,       BundleError::UnsupportedVersion,
                                 BundleError::BadSignature,   BundleError::UnknownSender,
                                 BundleError::WrongRecipient, BundleError::NewerSchema,
                                 BundleError::OlderSchema,    BundleError::Tampered,
                                 BundleError::Spliced,        BundleError::AlreadyApplied};
    QSet<QString> codes;
    for (BundleError e : all)
        codes.insert(toCode(e));
    CHECK(codes.size() == all.size());
    CHECK_FALSE(codes.contains(QString()));
}

TEST_CASE("Bundles travel as files that appear only once complete")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);
    const QString path = office.temp.dir.filePath(QStringLiteral("vers-portable.passerelle-sync"));
    const QList<QByteArray> records = sampleRecords(500, 21);
    const BundleHeader written =
        BundleWriter(*office.keys).writeFile(path, laptop.asPeer(), {}, records);
    CHECK(QFileInfo(path).size() > 0);
    CHECK(QDir(office.temp.dir.path())
              .entryList(QDir::Files | QDir::Hidden)
              .filter(QStringLiteral("passerelle-sync"))
              .size() == 1); // no temporary file left

    QList<QByteArray> merged;
    const BundleReader reader(laptop.db(), *laptop.keys);
    const BundleReadResult result =
        reader.applyFile(path, [&](const BundleHeader &header, const BundleRecords &got) {
            CHECK(header.bundleId == written.bundleId);
            for (qsizetype i = 0; i < got.count(); ++i)
                merged.append(got.at(i).toByteArray());
        });
    REQUIRE(result.isVerified());
    CHECK(merged == records);
    CHECK(reader.readFile(path).isNoOp());
    CHECK_THROWS_AS(reader.readFile(path + QStringLiteral(".absent")), StorageError);
    // A folder in place of the file: nothing is written under the name.
    const QString folder = office.temp.dir.filePath(QStringLiteral("dossier.passerelle-sync"));
    QDir().mkpath(folder);
    CHECK_THROWS_AS(BundleWriter(*office.keys).writeFile(folder, laptop.asPeer(), {}, records),
                    StorageError);
}
