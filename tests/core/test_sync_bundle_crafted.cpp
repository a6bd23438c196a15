// Bundles made by hand, message by message, with the sender's real keys: what a buggy or
// dishonest paired sender could produce. The signature and the encryption are then valid,
// so only the reader's own checks (tags, trailer counts, chunk sizes, framing) stand in
// the way. Building them independently of BundleWriter also checks the documented layout.

#include "test_sync_fixtures.h"

#include "sync/BundleCrypto.h"
#include "sync/BundleFormat.h"
#include "sync/ChunkCodec.h"
#include "sync/SecretStream.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QtEndian>

#include <optional>

using namespace passerelle;
using namespace passerelle::test;

namespace {
QByteArray u32(quint32 v)
{
    QByteArray out(4, Qt::Uninitialized);
    qToLittleEndian(v, out.data());
    return out;
}

QByteArray u64(quint64 v)
{
    QByteArray out(8, Qt::Uninitialized);
    qToLittleEndian(v, out.data());
    return out;
}

QByteArray framed(const QList<QByteArray> &records)
{
    QByteArray out;
    for (const QByteArray &r : records)
        out += u32(quint32(r.size())) + r;
    return out;
}

class Crafter
{
public:
    Crafter(const SyncReplica &from, const SyncReplica &to, qint64 chunkSize, qint64 recordCount,
            qint64 plaintextBytes)
        : m_key(BundleCrypto::newFileKey())
    {
        header.bundleId = Uuid::createV7();
        header.sender = from.keys->replicaId();
        header.recipient = to.keys->replicaId();
        header.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        header.senderSigningKey = from.keys->signingPublicKey();
        header.fileKeyCommitment = BundleCrypto::keyCommitment(m_key);
        header.chunkSize = chunkSize;
        header.recordCount = recordCount;
        header.plaintextBytes = plaintextBytes;
        header.chunkCount = (plaintextBytes + chunkSize - 1) / chunkSize;
        REQUIRE(header.defect().isEmpty());
        const QByteArray signedPart = BundleFormat::signedPart(header.toCbor());
        headerHash = BundleCrypto::headerHash(signedPart);
        m_bytes = signedPart + from.keys->sign(signedPart) + header.bundleId.bytes() +
                  BundleCrypto::seal(m_key, to.keys->boxPublicKey());
        QByteArray streamHeader;
        m_stream.emplace(SecretStream::forPush(m_key, &streamHeader));
        m_bytes += streamHeader;
    }

    // Appends one message; the first gets the header hash as additional data unless told.
    void message(const QByteArray &plain, SecretStream::Tag tag, bool bindHeader = true)
    {
        const QByteArray cipher =
            m_stream->push(plain, m_first && bindHeader ? headerHash : QByteArray(), tag);
        m_first = false;
        m_bytes += u32(quint32(cipher.size())) + cipher;
    }
    void chunk(const QByteArray &plain, SecretStream::Tag tag = SecretStream::Tag::Message)
    {
        message(ChunkCodec::encode(plain, 6), tag);
    }
    QByteArray trailer(qint64 chunks, qint64 records, qint64 bytes) const
    {
        return u64(quint64(chunks)) + u64(quint64(records)) + u64(quint64(bytes)) + headerHash;
    }
    void finish()
    {
        message(trailer(header.chunkCount, header.recordCount, header.plaintextBytes),
                SecretStream::Tag::Final);
    }
    const QByteArray &bytes() const { return m_bytes; }

    BundleHeader header;
    QByteArray headerHash;

private:
    SecretBytes m_key;
    std::optional<SecretStream> m_stream;
    QByteArray m_bytes;
    bool m_first = true;
};

BundleError verdict(SyncReplica &reader, const QByteArray &bundle, QString *message = nullptr)
{
    const BundleReadResult result = readBundle(reader, bundle);
    if (message)
        *message = result.message;
    return result.error;
}
} // namespace

TEST_CASE("A bundle built by hand from the documented layout is read")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);
    const QList<QByteArray> records{QByteArrayLiteral("abc"), QByteArray(), QByteArray(100, 'r')};
    const QByteArray plain = framed(records); // 4+3 + 4 + 4+100 = 115 bytes
    Crafter c(office, laptop, 64, records.size(), plain.size());
    c.chunk(plain.left(64));
    c.chunk(plain.mid(64));
    c.finish();
    const BundleReadResult result = readBundle(laptop, c.bytes());
    INFO(result.message.toStdString());
    REQUIRE(result.isVerified());
    CHECK(recordsOf(result) == records);
    CHECK(*result.header == c.header);
}

