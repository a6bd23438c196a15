#include "test_casefile_fixture.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoOptions.h"
#include "storage/SqliteStatement.h"

#include <catch2/catch.hpp>

#include <QTest>

namespace passerelle::test {

void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n') {
            QTest::keyClick(w, Qt::Key_Return);
        } else if (c.unicode() < 128) {
            QTest::keyClick(w, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

QDate caseFileToday()
{
    return QDate(2026, 3, 16);
}

CaseFileFixture::CaseFileFixture(int cases, int interventionsPerCase)
    : clock(QDateTime(caseFileToday(), QTime(10, 0), Qt::UTC))
{
    DemoOptions options;
    options.cases = cases;
    options.interventionsPerCase = interventionsPerCase;
    options.today = caseFileToday();
    DemoGenerator::generate(db(), options);
}

Uuid CaseFileFixture::caseWhere(const char *condition)
{
    SqliteStatement q(db().handle(), QByteArray("SELECT c.id FROM case_file c WHERE ") + condition +
                                         " AND c.archived_at IS NULL ORDER BY c.number LIMIT 1");
    REQUIRE(q.step());
    return Uuid::fromBytes(q.blob(0));
}

qint64 CaseFileFixture::count(const QByteArray &sql)
{
    SqliteStatement q(db().handle(), sql);
    return q.step() ? q.int64(0) : -1;
}

QString CaseFileFixture::text(const QByteArray &sql)
{
    SqliteStatement q(db().handle(), sql);
    return q.step() ? q.text(0) : QString();
}

QString CaseFileFixture::textFor(const QByteArray &sql, const Uuid &id)
{
    SqliteStatement q(db().handle(), sql);
    q.bindBlob(1, id.bytes());
    return q.step() ? q.text(0) : QString();
}

qint64 CaseFileFixture::countFor(const QByteArray &sql, const Uuid &id)
{
    SqliteStatement q(db().handle(), sql);
    q.bindBlob(1, id.bytes());
    return q.step() ? q.int64(0) : -1;
}

} // namespace passerelle::test
