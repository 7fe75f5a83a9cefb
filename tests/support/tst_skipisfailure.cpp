// A Qt Test that skips, to prove the rule that a skipped test fails: digest_add_test gives every test a
// FAIL_REGULAR_EXPRESSION on Qt Test's "SKIP" line and skip count, and this one is registered WILL_FAIL, so
// ctest passes it only while its skip is counted as a failure (tests/CMakeLists.txt).
#include <QtTest>

class TestSkipIsFailure final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passes() { QVERIFY(true); }
    void skips() { QSKIP("a test that cannot run what it claims must fail, not pass quietly"); }
};

QTEST_GUILESS_MAIN(TestSkipIsFailure)
#include "tst_skipisfailure.moc"
