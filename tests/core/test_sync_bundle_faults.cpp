#include "test_sync_fixtures.h"

#include "sync/BundleFormat.h"
#include "sync/BundleReader.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QSet>
#include <QtEndian>

using namespace passerelle;
using namespace passerelle::test;

namespace {
// Three replicas: the office sends to the laptop; a stranger the laptop never paired with
// knows the laptop's public keys (they are not secret) and tries its luck.
struct FaultFixture
{
    FaultFixture()
    {
        office.pairWith(laptop);
        stranger.trust(laptop);
    }
    SyncReplica office{ReplicaRole::Office};
    SyncReplica laptop;
    SyncReplica stranger;
};

// Applies a damaged file: it must be refused with one of `allowed`, hand over no record,
// never reach the merge, and leave every table of the database as it was.
class Refusals
{
public:
    explicit Refusals(SyncReplica &reader) : m_reader(reader), m_before(fullHash(reader.db())) {}

    void expect(const QByteArray &bundle, const QSet<BundleError> &allowed, const char *what,
                qsizetype where)
    {
        QByteArray copy = bundle;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        bool merged = false;
        const BundleReadResult result =
            BundleReader(m_reader.db(), *m_reader.keys)
                .apply(buffer, [&](const BundleHeader &, const BundleRecords &) { merged = true; });
        ++m_count;
        if (!allowed.contains(result.error) || merged || !result.records.isEmpty() ||
            result.message.isEmpty()) {
            INFO(what << " at " << where << ": " << toCode(result.error).toStdString() << " — "
                      << result.message.toStdString());
            CHECK(allowed.contains(result.error));
            CHECK_FALSE(merged);
            CHECK(result.records.isEmpty());
            CHECK_FALSE(result.message.isEmpty());
        }
        m_seen.insert(result.error);
    }
    // Once per test: comparing after every one of thousands of reads would dominate.
    void checkUnchanged() { CHECK(fullHash(m_reader.db()) == m_before); }
    int count() const { return m_count; }
    const QSet<BundleError> &seen() const { return m_seen; }

private:
    SyncReplica &m_reader;
    QByteArray m_before;
    int m_count = 0;
    QSet<BundleError> m_seen;
};

const QSet<BundleError> kCutShort{BundleError::Truncated, BundleError::Tampered};
} // namespace

TEST_CASE("A bundle cut at any offset is refused as truncated, never half read")
{
    FaultFixture f;
    // Small chunks: a few kilobytes hold dozens of chunk boundaries.
    const QByteArray bundle = writeBundle(f.office, f.laptop, sampleRecords(60, 4), {}, 128);
    REQUIRE(readBundle(f.laptop, bundle).isVerified());
    const QList<qsizetype> messages = messageOffsets(bundle);
    REQUIRE(messages.size() > 30);

    Refusals refusals(f.laptop);
    // Every offset, from the empty file to one byte short of the whole.
    for (qsizetype cut = 0; cut < bundle.size(); ++cut)
        refusals.expect(bundle.left(cut), kCutShort, "cut", cut);
    CHECK(refusals.count() == bundle.size());
    CHECK(refusals.seen().contains(BundleError::Truncated));
    refusals.checkUnchanged();

    // Exactly at each chunk boundary (the file ends cleanly after a whole chunk): still
    // refused, since the final tag and the trailer are missing.
    for (const qsizetype boundary : messages) {
        const BundleReadResult result = readBundle(f.laptop, bundle.left(boundary));
        CHECK(result.error == BundleError::Truncated);
        CHECK(result.message.contains(QStringLiteral("incomplet")));
    }
}

