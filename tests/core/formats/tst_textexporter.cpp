#include "formatgolden.h"
#include "formats/digestimporter.h"
#include "formats/posttext.h"
#include "formats/textexporter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

Q_DECLARE_METATYPE(DigestStudio::Digest)
Q_DECLARE_METATYPE(DigestStudio::ExportOptions)

namespace {

Digest imported(const QByteArray &bytes)
{
    const DigestImporter::Result r = DigestImporter::parse(bytes);
    if (!r.ok)
        qWarning("%s", qPrintable(r.errorMessage()));
    return r.digest;
}

// A digest written in code: no attribution, an entry without affiliations or abstract, a tag outside the
// legend.
Digest handWritten()
{
    Digest d;
    d.setLegend(QStringLiteral("LG - 机器学习   CV - 计算机视觉"));
    d.setSummaryLabel(QStringLiteral("摘要\uFF1A"));
    d.setFooter(QStringLiteral("欢迎转发"));
    DigestEntry a;
    a.setArxivId(QStringLiteral("2401.00001"));
    a.setTag(QStringLiteral("LG"));
    a.setTitle(QStringLiteral("Scaling Laws for Sparse Models"));
    a.setAuthorsLine(QStringLiteral("A Author, B Author"));
    a.setAffiliations(QStringLiteral("MIT & CMU"));
    a.setZhTitle(QStringLiteral("稀疏模型的缩放定律:一项实证研究"));
    a.setZhSummary(QStringLiteral("本文研究了稀疏模型。"));
    a.setAbstract(QStringLiteral("We study sparse models."));
    a.setLink(QStringLiteral("https://arxiv.org/abs/2401.00001"));
    DigestEntry b;
    b.setArxivId(QStringLiteral("quant-ph/0101001"));
    b.setTag(QStringLiteral("QP"));
    b.setTitle(QStringLiteral("Quantum Walks"));
    b.setAuthorsLine(QStringLiteral("C Author"));
    b.setZhTitle(QStringLiteral("量子行走?"));
    b.setZhShortTitle(QStringLiteral("量子行走综述"));
    b.setZhSummary(QStringLiteral("一篇综述。"));
    b.setLink(QStringLiteral("https://arxiv.org/abs/quant-ph/0101001"));
    d.entries() = {a, b};
    return d;
}

} // namespace

class TestTextExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<Digest>("digest");
        QTest::addColumn<ExportOptions>("options");
        QTest::addColumn<QString>("golden");
        const Digest sample = imported(Test::fixture(QStringLiteral("published/digest-sample.txt")));
        ExportOptions noSeparators;
        noSeparators.separatorLines = false;
        ExportOptions usedTags;
        usedTags.legendMode = ExportOptions::LegendMode::UsedTags;
        QTest::newRow("sample") << sample << ExportOptions() << QStringLiteral("formats/sample.txt");
        QTest::newRow("sample without separator lines")
            << sample << noSeparators << QStringLiteral("formats/sample.noseparators.txt");
        QTest::newRow("sample, legend of the used tags")
            << sample << usedTags << QStringLiteral("formats/sample.usedtags.txt");
        QTest::newRow("old-style ids, tags outside the legend, legend of the used tags")
            << imported(Test::fixture(QStringLiteral("formats/variant-old-ids.txt"))) << usedTags
            << QStringLiteral("formats/variant-old-ids.usedtags.txt");
        QTest::newRow("hand-written: no attribution, no affiliations, stored short title")
            << handWritten() << ExportOptions() << QStringLiteral("formats/handwritten.txt");
    }

    void golden()
    {
        QFETCH(Digest, digest);
        QFETCH(ExportOptions, options);
        QFETCH(QString, golden);
        QVERIFY(digest.entryCount() > 0);
        const ExportResult result = TextExporter().render(digest, options);
        QVERIFY(Test::compareGolden(result.text, golden));
        QVERIFY(result.warnings.isEmpty());
    }

    void separatorLinesHoldANoBreakSpace()
    {
        const QString text = TextExporter().render(handWritten(), ExportOptions()).text;
        QVERIFY(text.contains(QStringLiteral("\n\n\u00A0\n\n2\u3001[QP] Quantum Walks\n")));
        ExportOptions off;
        off.separatorLines = false;
        QVERIFY(!TextExporter().render(handWritten(), off).text.contains(QChar(0x00A0)));
    }

    void parts_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("expected");
        const Digest d = handWritten();
        QTest::newRow("title line") << TextExporter::titleLine(d.entries().at(0), 1)
                                    << QStringLiteral("1\u3001[LG] Scaling Laws for Sparse Models");
        QTest::newRow("affiliations line")
            << TextExporter::affiliationsLine(d.entries().at(0)) << QStringLiteral("[MIT & CMU]");
        QTest::newRow("no affiliations, no line")
            << TextExporter::affiliationsLine(d.entries().at(1)) << QString();
        QTest::newRow("Chinese paragraph joins with 。")
            << TextExporter::chineseParagraph(d.entries().at(0))
            << QStringLiteral("稀疏模型的缩放定律:一项实证研究。本文研究了稀疏模型。");
        QTest::newRow("title ending in ? takes no 。")
            << TextExporter::chineseParagraph(d.entries().at(1)) << QStringLiteral("量子行走?一篇综述。");
        QTest::newRow("summary line with stored and default short titles")
            << TextExporter::summaryLine(d) << QStringLiteral("摘要\uFF1A稀疏模型的缩放定律、量子行走综述");
        // Regression: entries with no short title yet left the line ending in "、".
        QTest::newRow("summary line with entries that have no short title yet") << [] {
            Digest untitled = handWritten();
            untitled.entries().insert(0, DigestEntry());
            untitled.entries().append(DigestEntry());
            return TextExporter::summaryLine(untitled);
        }() << QStringLiteral("摘要\uFF1A稀疏模型的缩放定律、量子行走综述");
        // An entry with a Chinese summary but no title yet: no line, which could not say whose short titles
        // it lists (a reader would take that summary for a title). Found by fuzz-digestimporter.
        QTest::newRow("no summary line while an entry with Chinese text has no title") << [] {
            Digest halfway = handWritten();
            DigestEntry summaryOnly;
            summaryOnly.setZhSummary(QStringLiteral("本文研究了稀疏模型。"));
            halfway.entries().append(summaryOnly);
            return TextExporter::summaryLine(halfway);
        }() << QString();
        QTest::newRow("used tags legend, tags outside the table by code") << [] {
            ExportOptions o;
            o.legendMode = ExportOptions::LegendMode::UsedTags;
            return TextExporter::legend(handWritten(), o);
        }() << QStringLiteral("LG - 机器学习   QP");
    }

    void parts()
    {
        QFETCH(QString, part);
        QFETCH(QString, expected);
        QCOMPARE(part, expected);
    }

    void emptyDigestHasHeaderAndFooterOnly()
    {
        Digest d;
        d.setAttribution(QStringLiteral("转自爱可可爱生活"));
        d.setFooter(QStringLiteral("页脚"));
        QCOMPARE(TextExporter().render(d, ExportOptions()).text,
                 QStringLiteral("转自爱可可爱生活\n\n\u00A0\n\n页脚\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextExporter)
#include "tst_textexporter.moc"
