// FullText: the stated affiliations in author order and the house line, for a page and for a PDF block.
#include "fulltext/fulltext.h"

#include <QtTest>

using namespace DigestStudio;

class TestFullText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statedInAuthorOrder()
    {
        FullText text;
        text.authors = {
            {QStringLiteral("A"), {QStringLiteral("Meta AI, Paris")}},
            {QStringLiteral("B"), {}},
            {QStringLiteral("C"), {QStringLiteral("Kyoto University"), QStringLiteral("Meta AI")}}};
        text.otherAffiliations = QStringList{QStringLiteral("Google Research")};
        QCOMPARE(text.statedAffiliations(),
                 (QStringList{QStringLiteral("Meta AI, Paris"), QStringLiteral("Kyoto University"),
                              QStringLiteral("Meta AI"), QStringLiteral("Google Research")}));
        QVERIFY(text.hasAffiliations());
        QCOMPARE(text.houseLine(), QStringLiteral("Meta AI & Kyoto University & Google Research"));
        QCOMPARE(text.houseLine({{QStringLiteral("kyoto university"), QStringLiteral("Kyoto U")}}),
                 QStringLiteral("Meta AI & Kyoto U & Google Research"));
    }

    void noneStated()
    {
        FullText text;
        text.authors = {{QStringLiteral("A"), {}}};
        QVERIFY(!text.hasAffiliations());
        QCOMPARE(text.houseLine(), QString());
    }

    // A PDF's block lines count only when they name an institution with an institution word: a name line
    // ("Ann Lee") or a city is never taken for one.
    void pdfIsStrict()
    {
        FullText text;
        text.otherAffiliations = QStringList{QStringLiteral("Acme"), QStringLiteral("Kyoto University")};
        QCOMPARE(text.houseLine(), QStringLiteral("Acme & Kyoto University"));
        text.source = FullText::Source::Pdf;
        QCOMPARE(text.houseLine(), QStringLiteral("Kyoto University"));
    }
};

QTEST_GUILESS_MAIN(TestFullText)
#include "tst_fulltext.moc"