TEST_CASE("A validly signed and encrypted bundle that contradicts itself is refused")
{
    SyncReplica office(ReplicaRole::Office);
    SyncReplica laptop;
    office.pairWith(laptop);
    const QList<QByteArray> records{QByteArrayLiteral("abc"), QByteArrayLiteral("defg")};
    const QByteArray plain = framed(records); // 15 bytes: one chunk
    QString message;

    SECTION("the first message not bound to the header")
    {
        Crafter c(office, laptop, 64, 2, plain.size());
        c.message(ChunkCodec::encode(plain, 6), SecretStream::Tag::Message, false);
        c.finish();
        CHECK(verdict(laptop, c.bytes(), &message) == BundleError::Tampered);
        CHECK(message.contains(QStringLiteral("bloc 1 sur 1")));
    }
    SECTION("the final tag on a data chunk")
    {
        Crafter c(office, laptop, 64, 2, plain.size());
        c.chunk(plain, SecretStream::Tag::Final);
        CHECK(verdict(laptop, c.bytes()) == BundleError::Tampered);
    }
    SECTION("a trailer without the final tag")
    {
        Crafter c(office, laptop, 64, 2, plain.size());
        c.chunk(plain);
        c.message(c.trailer(1, 2, plain.size()), SecretStream::Tag::Message);
        CHECK(verdict(laptop, c.bytes(), &message) == BundleError::Tampered);
        CHECK(message.contains(QStringLiteral("fin du paquet")));
    }
    SECTION("trailer counts that disagree with the header")
    {
        for (const auto &[chunks, count, bytes] :
             {std::tuple<qint64, qint64, qint64>{2, 2, 15}, {1, 3, 15}, {1, 2, 16}}) {
            Crafter c(office, laptop, 64, 2, plain.size());
            c.chunk(plain);
            c.message(c.trailer(chunks, count, bytes), SecretStream::Tag::Final);
            CHECK(verdict(laptop, c.bytes(), &message) == BundleError::Tampered);
            CHECK(message.contains(QStringLiteral("compteurs de fin")));
        }
    }
    SECTION("a trailer naming another header")
    {
        Crafter c(office, laptop, 64, 2, plain.size());
        c.chunk(plain);
        QByteArray trailer = c.trailer(1, 2, plain.size());
        trailer[trailer.size() - 1] = char(trailer[trailer.size() - 1] ^ 1);
        c.message(trailer, SecretStream::Tag::Final);
        CHECK(verdict(laptop, c.bytes()) == BundleError::Tampered);
    }
    SECTION("a chunk shorter than the header announces")
    {
        Crafter c(office, laptop, 64, 2, plain.size());
        c.chunk(plain.left(14));
        c.finish();
        CHECK(verdict(laptop, c.bytes()) == BundleError::Tampered);
    }
    SECTION("an unknown chunk encoding, or a compressed length that lies")
    {
        Crafter unknown(office, laptop, 64, 2, plain.size());
        unknown.message(char(7) + plain, SecretStream::Tag::Message);
        unknown.finish();
        CHECK(verdict(laptop, unknown.bytes()) == BundleError::Tampered);

        QByteArray deflated = qCompress(plain);
        qToBigEndian<quint32>(1u << 30, deflated.data()); // claims a gigabyte
        Crafter lying(office, laptop, 64, 2, plain.size());
        lying.message(char(BundleFormat::kChunkDeflated) + deflated, SecretStream::Tag::Message);
        lying.finish();
        CHECK(verdict(laptop, lying.bytes()) == BundleError::Tampered);
    }
    SECTION("a record count the framing does not give")
    {
        // Three records announced, two framed; header and trailer agree with each other.
        Crafter c(office, laptop, 64, 3, plain.size());
        c.chunk(plain);
        c.finish();
        CHECK(verdict(laptop, c.bytes(), &message) == BundleError::Tampered);
        CHECK(message.contains(QStringLiteral("découpage")));
    }
    SECTION("a record length running past the body")
    {
        QByteArray broken = plain;
        qToLittleEndian<quint32>(5, broken.data() + 7); // "defg" claims 5 bytes
        Crafter c(office, laptop, 64, 2, broken.size());
        c.chunk(broken);
        c.finish();
        CHECK(verdict(laptop, c.bytes()) == BundleError::Tampered);
    }
}

TEST_CASE("The stream refuses a message under other additional data or out of order")
{
    const SecretBytes key = BundleCrypto::newFileKey();
    QByteArray header;
    SecretStream push = SecretStream::forPush(key, &header);
    const QByteArray first = push.push("one", "header A", SecretStream::Tag::Message);
    const QByteArray second = push.push("two", {}, SecretStream::Tag::Final);

    QByteArray plain;
    SecretStream::Tag tag = SecretStream::Tag::Other;
    auto pull = SecretStream::forPull(key, header);
    REQUIRE(pull);
    CHECK_FALSE(pull->pull(first, "header B", &plain, &tag));
    pull = SecretStream::forPull(key, header);
    CHECK_FALSE(pull->pull(second, {}, &plain, &tag)); // second before first
    pull = SecretStream::forPull(key, header);
    REQUIRE(pull->pull(first, "header A", &plain, &tag));
    CHECK(plain == "one");
    CHECK(tag == SecretStream::Tag::Message);
    REQUIRE(pull->pull(second, {}, &plain, &tag));
    CHECK(plain == "two");
    CHECK(tag == SecretStream::Tag::Final);
    CHECK_FALSE(SecretStream::forPull(key, header.left(10)));
}
