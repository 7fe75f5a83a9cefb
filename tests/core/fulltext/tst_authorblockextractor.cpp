// AuthorBlockExtractor: the author block of every fixture PDF's first page and the house line it gives
// (expected.json, written by hand from the sources), and the block from plain text.
#include "expectedfulltext.h"
#include "fulltext/authorblockextractor.h"
#include "fulltext/pdfreader.h"

using namespace DigestStudio;

class TestAuthorBlockExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("houseLine");
        for (const QJsonValue &v : Test::fulltextExpectations().value(QLatin1String("pdf")).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(QLatin1String("file")).toString()))
                << o.value(QLatin1String("file")).toString() << o.value(QLatin1String("title")).toString()
                << o.value(QLatin1String("house_line")).toString();
        }
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, houseLine);
        const PdfReader::Result page =
            PdfReader::readFirstPage(Test::fixture(QStringLiteral("fulltext/") + file));
        QVERIFY(page.ok());
        const AuthorBlockExtractor::Result block = AuthorBlockExtractor::extract(page.lines);
        QCOMPARE(block.error, AuthorBlockExtractor::Error::None);
        QVERIFY2(block.title == title, qPrintable(block.title));
        const FullText text = AuthorBlockExtractor::fullText(block);
        QCOMPARE(text.source, FullText::Source::Pdf);
        // On failure, the block as read says why.
        QVERIFY2(text.houseLine() == houseLine,
                 qPrintable(QStringLiteral("got \"%1\" from the lines: %2")
                                .arg(text.houseLine(), block.lines.join(QStringLiteral(" | ")))));
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("houseLine");
        QTest::newRow("marks, a broken line")
            << QStringLiteral(
                   "A Title\nAnn Lee1 , Bo Chen2\n1\nDepartment of Computer Science, University of\n"
                   "Maryland, College Park, MD\n2 Google Research\nAbstract\nWe study things.")
            << QStringList{QStringLiteral("Ann Lee1 , Bo Chen2"),
                           QStringLiteral(
                               "Department of Computer Science, University of Maryland, College Park, MD"),
                           QStringLiteral("2 Google Research")}
            << QStringLiteral("University of Maryland & Google Research");
        QTest::newRow("lower-case continuation")
            << QStringLiteral(
                   "T\nWei Zhang\nDepartment of Computer Science\nand Technology, Tsinghua University\n"
                   "ABSTRACT\nx")
            << QStringList{QStringLiteral("Wei Zhang"),
                           QStringLiteral(
                               "Department of Computer Science and Technology, Tsinghua University")}
            << QStringLiteral("Tsinghua University");
        QTest::newRow("IEEE abstract heading")
            << QStringLiteral("T\nMarco Rossi\nETH Zürich\nAbstract—We run.")
            << QStringList{QStringLiteral("Marco Rossi"), QStringLiteral("ETH Zürich")}
            << QStringLiteral("ETH Zürich");
        QTest::newRow("no affiliation")
            << QStringLiteral("T\nAnn Lee and Bo Chen\nJanuary 15, 2026\nAbstract\nx")
            << QStringList{QStringLiteral("Ann Lee and Bo Chen"), QStringLiteral("January 15, 2026")}
            << QString();
    }

    void plainText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QFETCH(QString, houseLine);
        const AuthorBlockExtractor::Result block = AuthorBlockExtractor::extract(text);
        QCOMPARE(block.lines, lines);
        QCOMPARE(AuthorBlockExtractor::fullText(block).houseLine(), houseLine);
    }

    void errors()
    {
        QCOMPARE(AuthorBlockExtractor::extract(QString()).error, AuthorBlockExtractor::Error::NoText);
        QCOMPARE(AuthorBlockExtractor::extract(QVector<PdfTextLine>()).error,
                 AuthorBlockExtractor::Error::NoText);
        QCOMPARE(AuthorBlockExtractor::extract(QStringLiteral("Only a title\nAbstract\nText")).error,
                 AuthorBlockExtractor::Error::NoAuthorBlock);
    }
};

QTEST_GUILESS_MAIN(TestAuthorBlockExtractor)
#include "tst_authorblockextractor.moc"
