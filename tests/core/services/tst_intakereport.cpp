// IntakeReport: the one place the problem messages of paper intake are written, as terminal lines and as
// sentences for the GUI, the library's refusal included.
#include "services/intakereport.h"

#include <QtTest>

using namespace DigestStudio;

namespace {

Paper paper(const QString &id)
{
    Paper p;
    p.setId(id);
    p.setVersion(1);
    return p;
}

// Every kind of problem once.
IntakeReport everything()
{
    IntakeReport report;
    report.malformed.append(ArxivId::parse(QStringLiteral("1234.12345")));
    report.lookup.papers = {paper(QStringLiteral("2210.06441")), paper(QStringLiteral("2210.05337"))};
    report.lookup.invalid.append(
        ArxivId::invalid(QStringLiteral("9912.99999"), QStringLiteral("incorrect id format for 9912.99999")));
    report.lookup.missing = QStringList{QStringLiteral("2401.99999")};
    report.lookup.error = QStringLiteral("HTTP 503");
    report.lookup.failed = QStringList{QStringLiteral("1605.08386"), QStringLiteral("1605.08387")};
    report.lookup.storeError = QStringLiteral("disk full");
    report.present.append({QStringLiteral("2210.06441"), 3});
    return report;
}

} // namespace

class TestIntakeReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingWrong()
    {
        IntakeReport report;
        report.lookup.papers = {paper(QStringLiteral("2210.06441"))};
        QVERIFY(!report.failed());
        QVERIFY(report.lines().isEmpty());
        QCOMPARE(report.summary(), QStringLiteral("Added 1 paper(s)."));
        QCOMPARE(report.summary(IntakeReport::Outcome::LookedUp), QStringLiteral("Looked up 1 paper(s)."));
    }

    void linesForATerminal()
    {
        QCOMPARE(
            everything().lines(),
            (QStringList{QStringLiteral("not an arXiv id: '1234.12345': month 34 does not exist"),
                         QStringLiteral("arXiv refused '9912.99999': incorrect id format for 9912.99999"),
                         QStringLiteral("not found on arXiv: 2401.99999"),
                         QStringLiteral("could not look up 1605.08386, 1605.08387: HTTP 503"),
                         QStringLiteral("the library did not keep the papers: disk full"),
                         QStringLiteral("2210.06441 is already entry 3; not added again")}));
    }

    void sentencesForTheGui()
    {
        QCOMPARE(everything().summary(),
                 QStringLiteral("Added 2 paper(s). Not arXiv ids: '1234.12345' (month 34 does not exist). "
                                "arXiv refused: '9912.99999' (incorrect id format for 9912.99999). "
                                "Not found on arXiv: 2401.99999. Could not look up 1605.08386, 1605.08387: "
                                "HTTP 503. The library did not keep them: disk full. "
                                "Already in this digest: 2210.06441."));
    }

    void eachProblemFails_data()
    {
        QTest::addColumn<int>("kind");
        for (int kind = 0; kind < 5; ++kind)
            QTest::newRow(qPrintable(QString::number(kind))) << kind;
    }

    void eachProblemFails()
    {
        QFETCH(int, kind);
        IntakeReport report;
        switch (kind) {
        case 0:
            report.malformed.append(ArxivId::parse(QStringLiteral("abc")));
            break;
        case 1:
            report.lookup.invalid.append(ArxivId::invalid(QStringLiteral("x"), QStringLiteral("bad")));
            break;
        case 2:
            report.lookup.missing.append(QStringLiteral("2401.99999"));
            break;
        case 3:
            report.lookup.error = QStringLiteral("timeout");
            break;
        default:
            // The library refusing the looked-up papers is a failure too (the GUI once dropped it).
            report.lookup.storeError = QStringLiteral("disk full");
            break;
        }
        QVERIFY(report.failed());
        QCOMPARE(report.lines().size(), 1);
        QCOMPARE(report.problemSentences().size(), 1);
    }

    void papersAlreadyPresentAreNoFailure()
    {
        IntakeReport report;
        report.present.append({QStringLiteral("2210.06441"), 1});
        QVERIFY(!report.failed());
        QCOMPARE(report.summary(), QStringLiteral("Already in this digest: 2210.06441."));
    }
};

QTEST_GUILESS_MAIN(TestIntakeReport)
#include "tst_intakereport.moc"
