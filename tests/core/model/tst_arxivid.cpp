// ArxivId: every form a user pastes, normalisation, and extraction from pasted text.
#include "model/arxivid.h"

#include <QtTest>

using namespace DigestStudio;

class TestArxivId final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("version");
        auto row = [](const char *name, const char *input, const char *id, int version) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(id) << version;
        };
        row("new style", "2210.06441", "2210.06441", 0);
        row("new style with version", "2210.06441v2", "2210.06441", 2);
        row("four-digit number before 2015", "0704.0001", "0704.0001", 0);
        row("last four-digit month", "1412.7878v1", "1412.7878", 1);
        row("first five-digit month", "1501.00001", "1501.00001", 0);
        row("old style", "hep-th/9901001", "hep-th/9901001", 0);
        row("old style with subject class and version", "math.CA/0611800v2", "math/0611800", 2);
        row("arXiv prefix", "arXiv:2210.06441", "2210.06441", 0);
        row("lower-case prefix with version", "arxiv:2210.06441v3", "2210.06441", 3);
        row("prefix with space", "arXiv: 2210.06441", "2210.06441", 0);
        row("prefix old style", "arXiv:hep-th/9901001v1", "hep-th/9901001", 1);
        row("abs url https", "https://arxiv.org/abs/2210.06441", "2210.06441", 0);
        row("abs url http with version", "http://arxiv.org/abs/2210.06441v2", "2210.06441", 2);
        row("abs url www", "https://www.arxiv.org/abs/2210.06441", "2210.06441", 0);
        row("abs url export", "http://export.arxiv.org/abs/2210.06441v1", "2210.06441", 1);
        row("abs url without scheme", "arxiv.org/abs/2210.06441", "2210.06441", 0);
        row("abs url trailing slash and query", "https://arxiv.org/abs/2210.06441v2/?context=cs",
            "2210.06441", 2);
        row("pdf url", "https://arxiv.org/pdf/2210.06441", "2210.06441", 0);
        row("pdf url with .pdf", "https://arxiv.org/pdf/2210.06441.pdf", "2210.06441", 0);
        row("pdf url with version and .pdf", "https://arxiv.org/pdf/2210.06441v2.pdf", "2210.06441", 2);
        row("pdf url export old style", "https://export.arxiv.org/pdf/hep-th/9901001v1.pdf", "hep-th/9901001",
            1);
        row("html url with fragment", "https://arxiv.org/html/2210.06441v2#S3", "2210.06441", 2);
        row("abs url old style with class", "https://arxiv.org/abs/math.CA/0611800v2", "math/0611800", 2);
        row("doi", "10.48550/arXiv.2210.06441", "2210.06441", 0);
        row("doi lower case", "10.48550/arxiv.2210.06441", "2210.06441", 0);
        row("doi upper case", "10.48550/ARXIV.2210.06441", "2210.06441", 0);
        row("doi url", "https://doi.org/10.48550/arXiv.2210.06441", "2210.06441", 0);
        row("doi prefix", "doi:10.48550/arXiv.2210.06441", "2210.06441", 0);
        row("surrounded by angle brackets", "<https://arxiv.org/abs/2210.06441>", "2210.06441", 0);
        row("trailing full stop", "2210.06441.", "2210.06441", 0);
        row("surrounding white space", "  2210.06441v2\n", "2210.06441", 2);
        // As Chinese input methods type them.
        row("full-width digits after arXiv:", "arXiv:２２１０.０６４４１", "2210.06441", 0);
        row("full-width digits, dot, v and colon", "ａｒＸｉｖ：２２１０．０６４４１ｖ２", "2210.06441", 2);
        row("ideographic space after the prefix", "arXiv:\u30002210.06441", "2210.06441", 0);
        row("largest version accepted", "2210.06441v9999", "2210.06441", 9999);
    }

    void parsesEveryForm()
    {
        QFETCH(QString, input);
        QFETCH(QString, id);
        QFETCH(int, version);
        const ArxivId parsed = ArxivId::parse(input);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));
        QCOMPARE(parsed.id(), id);
        QCOMPARE(parsed.version(), version);
        QCOMPARE(parsed.absUrl(), QStringLiteral("https://arxiv.org/abs/") + id);
        QVERIFY(parsed.error().isEmpty());
    }

    void rejectsWithAReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        auto row = [](const char *name, const char *input, const char *reason) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(reason);
        };
        row("word", "abc", "not an arXiv identifier");
        row("month 34", "1234.12345", "month 34 does not exist");
        row("before April 2007", "0703.1234", "new-style ids begin in April 2007");
        row("five digits before 2015", "1201.12345", "ids before 2015 have 4 digits");
        row("four digits from 2015", "2210.0644", "ids from 2015 on have 5 digits");
        row("version zero", "2210.06441v0", "versions start at v1");
        row("unknown archive", "foo-bar/9901001", "'foo-bar' is not an arXiv archive");
        row("old style after March 2007", "hep-th/0801001", "old-style ids run from 9108 to 0703");
        row("arxiv page that is not a paper", "https://arxiv.org/list/cs.LG/recent",
            "not a link to an arXiv paper");
        row("doi of another registrant", "10.1103/PhysRevB.85.115117", "not an arXiv identifier");
        row("empty", "   ", "empty");
        row("Arabic-Indic digits", "٢٢١٠.٠٦٤٤١", "'٢' is not an ASCII digit");
        row("Devanagari digits after arXiv:", "arXiv:२२१०.०६४४१", "is not an ASCII digit");
        row("a Chinese character inside", "2210.06441中", "'中' cannot be part of an arXiv identifier");
        row("version that overflows an int", "2210.06441v4294967297", "version v4294967297 is too large");
        row("version of five digits", "2210.06441v10000", "is too large");
        row("old-style version that overflows", "hep-th/9901001v4294967297", "is too large");
    }

    void rejectsWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const ArxivId parsed = ArxivId::parse(input);
        QVERIFY(!parsed.isValid());
        QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
        QVERIFY(parsed.id().isEmpty());
        QCOMPARE(parsed.input(), input.trimmed());
    }

    void versionedFormAndOldStyleFlag()
    {
        const ArxivId a = ArxivId::parse(QStringLiteral("math.CA/0611800v2"));
        QCOMPARE(a.idWithVersion(), QStringLiteral("math/0611800v2"));
        QCOMPARE(a.subjectClass(), QStringLiteral("CA"));
        QVERIFY(a.isOldStyle());
        const ArxivId b = ArxivId::parse(QStringLiteral("2210.06441"));
        QCOMPARE(b.idWithVersion(), QStringLiteral("2210.06441"));
        QVERIFY(!b.isOldStyle());
    }

    void extractsFromPastedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("invalid");
        QTest::newRow("browser selection of a listing")
            << QStringLiteral("[1] arXiv:2210.06441v2 [cs.LG] 12 Oct 2022\n[2] arXiv:2301.00001 [eess.AS]\n"
                              "Title: Something (2022)")
            << QStringList{QStringLiteral("2210.06441"), QStringLiteral("2301.00001")} << QStringList();
        QTest::newRow("email with links and prose")
            << QStringLiteral(
                   "Hi, have a look at <https://arxiv.org/abs/2210.06441> and "
                   "https://arxiv.org/pdf/1605.08386v1.pdf, also (hep-th/9901001). "
                   "The old one is math.CA/0611800v2; see arXiv.org for more. Cheers, 3.14 and 2022.")
            << QStringList{QStringLiteral("2210.06441"), QStringLiteral("1605.08386"),
                           QStringLiteral("hep-th/9901001"), QStringLiteral("math/0611800")}
            << QStringList();
        QTest::newRow("list with duplicates and bad ones")
            << QStringLiteral(
                   "2210.06441\n2210.06441v2\n1234.12345\nabc\narXiv:abc\n10.48550/arXiv.2210.06441\n"
                   "https://arxiv.org/abs/2210.0644")
            << QStringList{QStringLiteral("2210.06441")}
            << QStringList{QStringLiteral("1234.12345"), QStringLiteral("arXiv:abc"),
                           QStringLiteral("https://arxiv.org/abs/2210.0644")};
        QTest::newRow("markdown link and doi url")
            << QStringLiteral(
                   "[paper](https://export.arxiv.org/abs/2210.06441v1) doi: 10.48550/ARXIV.1605.08386")
            << QStringList{QStringLiteral("2210.06441"), QStringLiteral("1605.08386")} << QStringList();
        QTest::newRow("Chinese prose with full-width digits and punctuation")
            << QStringLiteral("推荐论文：２２１０.０６４４１，以及 arXiv：2210.05337。还有（1605.08386）、"
                              "但 ٢٢١٠.٠٦٤٤١ 不算。")
            << QStringList{QStringLiteral("2210.06441"), QStringLiteral("2210.05337"),
                           QStringLiteral("1605.08386")}
            << QStringList{QStringLiteral("٢٢١٠.٠٦٤٤١")};
        QTest::newRow("nothing") << QStringLiteral("no ids here, just arXiv and words.") << QStringList()
                                 << QStringList();
    }

    void extractsFromPastedText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, invalid);
        const ArxivId::Extraction found = ArxivId::extractAll(text);
        QStringList gotIds;
        for (const ArxivId &id : found.ids)
            gotIds.append(id.id());
        QStringList gotInvalid;
        for (const ArxivId &id : found.invalid) {
            gotInvalid.append(id.input());
            QVERIFY(!id.error().isEmpty());
        }
        QCOMPARE(gotIds, ids);
        QCOMPARE(gotInvalid, invalid);
    }

    void extractionKeepsTheFirstVersionAsked()
    {
        const ArxivId::Extraction found = ArxivId::extractAll(QStringLiteral("2210.06441v2 2210.06441v3"));
        QCOMPARE(found.ids.size(), 1);
        QCOMPARE(found.ids.first().version(), 2);
    }

    void extractsAHundredIds()
    {
        QString text;
        for (int i = 0; i < 100; ++i)
            text += QStringLiteral("https://arxiv.org/abs/2611.%1\n").arg(10000 + i);
        const ArxivId::Extraction found = ArxivId::extractAll(text);
        QCOMPARE(found.ids.size(), 100);
        QVERIFY(found.invalid.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArxivId)
#include "tst_arxivid.moc"