TEST_CASE("A large bundle cut along its body is refused at every tried offset")
{
    FaultFixture f;
    const QByteArray bundle = writeBundle(f.office, f.laptop, sampleRecords(6000, 8, 600));
    REQUIRE(bundle.size() > 500 * 1024);
    const qsizetype body = bodyOffset(bundle);
    Refusals refusals(f.laptop);
    for (qsizetype cut = 0; cut <= body + 200; ++cut) // the whole header region
        refusals.expect(bundle.left(cut), kCutShort, "cut", cut);
    for (qsizetype cut = body; cut < bundle.size(); cut += 4093) // a stride through the body
        refusals.expect(bundle.left(cut), kCutShort, "cut", cut);
    for (const qsizetype boundary : messageOffsets(bundle)) // chunk boundaries and beside them
        for (const qsizetype cut : {boundary - 1, boundary, boundary + 1, boundary + 4})
            refusals.expect(bundle.left(cut), kCutShort, "cut near boundary", cut);
    refusals.expect(bundle.left(bundle.size() - 1), kCutShort, "last byte missing",
                    bundle.size() - 1);
    refusals.checkUnchanged();
}

TEST_CASE("A flipped bit anywhere in a bundle is refused")
{
    FaultFixture f;
    const QByteArray bundle = writeBundle(f.office, f.laptop, sampleRecords(60, 4), {}, 128);
    const qsizetype body = bodyOffset(bundle);
    const QSet<BundleError> anyRefusal{BundleError::Truncated,          BundleError::BadMagic,
                                       BundleError::UnsupportedVersion, BundleError::BadSignature,
                                       BundleError::UnknownSender,      BundleError::WrongRecipient,
                                       BundleError::NewerSchema,        BundleError::OlderSchema,
                                       BundleError::Tampered,           BundleError::Spliced};
    Refusals refusals(f.laptop);
    // Every bit of the preamble, header, signature and body start; one bit per byte after.
    for (qsizetype pos = 0; pos < bundle.size(); ++pos) {
        const int bits = pos < body + 200 ? 8 : 1;
        for (int b = 0; b < bits; ++b) {
            QByteArray damaged = bundle;
            damaged[pos] = char(damaged[pos] ^ (1 << ((b + pos) % 8)));
            refusals.expect(damaged, anyRefusal, "bit flip", pos);
        }
    }
    refusals.checkUnchanged();
    // Each region speaks for itself.
    for (const BundleError e :
         {BundleError::BadMagic, BundleError::UnsupportedVersion, BundleError::BadSignature,
          BundleError::Tampered, BundleError::Spliced})
        CHECK(refusals.seen().contains(e));
    // A flipped signature byte is a bad signature, a flipped ciphertext byte tampering.
    QByteArray signature = bundle;
    signature[body - 10] = char(signature[body - 10] ^ 0x01);
    CHECK(readBundle(f.laptop, signature).error == BundleError::BadSignature);
    QByteArray cipher = bundle;
    cipher[bundle.size() - 30] = char(cipher[bundle.size() - 30] ^ 0x80);
    CHECK(readBundle(f.laptop, cipher).error == BundleError::Tampered);
}

