// TexAccents: TeX's accents and special letters in names and affiliations, as arXiv's metadata may carry
// them, become Unicode letters; everything else stays as written. Expected values written by hand from the
// LaTeX manual's table of accents and special letters (each precomposed letter checked against its Unicode
// name).
#include "text/texaccents.h"

#include <QtTest>

using namespace DigestStudio;

class TestTexAccents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QString>("tex");
        QTest::addColumn<QString>("expected");
        QTest::newRow("umlaut") << QStringLiteral("T\\\"ubingen") << QStringLiteral("Tübingen");
        QTest::newRow("umlaut in braces") << QStringLiteral("T{\\\"u}bingen") << QStringLiteral("Tübingen");
        QTest::newRow("umlaut, letter braced")
            << QStringLiteral("T\\\"{u}bingen") << QStringLiteral("Tübingen");
        QTest::newRow("acute capital")
            << QStringLiteral("{\\'E}cole Polytechnique") << QStringLiteral("École Polytechnique");
        QTest::newRow("grave") << QStringLiteral("Universit\\`a di Pisa")
                               << QStringLiteral("Università di Pisa");
        QTest::newRow("circumflex") << QStringLiteral("H\\^opital") << QStringLiteral("Hôpital");
        QTest::newRow("tilde") << QStringLiteral("Espa\\~na") << QStringLiteral("España");
        QTest::newRow("caron, braced") << QStringLiteral("\\v{C}apek") << QStringLiteral("Čapek");
        QTest::newRow("caron, spaced") << QStringLiteral("\\v C\\v{s}") << QStringLiteral("Čš");
        QTest::newRow("cedilla") << QStringLiteral("Fran\\c{c}ois") << QStringLiteral("François");
        QTest::newRow("ogonek") << QStringLiteral("Gda\\'nsk \\k{a}") << QStringLiteral("Gdańsk ą");
        QTest::newRow("double acute") << QStringLiteral("Erd\\H{o}s") << QStringLiteral("Erdős");
        QTest::newRow("cedilla on s, breve")
            << QStringLiteral("Bra\\c{s}ov \\u{a}") << QStringLiteral("Braşov ă");
        QTest::newRow("ring") << QStringLiteral("\\r{A}ngstr\\\"om") << QStringLiteral("Ångström");
        QTest::newRow("dotless i with acute")
            << QStringLiteral("Mart\\'{\\i}n, Mart\\'\\i n") << QStringLiteral("Martín, Martín");
        QTest::newRow("eszett") << QStringLiteral("Stra\\ss e, Gro{\\ss}") << QStringLiteral("Straße, Groß");
        QTest::newRow("slashed o, spaced")
            << QStringLiteral("S\\o ren, \\O stergaard") << QStringLiteral("Søren, Østergaard");
        QTest::newRow("l with stroke")
            << QStringLiteral("\\L\\'od\\'z, Wroc\\l aw") << QStringLiteral("Łódź, Wrocław");
        QTest::newRow("ligatures") << QStringLiteral("\\AE r\\o, C\\oe ur") << QStringLiteral("Ærø, Cœur");
        QTest::newRow("ampersand") << QStringLiteral("Texas A\\&M University")
                                   << QStringLiteral("Texas A&M University");
        QTest::newRow("plain braces stay") << QStringLiteral("{ETH} Z\\\"urich \\textbf{\\\"u}")
                                           << QStringLiteral("{ETH} Zürich \\textbf{ü}");
        QTest::newRow("no backslash: as it is")
            << QStringLiteral("Tsinghua {University}") << QStringLiteral("Tsinghua {University}");
        QTest::newRow("math and other commands stay") << QStringLiteral("$\\alpha$ \\url{x} \\textbf{y}")
                                                      << QStringLiteral("$\\alpha$ \\url{x} \\textbf{y}");
        QTest::newRow("accent on nothing stays")
            << QStringLiteral("a\\'{} b\\\" 3 \\") << QStringLiteral("a\\'{} b\\\" 3 \\");
        QTest::newRow("Chinese untouched")
            << QStringLiteral("清华大学 T\\\"ubingen") << QStringLiteral("清华大学 Tübingen");
    }

    void decode()
    {
        QFETCH(QString, tex);
        QFETCH(QString, expected);
        QCOMPARE(TexAccents::decode(tex), expected.normalized(QString::NormalizationForm_C));
    }

    // The result is precomposed (NFC): one letter, as a search or a comparison with typed text needs.
    void precomposed()
    {
        const QString u = TexAccents::decode(QStringLiteral("\\\"u"));
        QCOMPARE(u.size(), 1);
        QCOMPARE(u.at(0).unicode(), ushort(0x00FC));
    }
};

QTEST_GUILESS_MAIN(TestTexAccents)
#include "tst_texaccents.moc"
