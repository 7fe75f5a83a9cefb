// LatexmlAuthors: the author block's shapes LaTeXML writes, each as a small hand-written block (the papers
// made by LaTeXML itself are read in core-latexmlreader).
#include "fulltext/latexmlauthors.h"

#include <QtTest>

using namespace DigestStudio;

namespace {

LatexmlAuthors::Result readBlock(const QByteArray &creators, const QByteArray &before = QByteArray())
{
    const LatexmlTree tree = LatexmlTree::build("<div class=\"ltx_page_main\">" + before +
                                                "<div class=\"ltx_authors\">" + creators + "</div></div>");
    int block = -1;
    QVector<int> institutes;
    for (int root : tree.roots()) {
        if (tree.hasClass(root, "ltx_authors"))
            block = root;
        else
            institutes.append(root);
    }
    return LatexmlAuthors::read(tree, block, institutes);
}

QByteArray creator(const QByteArray &personname, const QByteArray &notes = QByteArray())
{
    return "<span class=\"ltx_creator ltx_role_author\"><span class=\"ltx_personname\">" + personname +
           "</span>" +
           (notes.isEmpty() ? QByteArray() : "<span class=\"ltx_author_notes\">" + notes + "</span>") +
           "</span>";
}

QString describe(const LatexmlAuthors::Result &result)
{
    QStringList out;
    for (const FullText::Author &author : result.authors)
        out.append(author.name + QLatin1String(" [") + author.affiliations.join(QLatin1String(" | ")) +
                   QLatin1Char(']'));
    if (!result.otherAffiliations.isEmpty())
        out.append(QLatin1String("other [") + result.otherAffiliations.join(QLatin1String(" | ")) +
                   QLatin1Char(']'));
    return out.join(QLatin1String("; ")).replace(QLatin1Char('\n'), QLatin1Char('/'));
}

} // namespace

