// LatexmlTree: only the title, author block, figures and institute notes of a page are kept, built
// tolerantly (implied ends, stray end tags, void elements) and within the caps.
#include "fulltext/fulltextlimits.h"
#include "fulltext/latexmltree.h"

#include <QtTest>

using namespace DigestStudio;

class TestLatexmlTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOnlyTheParts()
    {
        const QByteArray page =
            "<div class=\"ltx_page_main\"><p>Body <span class=\"ltx_authors\">not a div</span></p>"
            "<h1 class=\"ltx_title ltx_title_document\">T</h1><h1 class=\"ltx_title_document\">Second</h1>"
            "<div class=\"ltx_authors\"><span class=\"ltx_creator\">A</span></div>"
            "<div class=\"ltx_authors\">a second block is not the document's</div>"
            "<figure class=\"ltx_figure_panel\">a panel alone</figure><figure class=\"ltx_table\">t</figure>"
            "<figure class=\"ltx_figure\"><img src=\"a.png\" width=\"4.6\" height=\"x\"></figure></div>";
        const LatexmlTree tree = LatexmlTree::build(page);
        QCOMPARE(tree.error(), LatexmlTree::Error::None);
        QVERIFY(tree.sawLatexml());
        QCOMPARE(tree.roots().size(), 3);
        QCOMPARE(tree.node(tree.roots().at(0)).name, QByteArray("h1"));
        QCOMPARE(tree.node(tree.roots().at(1)).name, QByteArray("div"));
        const int figure = tree.roots().at(2);
        const int img = tree.node(figure).children.first();
        QCOMPARE(tree.node(img).text, QStringLiteral("a.png"));
        QCOMPARE(tree.node(img).width, 5);
        QCOMPARE(tree.node(img).height, 0);
    }

    // Unclosed <p>s close each other; an end tag that closes nothing open is ignored; an end tag closes what
    // is open inside it.
    void tolerantNesting()
    {
        QByteArray page = "<div class=\"ltx_page_main\">";
        for (int i = 0; i < 10 * FullTextLimits::MaxNesting; ++i)
            page += "<p>x";
        page += "</span></em><div class=\"ltx_authors\"><span><b>A</div>B";
        const LatexmlTree tree = LatexmlTree::build(page);
        QCOMPARE(tree.error(), LatexmlTree::Error::None);
        QCOMPARE(tree.roots().size(), 1);
        const LatexmlTree::Node &authors = tree.node(tree.roots().first());
        QCOMPARE(authors.children.size(), 1); // "B" after </div> is outside
    }

    void tooDeep()
    {
        QByteArray page = "<div class=\"ltx_page_main\">";
        for (int i = 0; i < FullTextLimits::MaxNesting + 10; ++i)
            page += "<i>";
        QCOMPARE(LatexmlTree::build(page).error(), LatexmlTree::Error::TooDeep);
    }

    void classWords()
    {
        const LatexmlTree tree =
            LatexmlTree::build("<div class=\"ltx_page_main\"><div class=\"ltx_authors\"><span class=\" "
                               "ltx_creator\n ltx_role_author "
                               "\">x</span></div></div>");
        const int creator = tree.node(tree.roots().first()).children.first();
        QVERIFY(tree.hasClass(creator, "ltx_creator"));
        QVERIFY(tree.hasClass(creator, "ltx_role_author"));
        QVERIFY(!tree.hasClass(creator, "ltx_role"));
        QVERIFY(!tree.hasClass(creator, "creator"));
        QCOMPARE(tree.findClass(tree.roots().first(), "ltx_role_author"), creator);
    }
};

QTEST_GUILESS_MAIN(TestLatexmlTree)
#include "tst_latexmltree.moc"
