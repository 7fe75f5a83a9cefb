// HtmlTokenizer: HTML5 tag soup split into tags and text the way a browser reads it, in one bounded pass.
#include "fulltext/fulltextlimits.h"
#include "fulltext/htmltokenizer.h"

#include <QtTest>

using namespace DigestStudio;

namespace {

// The tokens as a readable line: `<a href=x>`, `</a>`, `"text"`.
QString tokens(const QByteArray &html)
{
    HtmlTokenizer t(html);
    QStringList out;
    for (HtmlTokenizer::Token k = t.next(); k != HtmlTokenizer::Token::End; k = t.next()) {
        if (k == HtmlTokenizer::Token::Text) {
            out.append(QLatin1Char('"') + t.text() + QLatin1Char('"'));
        } else if (k == HtmlTokenizer::Token::EndTag) {
            out.append(QStringLiteral("</") + QString::fromLatin1(t.name()) + QLatin1Char('>'));
        } else {
            QString tag = QLatin1Char('<') + QString::fromLatin1(t.name());
            for (const char *name : {"class", "src", "alttext"}) {
                if (t.hasAttribute(name))
                    tag += QLatin1Char(' ') + QLatin1String(name) + QLatin1Char('=') + t.attribute(name);
            }
            out.append(tag + (t.isSelfClosing() ? QStringLiteral("/>") : QStringLiteral(">")));
        }
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestHtmlTokenizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soup_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("<p class=\"a b\">Hi</p>")
                               << QStringLiteral("<p class=a b> \"Hi\" </p>");
        QTest::newRow("upper case, unquoted, single quotes")
            << QByteArray("<SPAN CLASS=ltx_text Src='x.png'>A</SPAN>")
            << QStringLiteral("<span class=ltx_text src=x.png> \"A\" </span>");
        QTest::newRow("void and self-closing")
            << QByteArray("a<br class=\"ltx_break\"/>b<br>c")
            << QStringLiteral("\"a\" <br class=ltx_break/> \"b\" <br> \"c\"");
        QTest::newRow("references") << QByteArray("&amp;&lt;&eacute;&#233;&#xE9;&#x1F600;&bogus;&amp")
                                    << QStringLiteral("\"&<ééé\U0001F600&bogus;&amp\"");
        QTest::newRow("reference in an attribute")
            << QByteArray("<math alttext=\"a&lt;b\">") << QStringLiteral("<math alttext=a<b>");
        QTest::newRow("out of range and NUL references")
            << QByteArray("&#0;&#x110000;&#xD800;") << QStringLiteral("\"\uFFFD\uFFFD\uFFFD\"");
        QTest::newRow("stray less-than")
            << QByteArray("3 < 4 <5") << QStringLiteral("\"3 \" \"< 4 \" \"<5\"");
        QTest::newRow("comment and doctype skipped")
            << QByteArray("<!DOCTYPE html><!-- <p>not</p> -->x<?php y ?>") << QStringLiteral("\"x\"");
        QTest::newRow("script is raw text") << QByteArray("<script>if (a<b) x='</p>';</SCRIPT >y")
                                            << QStringLiteral("<script> </script> \"y\"");
        QTest::newRow("style is raw text")
            << QByteArray("<style>p>a{}</style>z") << QStringLiteral("<style> </style> \"z\"");
        QTest::newRow("bogus end tags") << QByteArray("a</>b</ 3>c") << QStringLiteral("\"a\" \"b\" \"c\"");
        QTest::newRow("unclosed comment runs to the end")
            << QByteArray("a<!-- b <p>") << QStringLiteral("\"a\"");
        QTest::newRow("unclosed quote runs to the end")
            << QByteArray("<img src=\"a.png>text") << QStringLiteral("<img src=a.png>text>");
        QTest::newRow("UTF-8 text") << QByteArray("Zürich 北京") << QStringLiteral("\"Zürich 北京\"");
        QTest::newRow("unclosed script") << QByteArray("<script>var a") << QStringLiteral("<script>");
    }

    void soup()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, expected);
        QCOMPARE(tokens(html), expected);
    }

    // Attributes past the cap are read past; the first ones are kept, the next tag is read.
    void attributeCap()
    {
        QByteArray tag = "<span";
        for (int i = 0; i < 5 * FullTextLimits::MaxAttributes; ++i)
            tag += " a" + QByteArray::number(i) + "=\"v" + QByteArray::number(i) + '"';
        tag += " class=late><b>x</b>";
        HtmlTokenizer t(tag);
        QCOMPARE(t.next(), HtmlTokenizer::Token::StartTag);
        QCOMPARE(t.attribute("a0"), QStringLiteral("v0"));
        QVERIFY(!t.hasAttribute("class"));
        QCOMPARE(t.next(), HtmlTokenizer::Token::StartTag);
        QCOMPARE(t.name(), QByteArray("b"));
    }

    // Every byte sequence ends: no token repeats in place.
    void alwaysAdvances()
    {
        const QByteArray inputs[] = {"<", "</", "<!",  "<!-",     "<a",       "<a b", "<a b=", "<a b='",
                                     "&", "&#", "&#x", "<script", "<script>", "<a/",  "<a / >"};
        for (const QByteArray &input : inputs) {
            HtmlTokenizer t(input);
            int count = 0;
            while (t.next() != HtmlTokenizer::Token::End)
                QVERIFY2(++count <= input.size(), input.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlTokenizer)
#include "tst_htmltokenizer.moc"
