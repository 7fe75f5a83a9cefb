// LatexmlReader: every LaTeXML page under tests/fixtures/fulltext read into what its source says (authors,
// affiliations, house line, figures; expected.json, written by hand), and hostile pages refused or limited
// in bounded time and memory.
#include "expectedfulltext.h"
#include "fulltext/fulltextlimits.h"
#include "fulltext/latexmlreader.h"

using namespace DigestStudio;

namespace {

QByteArray authorPage(const QByteArray &personname)
{
    return "<html><body><div class=\"ltx_page_main\"><article class=\"ltx_document\"><div "
           "class=\"ltx_authors\">"
           "<span class=\"ltx_creator ltx_role_author\"><span class=\"ltx_personname\">" +
           personname + "</span></span></div></article></div></body></html>";
}

} // namespace

class TestLatexmlReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QJsonObject>("paper");
        for (const QJsonValue &v : Test::fulltextExpectations().value(QLatin1String("html")).toArray()) {
            const QString file = v.toObject().value(QLatin1String("file")).toString();
            QTest::newRow(qPrintable(file)) << v.toObject();
        }
    }

    void fixtures()
    {
        QFETCH(QJsonObject, paper);
        const LatexmlReader::Result result = LatexmlReader::read(
            Test::fixture(QStringLiteral("fulltext/") + paper.value(QLatin1String("file")).toString()));
        const QVector<FullText::Author> authors = Test::expectedAuthors(paper);
        QCOMPARE(result.error,
                 authors.isEmpty() ? LatexmlReader::Error::NoAuthors : LatexmlReader::Error::None);
        const FullText &text = result.fullText;
        QCOMPARE(text.source, FullText::Source::Html);
        QCOMPARE(text.title, paper.value(QLatin1String("title")).toString());
        QCOMPARE(text.base, paper.value(QLatin1String("base")).toString());
        QCOMPARE(text.authors.size(), authors.size());
        for (int i = 0; i < authors.size(); ++i) {
            QCOMPARE(text.authors.at(i).name, authors.at(i).name);
            QCOMPARE(text.authors.at(i).affiliations, authors.at(i).affiliations);
        }
        QCOMPARE(text.otherAffiliations, Test::strings(paper.value(QLatin1String("other_affiliations"))));
        QCOMPARE(text.houseLine(), paper.value(QLatin1String("house_line")).toString());
        const QVector<FullText::Figure> figures = Test::expectedFigures(paper);
        QCOMPARE(text.figures.size(), figures.size());
        for (int i = 0; i < figures.size(); ++i) {
            const FullText::Figure &got = text.figures.at(i);
            QCOMPARE(got.label, figures.at(i).label);
            QCOMPARE(got.number, figures.at(i).number);
            QCOMPARE(got.caption, figures.at(i).caption);
            QCOMPARE(got.images.size(), figures.at(i).images.size());
            for (int k = 0; k < got.images.size(); ++k) {
                QCOMPARE(got.images.at(k).url, figures.at(i).images.at(k).url);
                QCOMPARE(got.images.at(k).width, figures.at(i).images.at(k).width);
                QCOMPARE(got.images.at(k).height, figures.at(i).images.at(k).height);
            }
        }
    }

    // The first image is the figure's: a figure with subfigures shows its first panel.
    void figureShowsItsFirstImage()
    {
        const FullText text =
            LatexmlReader::read(Test::fixture(QStringLiteral("fulltext/html/figures/figures.html"))).fullText;
        QCOMPARE(text.figures.size(), 4);
        QCOMPARE(text.figures.at(1).url(), QStringLiteral("left.png"));
        QCOMPARE(text.figures.at(1).width(), 598);
        QCOMPARE(text.figures.at(3).url(), QString());
        QCOMPARE(text.figures.at(3).height(), 0);
    }

    void notLatexml_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("arXiv's 404 page") << QByteArray("<!DOCTYPE html><html><head><title>No HTML for "
                                                        "'2601.99999'</title></head><body><h1>No HTML for "
                                                        "'2601.99999'</h1></body></html>");
        QTest::newRow("a PDF") << QByteArray("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02<\xff\xfe>", 7);
        QTest::newRow("an author block but no document")
            << QByteArray("<div class=\"ltx_authors\"><span class=\"ltx_creator ltx_role_author\">"
                          "<span class=\"ltx_personname\">Ann Lee</span></span></div>");
    }

    void notLatexml()
    {
        QFETCH(QByteArray, bytes);
        const LatexmlReader::Result result = LatexmlReader::read(bytes);
        QCOMPARE(result.error, LatexmlReader::Error::NotLatexml);
        QVERIFY(result.fullText.authors.isEmpty());
    }

    // A LaTeXML page that names no author still gives its figures.
    void noAuthorBlock()
    {
        const QByteArray page =
            "<div class=\"ltx_page_main\"><article class=\"ltx_document\"><figure "
            "class=\"ltx_figure\"><img class=\"ltx_graphics\" src=\"x1.png\" width=\"10\" "
            "height=\"20\"><figcaption><span class=\"ltx_tag ltx_tag_figure\">Figure 1: "
            "</span>A plot.</figcaption></figure></article></div>";
        const LatexmlReader::Result result = LatexmlReader::read(page);
        QCOMPARE(result.error, LatexmlReader::Error::NoAuthors);
        QCOMPARE(result.fullText.figures.size(), 1);
        QCOMPARE(result.fullText.figures.first().caption, QStringLiteral("A plot."));
        QCOMPARE(result.fullText.figures.first().number, QStringLiteral("1"));
    }

    // Over the cap: refused before a byte is read. At the cap exactly: read.
    void sizeCap()
    {
        const QByteArray over(FullTextLimits::MaxHtmlBytes + 1, ' ');
        QCOMPARE(LatexmlReader::read(over).error, LatexmlReader::Error::TooLarge);
        QByteArray page = Test::fixture(QStringLiteral("fulltext/html/authblk/authblk.html"));
        page += "<!--" + QByteArray(FullTextLimits::MaxHtmlBytes - page.size() - 7, 'x') + "-->";
        QCOMPARE(page.size(), FullTextLimits::MaxHtmlBytes);
        const LatexmlReader::Result atCap = LatexmlReader::read(page);
        QCOMPARE(atCap.error, LatexmlReader::Error::None);
        QCOMPARE(atCap.fullText.authors.size(), 3);
    }

    // 100,000 unclosed elements: refused at the nesting cap, where it was passed; no stack or time blowup.
    void hugeNesting()
    {
        QByteArray page = "<div class=\"ltx_page_main\"><div class=\"ltx_authors\">";
        const qsizetype before = page.size();
        for (int i = 0; i < 100000; ++i)
            page += "<span>";
        const LatexmlReader::Result result = LatexmlReader::read(page);
        QCOMPARE(result.error, LatexmlReader::Error::TooDeep);
        // The 511th <span> is the 513th element open.
        QCOMPARE(result.offset, before + qint64(FullTextLimits::MaxNesting - 2) * 6);
    }

    // Deep but within the cap (MathML-like nesting in the name block): read.
    void deepWithinCap()
    {
        QByteArray name;
        for (int i = 0; i < 400; ++i)
            name += "<span>";
        name += "Ann Lee";
        for (int i = 0; i < 400; ++i)
            name += "</span>";
        const LatexmlReader::Result result = LatexmlReader::read(authorPage(name));
        QCOMPARE(result.error, LatexmlReader::Error::None);
        QCOMPARE(result.fullText.authors.first().name, QStringLiteral("Ann Lee"));
    }

    // A million attributes on one tag, and a tag never closed: read past, the rest of the page still read.
    void endlessAttributes()
    {
        QByteArray tag = "<span class=\"ltx_text\"";
        // Appended piece by piece: a concatenation appended in one go reserves the exact size each time, and
        // the million reallocations (each a copy under AddressSanitizer) would be the test's own cost.
        for (int i = 0; i < 1000000; ++i)
            tag.append(" a").append(QByteArray::number(i)).append("=x");
        tag += ">Ann Lee</span>";
        const LatexmlReader::Result result = LatexmlReader::read(authorPage(tag));
        QCOMPARE(result.error, LatexmlReader::Error::None);
        QCOMPARE(result.fullText.authors.first().name, QStringLiteral("Ann Lee"));

        const QByteArray unclosed = authorPage("Ann Lee") + "<img src=\"" + QByteArray(1000000, 'x');
        const LatexmlReader::Result cut = LatexmlReader::read(unclosed);
        QCOMPARE(cut.fullText.authors.first().name, QStringLiteral("Ann Lee"));
    }

    // More kept pieces than the cap (a figure caption of 300,000 spans): refused, not grown without bound.
    void tooManyPieces()
    {
        QByteArray page = "<div class=\"ltx_page_main\"><figure class=\"ltx_figure\"><figcaption>";
        for (int i = 0; i < 300000; ++i)
            page += "<b>x</b>";
        page += "</figcaption></figure></div>";
        QCOMPARE(LatexmlReader::read(page).error, LatexmlReader::Error::TooComplex);
    }

    // MathML's and SVG's insides are not kept: a formula of 300,000 elements costs nothing.
    void mathInsidesNotKept()
    {
        QByteArray math = "<math alttext=\"x^{2}\">";
        for (int i = 0; i < 300000; ++i)
            math += "<mi>x</mi>";
        math += "</math>";
        const QByteArray page = "<div class=\"ltx_page_main\"><figure class=\"ltx_figure\"><figcaption>"
                                "<span class=\"ltx_tag ltx_tag_figure\">Figure 7: </span>A curve " +
                                math + ".</figcaption></figure></div>";
        const LatexmlReader::Result result = LatexmlReader::read(page);
        QCOMPARE(result.fullText.figures.size(), 1);
        QCOMPARE(result.fullText.figures.first().caption, QStringLiteral("A curve $x^{2}$."));
    }
};

QTEST_GUILESS_MAIN(TestLatexmlReader)
#include "tst_latexmlreader.moc"
