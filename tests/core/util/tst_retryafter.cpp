// RetryAfter: what a server's Retry-After asks for, in milliseconds, for every value a server may send.
#include "util/retryafter.h"

#include <QtTest>

#include <limits>

using namespace DigestStudio;

class TestRetryAfter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data()
    {
        constexpr qint64 most = std::numeric_limits<qint64>::max();
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("whole seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("spaces around") << QByteArray(" 2 ") << qint64(2000);
        QTest::newRow("a fraction, as it reads") << QByteArray("0.5") << qint64(500);
        QTest::newRow("zero: at once") << QByteArray("0") << qint64(0);
        QTest::newRow("HTTP date, 7 s ahead") << QByteArray("Mon, 30 Nov 2026 12:00:07 GMT") << qint64(7000);
        QTest::newRow("HTTP date in the past: at once")
            << QByteArray("Mon, 30 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("RFC 2822 date") << QByteArray("30 Nov 2026 12:00:30 +0000") << qint64(30000);
        QTest::newRow("empty: says nothing") << QByteArray() << qint64(-1);
        QTest::newRow("words: say nothing") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative: says nothing") << QByteArray("-5") << qint64(-1);
        QTest::newRow("not a number: says nothing") << QByteArray("nan") << qint64(-1);
        // Too large for milliseconds in a qint64: the longest wait, never an overflowed negative.
        QTest::newRow("past qint64 in ms") << QByteArray("18446744073709552") << most;
        QTest::newRow("the largest qint64") << QByteArray("9223372036854775807") << most;
        QTest::newRow("1e300") << QByteArray("1e300") << most;
        QTest::newRow("infinity") << QByteArray("inf") << most;
    }

    void values()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        QCOMPARE(RetryAfter::milliseconds(value, now), ms);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
