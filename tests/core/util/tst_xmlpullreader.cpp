// XmlPullReader: the same tokens, names, namespaces, attributes and text as QXmlStreamReader on every feed
// we have, and an error (with its place) wherever QXmlStreamReader finds the document malformed.
#include "testsupport.h"
#include "util/xmlpullreader.h"
#include "xmltokens.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::ourTokens;
using DigestStudio::Test::qtTokens;

class TestXmlPullReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTokensAsQt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (const char *f : {"arxiv/api-three.xml", "arxiv/api-error-400.xml", "arxiv/api-empty.xml",
                              "arxiv/api-one-of-two.xml", "arxiv/listing-rss.xml", "arxiv/listing-atom.xml",
                              "arxiv/listing-holiday-empty.xml", "arxiv/listing-weekend-empty.xml"})
            QTest::newRow(f) << Test::fixture(QString::fromLatin1(f));
        for (const char *f : {"api-2016-id_list-1111.2011v2.xml", "api-2026-id_list-1605.08386.xml",
                              "rss-cs-weekend-empty.xml"})
            QTest::newRow(f) << Test::fixture(QStringLiteral("arxiv/") + QString::fromLatin1(f));
        QTest::newRow("entities, CDATA, comments, character references") << QByteArray(
            "<?xml version='1.0' encoding='utf-8'?>\n<!-- a comment -->\n<a x='1 &amp; 2'>"
            "R&amp;D &lt;b&gt; &quot;q&quot; &apos;s&apos; caf&#233; &#x1F600;<![CDATA[<raw> & ]]>"
            "<?pi data?><!-- inner --><b title=\"t&#10;u\"/></a>\n");
        QTest::newRow("namespaces nest and rebind")
            << QByteArray("<f xmlns='urn:a' xmlns:p='urn:p'><p:e/><g xmlns='urn:b'><h/><p:i xmlns:p='urn:q'/>"
                          "</g><p:e/><j/></f>");
        QTest::newRow("no namespace")
            << QByteArray("<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
        QTest::newRow("CRLF line ends") << QByteArray("<a>\r\none\r\ntwo\r</a>");
        QTest::newRow("byte order mark and UTF-8")
            << QByteArray("\xEF\xBB\xBF<a>\xE6\x95\xB0\xE6\x8D\xAE</a>");
        // Found by fuzz-xmlpullreader: namespace URIs are attribute values, references and white space
        // included.
        QTest::newRow("namespace URI with a tab and a reference")
            << QByteArray("<a xmlns='urn:x\t&amp;y' xmlns:p='urn:&#x4E2D;'><p:b/></a>");
        // Found by fuzz-xmlpullreader: U+FEFF at the start of an attribute value or a text is text.
        QTest::newRow("U+FEFF starting an attribute and a text")
            << QByteArray("<a href='\xEF\xBB\xBFx'>\xEF\xBB\xBFy<![CDATA[\xEF\xBB\xBFz]]></a>");
        QTest::newRow("two U+FEFF starting a namespace and a text (found by fuzz-xmlpullreader)")
            << QByteArray("<a xmlns='\xEF\xBB\xBF\xEF\xBB\xBFurn:x' href='\xEF\xBB\xBF\xEF\xBB\xBFh'>"
                          "\xEF\xBB\xBF\xEF\xBB\xBFy</a>");
        QTest::newRow("CR and CRLF inside CDATA (found by fuzz-xmlpullreader)")
            << QByteArray("<a><![CDATA[one\r\r\rtwo\r\nthree]]></a>");
        QTest::newRow("non-ASCII names and namespace") << QByteArray("<名 xmlns='urn:中'><子/></名>");
        QTest::newRow("empty attribute (found by fuzz-xmlpullreader)")
            << QByteArray("<a xmlns='urn:x'><link href='h' rel=\"\" type='t'/></a>");
        QTest::newRow("white space in tags") << QByteArray("<a  href = 'x' \n rel=\"y\" ><b\n/></a >");
        QTest::newRow("declaration and processing instructions")
            << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\" standalone='yes' ?>\n"
                          "<?xml-stylesheet href='s.css'?><a><?pi data?>x</a>");
        // Every attribute is compared, with its namespace: prefixed ones, xml:lang, the same local name
        // twice.
        QTest::newRow("namespaced attributes")
            << QByteArray("<a xmlns:x='urn:x' x:k='1' k='2' xml:lang='en'><x:b x:k='' k='&amp;'/></a>");
    }

    void sameTokensAsQt()
    {
        QFETCH(QByteArray, bytes);
        bool qtError = false;
        bool ourError = false;
        QString message;
        const QStringList expected = qtTokens(bytes, &qtError);
        const QStringList got = ourTokens(bytes, &ourError, &message);
        QVERIFY(!qtError);
        QVERIFY2(!ourError, qPrintable(message));
        QVERIFY(expected.size() >= 2);
        QCOMPARE(got, expected);
    }

    void malformedIsAnErrorWithAPlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray feed = Test::fixture(QStringLiteral("arxiv/api-three.xml"));
        QTest::newRow("truncated") << feed.left(feed.size() / 2)
                                   << QStringLiteral("premature end of document");
        QTest::newRow("mismatched tags")
            << QByteArray("<a>\n<b></c></a>")
            << QStringLiteral("line 2, column 4: opening and ending tag mismatch");
        QTest::newRow("undeclared prefix")
            << QByteArray("<a><x:b/></a>") << QStringLiteral("undeclared namespace prefix 'x'");
        QTest::newRow("unknown entity")
            << QByteArray("<a>&nbsp;</a>") << QStringLiteral("unknown entity &nbsp;");
        QTest::newRow("bad character reference")
            << QByteArray("<a>&#xD800;</a>") << QStringLiteral("invalid character reference");
        QTest::newRow("text after the root")
            << QByteArray("<a/>trailing") << QStringLiteral("text outside the document element");
        QTest::newRow("two roots") << QByteArray("<a/><b/>") << QStringLiteral("a second document element");
        QTest::newRow("unquoted attribute") << QByteArray("<a href=x/>") << QStringLiteral("without quotes");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("line 1, column 1: the document has no element");
        QTest::newRow("doctype") << QByteArray("<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>")
                                 << QStringLiteral("DOCTYPE");
        QTest::newRow("html") << QByteArray("<html><body><br></body></html>")
                              << QStringLiteral("tag mismatch");
        QTest::newRow("less-than in attribute")
            << QByteArray("<a t='<'/>") << QStringLiteral("'<' in an attribute");
        QTest::newRow("other encoding")
            << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?><a/>") << QStringLiteral("only UTF-8");
        // Character references follow XML 1.0's grammar exactly.
        QTest::newRow("character reference with a space")
            << QByteArray("<a>&# 65;</a>") << QStringLiteral("invalid character reference &# 65;");
        QTest::newRow("character reference with a sign")
            << QByteArray("<a>&#+66;</a>") << QStringLiteral("invalid character reference");
        QTest::newRow("hex reference with a second 0x")
            << QByteArray("<a>&#x0x43;</a>") << QStringLiteral("invalid character reference");
        QTest::newRow("reference to a control character")
            << QByteArray("<a>&#1;</a>") << QStringLiteral("invalid character reference &#1;");
        QTest::newRow("reference to U+FFFE")
            << QByteArray("<a>&#xFFFE;</a>") << QStringLiteral("invalid character reference");
        QTest::newRow("raw control character")
            << QByteArray("<a>x\x01y</a>")
            << QStringLiteral("line 1, column 5: invalid UTF-8 or a character");
        QTest::newRow("NUL in a tag") << QByteArray("<a\0/>", 6) << QStringLiteral("(byte 0x00)");
        QTest::newRow("invalid UTF-8 sequence")
            << QByteArray("<a>\n\xC3\x28</a>") << QStringLiteral("line 2, column 1: invalid UTF-8");
        QTest::newRow("overlong UTF-8 slash")
            << QByteArray("<a>\xC0\xAF</a>") << QStringLiteral("invalid UTF-8");
        QTest::newRow("UTF-8 surrogate")
            << QByteArray("<a>\xED\xA0\x80</a>") << QStringLiteral("invalid UTF-8");
        QTest::newRow("truncated UTF-8 at the end")
            << QByteArray("<a/>\xE4\xB8") << QStringLiteral("invalid UTF-8");
        QTest::newRow("CDATA end in text") << QByteArray("<a>x]]>y</a>") << QStringLiteral("']]>' in text");
    }

    void malformedIsAnErrorWithAPlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        bool ourError = false;
        QString got;
        ourTokens(bytes, &ourError, &got);
        QVERIFY(ourError);
        QVERIFY2(got.contains(message), qPrintable(got));
    }

    // What QXmlStreamReader refuses, XmlPullReader refuses too, read as the feed parsers read (tokens only,
    // attribute values never decoded): fuzz-xmlpullreader checks this on every input it makes.
    void refusesWhatQtRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("reference to a surrogate in an attribute")
            << QByteArray("<a t='&#xD800;'/>")
            << QStringLiteral("line 1, column 7: invalid character reference");
        QTest::newRow("reference to a control character in an attribute")
            << QByteArray("<a><b t='&#1;'/></a>") << QStringLiteral("invalid character reference &#1;");
        QTest::newRow("unknown entity in an attribute")
            << QByteArray("<a><b t='x&nbsp;'/></a>") << QStringLiteral("unknown entity &nbsp;");
        QTest::newRow("reference without ';' in an attribute")
            << QByteArray("<a t='&amp'/>") << QStringLiteral("has no ';'");
        QTest::newRow("XML version 1.8 (found by fuzz-xmlpullreader)")
            << QByteArray("<?xml version='1.8' encoding='UTF-8'?><a/>") << QStringLiteral("XML version 1.8");
        QTest::newRow("U+FEFF as an element name (found by fuzz-xmlpullreader)")
            << QByteArray("<\xEF\xBB\xBF/>") << QStringLiteral("line 1, column 2: an invalid element name");
        QTest::newRow("a character past U+FFFF in a name")
            << QByteArray("<a\xF0\xA0\x80\x80/>") << QStringLiteral("an invalid element name");
        QTest::newRow("XML declaration inside the document")
            << QByteArray("<a><?xml version='1.0'?></a>") << QStringLiteral("not at the start");
        QTest::newRow("XML declaration in capitals")
            << QByteArray("<?XML version='1.0'?><a/>") << QStringLiteral("not at the start");
        QTest::newRow("XML declaration without a version")
            << QByteArray("<?xml encoding='UTF-8'?><a/>") << QStringLiteral("malformed XML declaration");
        QTest::newRow("processing instruction target with a colon")
            << QByteArray("<a><?p:q x?></a>") << QStringLiteral("without a valid target");
        QTest::newRow("two colons in a name")
            << QByteArray("<a:b:c xmlns:a='urn:a'/>") << QStringLiteral("an invalid element name");
        QTest::newRow("a prefix undeclared")
            << QByteArray("<a xmlns:p=''/>") << QStringLiteral("an illegal namespace declaration");
        QTest::newRow("xml bound elsewhere")
            << QByteArray("<a xmlns:xml='urn:x'/>") << QStringLiteral("an illegal namespace declaration");
        QTest::newRow("the xmlns prefix declared")
            << QByteArray("<a xmlns:xmlns='urn:x'/>") << QStringLiteral("an illegal namespace declaration");
        QTest::newRow("an attribute twice") << QByteArray("<a t='1' t='2'/>")
                                            << QStringLiteral("line 1, column 10: an attribute given twice");
        QTest::newRow("one attribute through two prefixes")
            << QByteArray("<a xmlns:p='urn:u' xmlns:q='urn:u' p:t='1' q:t='2'/>")
            << QStringLiteral("an attribute given twice");
        QTest::newRow("bad reference in a namespace declaration")
            << QByteArray("<a xmlns='urn:&#0;'/>") << QStringLiteral("invalid character reference &#0;");
    }

    void refusesWhatQtRefuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        bool qtError = false;
        qtTokens(bytes, &qtError);
        QVERIFY2(qtError, "the row is a document QXmlStreamReader refuses");
        XmlPullReader r(bytes);
        while (!r.atEnd())
            r.readNext();
        QVERIFY(r.hasError());
        const QString got = QStringLiteral("line %1, column %2: %3")
                                .arg(r.lineNumber())
                                .arg(r.columnNumber())
                                .arg(r.errorString());
        QVERIFY2(got.contains(message), qPrintable(got));
    }

    // 1,000,000 namespace declarations, each prefix used by an attribute: resolving used to scan every
    // declaration (10^12 steps, past the test's time limit); it is a lookup now.
    void manyNamespaceDeclarationsResolveInLinearTime()
    {
        const int n = 1000000;
        QByteArray doc("<r");
        doc.reserve(n * 40);
        for (int i = 0; i < n; ++i)
            doc += " xmlns:p" + QByteArray::number(i) + "='u" + QByteArray::number(i) + "'";
        for (int i = 0; i < n; ++i)
            doc += " p" + QByteArray::number(i) + ":a='1'";
        doc += "><p7:c/><d xmlns:p7='inner'><p7:c/></d><p7:c/></r>";
        XmlPullReader r(doc);
        QVERIFY(r.readNextStartElement());
        QVERIFY(r.readNextStartElement());
        QCOMPARE(QString(r.namespaceUri()), QStringLiteral("u7"));
        r.skipCurrentElement();
        QVERIFY(r.readNextStartElement()); // <d>
        QVERIFY(r.readNextStartElement());
        QCOMPARE(QString(r.namespaceUri()), QStringLiteral("inner"));
        r.skipCurrentElement();
        QVERIFY(!r.readNextStartElement()); // </d>: its binding of p7 goes out of scope
        QVERIFY(r.readNextStartElement());
        QCOMPARE(QString(r.namespaceUri()), QStringLiteral("u7"));
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    }

    void readElementTextAndSkipping()
    {
        XmlPullReader r("<f><t>a<i>b</i>c</t><s><x/><y>z</y></s><e/><u>after</u></f>");
        QVERIFY(r.readNextStartElement());
        QCOMPARE(QString(r.name()), QStringLiteral("f"));
        QVERIFY(r.readNextStartElement());
        QCOMPARE(r.readElementText(), QStringLiteral("abc"));
        QVERIFY(r.readNextStartElement());
        QCOMPARE(QString(r.name()), QStringLiteral("s"));
        r.skipCurrentElement();
        QVERIFY(r.readNextStartElement());
        QCOMPARE(r.readElementText(), QString()); // self-closing
        QVERIFY(r.readNextStartElement());
        QCOMPARE(r.readElementText(), QStringLiteral("after"));
        QVERIFY(!r.readNextStartElement()); // </f>
        QVERIFY(!r.hasError());
        r.readNext();
        QCOMPARE(r.tokenType(), XmlPullReader::Token::EndDocument);
    }
};

QTEST_GUILESS_MAIN(TestXmlPullReader)
#include "tst_xmlpullreader.moc"