TEST_CASE("A header and a body from two bundles do not make a bundle")
{
    FaultFixture f;
    const QByteArray a = writeBundle(f.office, f.laptop, sampleRecords(30, 1), {}, 256);
    const QByteArray b = writeBundle(f.office, f.laptop, sampleRecords(30, 2), {}, 256);
    const qsizetype bodyA = bodyOffset(a);
    const qsizetype bodyB = bodyOffset(b);
    Refusals refusals(f.laptop);

    // As cut: header of A, body of B.
    const QByteArray spliced = a.left(bodyA) + b.mid(bodyB);
    refusals.expect(spliced, {BundleError::Spliced}, "header A + body B", bodyA);
    CHECK(readBundle(f.laptop, spliced).message.contains(QStringLiteral("deux paquets")));

    // The body's clear bundle id rewritten to A's: the sealed key is still B's, and A's
    // signed header commits to another key.
    QByteArray relabelled = spliced;
    relabelled.replace(bodyA, 16, a.mid(bodyA, 16));
    refusals.expect(relabelled, {BundleError::Spliced}, "relabelled body", bodyA);

    // A body made by someone who only knows the laptop's public keys, under a signed
    // header of the office: the key commitment gives it away.
    const QByteArray forged = writeBundle(f.stranger, f.laptop, sampleRecords(30, 3), {}, 256);
    QByteArray forgery = a.left(bodyA) + forged.mid(bodyOffset(forged));
    forgery.replace(bodyA, 16, a.mid(bodyA, 16));
    refusals.expect(forgery, {BundleError::Spliced}, "forged body", bodyA);

    // A's key and stream header with B's chunks: the first chunk was bound to B's header.
    const qsizetype streamStart = BundleFormat::kBundleIdBytes + BundleFormat::kSealedKeyBytes +
                                  BundleFormat::kStreamHeaderBytes;
    const QByteArray mixed = a.left(bodyA + streamStart) + b.mid(bodyB + streamStart);
    refusals.expect(mixed, {BundleError::Tampered}, "chunks of B", bodyA);

    // Header of A signed by the office; the signature of B.
    const QByteArray otherSignature = a.left(bodyA - 64) + b.mid(bodyB - 64);
    refusals.expect(otherSignature, {BundleError::BadSignature}, "signature of B", bodyA - 64);
    refusals.checkUnchanged();
}

TEST_CASE("Chunks moved, dropped, repeated, or bytes added after the end are refused")
{
    FaultFixture f;
    const QByteArray bundle = writeBundle(f.office, f.laptop, sampleRecords(60, 6), {}, 256);
    const QList<qsizetype> m = messageOffsets(bundle);
    REQUIRE(m.size() > 6);
    const auto message = [&](int i) {
        const qsizetype end = i + 1 < m.size() ? m[i + 1] : bundle.size();
        return bundle.mid(m[i], end - m[i]);
    };
    const QByteArray head = bundle.left(m[0]);
    const auto join = [&](const QList<int> &order) {
        QByteArray out = head;
        for (int i : order)
            out += message(i);
        return out;
    };
    QList<int> inOrder;
    for (int i = 0; i < m.size(); ++i)
        inOrder.append(i);
    REQUIRE(join(inOrder) == bundle);

    Refusals refusals(f.laptop);
    QList<int> swapped = inOrder;
    std::swap(swapped[2], swapped[3]);
    refusals.expect(join(swapped), {BundleError::Tampered}, "chunks 2 and 3 swapped", m[2]);
    QList<int> firstSwapped = inOrder;
    std::swap(firstSwapped[0], firstSwapped[1]);
    refusals.expect(join(firstSwapped), {BundleError::Tampered}, "chunks 0 and 1 swapped", m[0]);
    QList<int> dropped = inOrder;
    dropped.removeAt(4);
    refusals.expect(join(dropped), {BundleError::Tampered}, "chunk 4 dropped", m[4]);
    QList<int> repeated = inOrder;
    repeated.insert(4, 4);
    refusals.expect(join(repeated), {BundleError::Tampered}, "chunk 4 repeated", m[4]);
    QList<int> noTrailer = inOrder;
    noTrailer.removeLast();
    refusals.expect(join(noTrailer), {BundleError::Truncated}, "trailer dropped", m.last());
    QList<int> trailerEarly = inOrder;
    trailerEarly.removeAt(trailerEarly.size() - 2);
    refusals.expect(join(trailerEarly), {BundleError::Tampered}, "last chunk dropped", m.last());
    refusals.expect(bundle + QByteArray(1, '\0'), {BundleError::Tampered}, "a byte appended",
                    bundle.size());
    refusals.expect(bundle + bundle, {BundleError::Tampered}, "the file twice", bundle.size());
    // A chunk length raised past what the chunk size allows is refused before reading it.
    QByteArray longChunk = bundle;
    qToLittleEndian<quint32>(1 << 30, longChunk.data() + m[1]);
    refusals.expect(longChunk, {BundleError::Tampered}, "huge chunk length", m[1]);
    refusals.checkUnchanged();
}