class TestLatexmlAuthors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<QString>("expected");
        QTest::newRow("contact, e-mail dropped")
            << creator("Ann Lee", "<span class=\"ltx_contact ltx_role_affiliation\">Kyoto University</span>"
                                  "<span class=\"ltx_contact ltx_role_email\">a@k.jp</span>")
            << QStringLiteral("Ann Lee [Kyoto University]");
        QTest::newRow("address lines after the name")
            << creator(
                   "Ann Lee<br class=\"ltx_break\">Dept. of Physics<br class=\"ltx_break\">Kyoto University"
                   "<br class=\"ltx_break\"><span class=\"ltx_text ltx_font_typewriter\">a@k.jp</span>")
            << QStringLiteral("Ann Lee [Dept. of Physics/Kyoto University]");
        QTest::newRow("several names share one block")
            << creator("Ann Lee, Bo Chen and Carla Diaz<br class=\"ltx_break\">Kyoto University")
            << QStringLiteral(
                   "Ann Lee [Kyoto University]; Bo Chen [Kyoto University]; Carla Diaz [Kyoto University]");
        QTest::newRow("marks as math")
            << creator("Ann Lee<math alttext=\"{}^{1}\"></math>, Bo Chen<math alttext=\"{}^{1,2}\"></math>"
                       "<br class=\"ltx_break\"><math alttext=\"{}^{1}\"></math>Kyoto University"
                       "<br class=\"ltx_break\"><math alttext=\"^{2}\"></math>Google Research")
            << QStringLiteral("Ann Lee [Kyoto University]; Bo Chen [Kyoto University | Google Research]");
        QTest::newRow("marks as sup, symbols, two on a line")
            << creator(
                   "Ann Lee<sup>†</sup> &amp; Bo Chen<sup>‡</sup><br class=\"ltx_break\"><sup>†</sup>Kyoto "
                   "University, <sup>‡</sup>Google Research")
            << QStringLiteral("Ann Lee [Kyoto University]; Bo Chen [Google Research]");
        QTest::newRow("a continuation line after a mark")
            << creator(
                   "Ann Lee<math alttext=\"{}^{a}\"></math><br class=\"ltx_break\"><math alttext=\"{}^{a}\">"
                   "</math>Department of Physics<br class=\"ltx_break\">Kyoto University")
            << QStringLiteral("Ann Lee [Department of Physics/Kyoto University]");
        QTest::newRow("marks defined in a later block")
            << creator("Ann Lee<math alttext=\"{}^{1}\"></math>") +
                   creator("<math alttext=\"{}^{1}\"></math>Kyoto University")
            << QStringLiteral("Ann Lee [Kyoto University]");
        QTest::newRow("a corresponding-author mark is no affiliation")
            << creator(
                   "Ann Lee<math alttext=\"{}^{1*}\"></math><br class=\"ltx_break\"><math alttext=\"{}^{1}\">"
                   "</math>Kyoto University<br class=\"ltx_break\"><math "
                   "alttext=\"{}^{*}\"></math>Corresponding "
                   "author")
            << QStringLiteral("Ann Lee [Kyoto University]");
        QTest::newRow("\\And undefined: the next person")
            << creator(
                   "Ann Lee<br class=\"ltx_break\">Kyoto University<span class=\"ltx_ERROR undefined\">\\And"
                   "</span>Bo Chen<br class=\"ltx_break\">Meta AI")
            << QStringLiteral("Ann Lee [Kyoto University]; Bo Chen [Meta AI]");
        QTest::newRow("other undefined macros left out")
            << creator("Ann Lee<span class=\"ltx_ERROR undefined\">\\orcidlink</span>")
            << QStringLiteral("Ann Lee []");
        QTest::newRow("thanks run together, notes dropped")
            << creator("Ann Lee", "Equal contribution.Kyoto University, Kyoto, Japan. Email: a@k.jp")
            << QStringLiteral("Ann Lee [Kyoto University, Kyoto, Japan]");
        QTest::newRow("thanks as a note element")
            << creator("Ann Lee",
                       "<span class=\"ltx_note ltx_role_thanks\"><sup class=\"ltx_note_mark\">1</sup>"
                       "<span class=\"ltx_note_content\"><sup class=\"ltx_note_mark\">1</sup><span "
                       "class=\"ltx_note_type\">thanks: </span>Meta AI, Paris</span></span>")
            << QStringLiteral("Ann Lee [Meta AI, Paris]");
        QTest::newRow("a footnote in the name is left out")
            << creator(
                   "Ann Lee<span class=\"ltx_note ltx_role_footnote\"><span class=\"ltx_note_content\">Work "
                   "done at Google</span></span>")
            << QStringLiteral("Ann Lee []");
        QTest::newRow("acmart's parts")
            << creator("Li Na",
                       "<span class=\"ltx_contact ltx_role_affiliation\"><span class=\"ltx_text "
                       "ltx_affiliation_institution\">Peking University</span><span class=\"ltx_text "
                       "ltx_affiliation_city\">Beijing</span></span>")
            << QStringLiteral("Li Na [Peking University, Beijing]");
        QTest::newRow("a thanks of a block of two is nobody's")
            << creator("Ann Lee and Bo Chen", "Kyoto University")
            << QStringLiteral("Ann Lee []; Bo Chen []; other [Kyoto University]");
    }

    void blocks()
    {
        QFETCH(QByteArray, block);
        QFETCH(QString, expected);
        QCOMPARE(describe(readBlock(block)), expected);
    }

    void llncsInstitutes()
    {
        const QByteArray notes =
            "<span class=\"ltx_note ltx_role_institutetext\"><sup class=\"ltx_note_mark\">1</sup><span "
            "class=\"ltx_note_outer\"><span class=\"ltx_note_content\"><sup "
            "class=\"ltx_note_mark\">1</sup><span "
            "class=\"ltx_note_type\">institutetext: </span>Kyoto University</span></span></span>"
            "<span class=\"ltx_note ltx_role_institutetext\"><span class=\"ltx_note_content\">Meta "
            "AI</span></span>";
        QCOMPARE(describe(readBlock(creator("Ann Lee", "1,21,2") + creator("Bo Chen", "22"), notes)),
                 QStringLiteral("Ann Lee [Kyoto University | Meta AI]; Bo Chen [Meta AI]"));
        QCOMPARE(describe(readBlock(creator("Ann Lee") + creator("Bo Chen"),
                                    notes.left(notes.indexOf("</span></span></span>") + 21))),
                 QStringLiteral("Ann Lee [Kyoto University]; Bo Chen [Kyoto University]"));
        QCOMPARE(describe(readBlock(creator("Ann Lee"), notes)),
                 QStringLiteral("Ann Lee []; other [Kyoto University | Meta AI]"));
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("run together")
            << QStringLiteral("Equal contribution.MIT CSAIL, Cambridge")
            << QStringList{QStringLiteral("Equal contribution"), QStringLiteral("MIT CSAIL, Cambridge")};
        QTest::newRow("abbreviations") << QStringLiteral("Dept. of Physics, Univ. Tokyo. J. Smith is here.")
                                       << QStringList{QStringLiteral("Dept. of Physics, Univ. Tokyo"),
                                                      QStringLiteral("J. Smith is here")};
        QTest::newRow("one") << QStringLiteral("Kyoto University")
                             << QStringList{QStringLiteral("Kyoto University")};
        QTest::newRow("empty") << QString() << QStringList();
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(LatexmlAuthors::sentences(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestLatexmlAuthors)
#include "tst_latexmlauthors.moc"
