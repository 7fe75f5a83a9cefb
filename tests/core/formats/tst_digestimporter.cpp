#include "formats/digestimporter.h"
#include "formats/posttext.h"
#include "formats/textexporter.h"
#include "testsupport.h"

#include <QtTest>

using namespace DigestStudio;

class TestDigestImporter final : public QObject
{
    Q_OBJECT

private:
    static DigestImporter::Result importSample()
    {
        return DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt")));
    }

private Q_SLOTS:
    void sampleRoundTripsAfterNormalisation()
    {
        const QByteArray bytes = Test::fixture(QStringLiteral("published/digest-sample.txt"));
        QVERIFY(!bytes.isEmpty());
        const DigestImporter::Result r = DigestImporter::parse(bytes);
        QVERIFY2(r.ok, qPrintable(r.errorMessage()));
        const QString exported = TextExporter().render(r.digest, ExportOptions()).text;
        const QString expected = PostText::normalise(QString::fromUtf8(bytes));
        QCOMPARE(PostText::normalise(exported).toUtf8(), expected.toUtf8());
        // Without separator lines the normalised text is the same: they are only visible gaps.
        ExportOptions plain;
        plain.separatorLines = false;
        QCOMPARE(PostText::normalise(TextExporter().render(r.digest, plain).text), expected);
    }

    void sampleHeaderIsPlaced()
    {
        const DigestImporter::Result r = importSample();
        QVERIFY(r.ok);
        // The published legend has U+00A0 among its spaces: kept as it is.
        QCOMPARE(r.digest.legend(),
                 QStringLiteral("LG - 机器学习 \u00A0 CV - 计算机视觉 \u00A0 CL - 计算与语言 \u00A0 "
                                "AS - 音频与语音 RO - 机器人"));
        QCOMPARE(r.digest.attribution(), QStringLiteral("转自爱可可爱生活"));
        QCOMPARE(r.digest.summaryLabel(), QStringLiteral("摘要:"));
        QCOMPARE(r.digest.footer(), Digest::defaultFooter());
        QCOMPARE(r.digest.entryCount(), 9);
    }

    void sampleEntriesArePlaced_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        auto row = [](const char *name, int index, const char *field, const QString &value) {
            QTest::newRow(name) << index << QString::fromLatin1(field) << value;
        };
        row("tag", 3, "tag", QStringLiteral("CV"));
        row("english title with question mark", 0, "title",
            QStringLiteral(
                "How Much Data Are Augmentations Worth? An Investigation into Scaling Laws, Invariance, "
                "and Implicit Regularization"));
        row("authors with ellipsis", 0, "authors_line",
            QStringLiteral("J Geiping, M Goldblum, G Somepalli, R Shwartz-Ziv..."));
        row("initial keeps its dot", 6, "authors_line",
            QStringLiteral("T. K Rusch, B P. Chamberlain, M W. Mahoney, M M. Bronstein, S Mishra"));
        row("affiliations", 2, "affiliations", QStringLiteral("Stanford & MosaicML & Google Research"));
        row("note after the bracket", 3, "affiliations_note", QStringLiteral(" (2022)"));
        row("no note", 2, "affiliations_note", QString());
        row("title cut at the summary's question mark", 0, "zh_title",
            QStringLiteral("数据增强相当于增加了多少数据?对缩放率、不变性和隐式正则化的研究"));
        row("title ending in a question mark", 2, "zh_title",
            QStringLiteral("揭开彩票假说的面纱:中奖彩票的掩码编码了什么?"));
        row("title with ASCII colon and space", 5, "zh_title",
            QStringLiteral("KNN-Diffusion: 通过大规模检索生成图像"));
        row("short title differing from the default cut", 5, "zh_short_title",
            QStringLiteral("通过大规模检索生成图像"));
        row("short title equal to the default cut is not stored", 2, "zh_short_title", QString());
        row("summary starts after the title", 2, "zh_summary",
            QStringLiteral(
                "现代深度学习涉及到训练昂贵的、高度过参数化的网络,因此促使人们去寻找更稀疏的网络,这些网络仍然"
                "可以被训练到与完整网络相同的精度(即匹配网络)。")
                .left(20));
        row("link", 8, "link", QStringLiteral("https://arxiv.org/abs/2210.07182"));
        row("curly apostrophe kept", 8, "affiliations",
            QStringLiteral("NEC Labs Europe & University of Stuttgart & CSIRO\u2019s Data61"));
    }

    void sampleEntriesArePlaced()
    {
        QFETCH(int, index);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const DigestImporter::Result r = importSample();
        QVERIFY(r.ok);
        DigestEntry::Field f;
        QVERIFY(DigestEntry::fieldFromName(field, &f));
        const QString actual = r.digest.entries().at(index).field(f);
        if (QByteArray(QTest::currentDataTag()) == "summary starts after the title")
            QCOMPARE(actual.left(20), value);
        else
            QCOMPARE(actual, value);
    }

    void sampleIdsAndSummary()
    {
        const DigestImporter::Result r = importSample();
        QVERIFY(r.ok);
        QCOMPARE(r.digest.entries().at(0).arxivId(), QStringLiteral("2210.06441"));
        QCOMPARE(r.digest.entries().at(0).status(), DigestEntry::Status::Reviewed);
        QCOMPARE(r.digest.entries().at(7).effectiveShortTitle(),
                 QStringLiteral("语言引导的认知规划与视频预测"));
        QVERIFY(
            r.digest.summaryText().startsWith(QStringLiteral("数据增强相当于增加了多少数据、基于大步长SGD")));
    }

    void variantsImport_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("CRLF, BOM, full-width colon, 1. numbering, note, version in link")
            << QStringLiteral("formats/variant-crlf-bom.txt")
            << QStringLiteral("formats/variant-crlf-bom.expected.txt");
        QTest::newRow("no legend or affiliations, old-style ids, tags outside the legend, two-line footer")
            << QStringLiteral("formats/variant-old-ids.txt")
            << QStringLiteral("formats/variant-old-ids.expected.txt");
    }

    void variantsImport()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const DigestImporter::Result r = DigestImporter::parse(Test::fixture(input));
        QVERIFY2(r.ok, qPrintable(r.errorMessage()));
        const QString exported = TextExporter().render(r.digest, ExportOptions()).text;
        QCOMPARE(exported, QString::fromUtf8(Test::fixture(expected)));
    }

    void variantFields()
    {
        const DigestImporter::Result crlf =
            DigestImporter::parse(Test::fixture(QStringLiteral("formats/variant-crlf-bom.txt")));
        QVERIFY(crlf.ok);
        QCOMPARE(crlf.digest.summaryLabel(), QStringLiteral("摘要\uFF1A"));
        QCOMPARE(crlf.digest.attribution(), QString());
        QCOMPARE(crlf.digest.footer(), QString());
        QCOMPARE(crlf.digest.entries().at(1).arxivId(), QStringLiteral("2301.05678"));
        QCOMPARE(crlf.digest.entries().at(1).version(), 2);
        QCOMPARE(crlf.digest.entries().at(1).affiliationsNote(), QStringLiteral(" (ICLR 2023)"));
        QVERIFY(!crlf.digest.legend().contains(QLatin1Char('\r')));

        const DigestImporter::Result old =
            DigestImporter::parse(Test::fixture(QStringLiteral("formats/variant-old-ids.txt")));
        QVERIFY(old.ok);
        QCOMPARE(old.digest.legend(), QString());
        QCOMPARE(old.digest.entries().at(0).arxivId(), QStringLiteral("hep-th/9901001"));
        // ArxivId's canonical form, the same as a lookup gives; the link keeps its
        // text.
        QCOMPARE(old.digest.entries().at(1).arxivId(), QStringLiteral("math/0211159"));
        QVERIFY(old.digest.entries().at(1).link().contains(QStringLiteral("math.DG/0211159")));
        QCOMPARE(old.digest.entries().at(1).tag(), QStringLiteral("MATH"));
        QCOMPARE(old.digest.entries().at(0).affiliations(), QString());
        QCOMPARE(old.digest.entries().at(0).authorsLine(), QStringLiteral("J Polchinski"));
        QCOMPARE(old.digest.entries().at(1).zhTitle(), QStringLiteral("三维流形的几何化?Ricci流的熵公式"));
        QCOMPARE(old.digest.footer(), QStringLiteral("以上内容仅供学习交流\n\n欢迎转发"));
    }

    void utf16WithBomImports_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("UTF-16LE") << true;
        QTest::newRow("UTF-16BE") << false;
    }

    void utf16WithBomImports()
    {
        QFETCH(bool, littleEndian);
        const QString text = QString::fromUtf8(Test::fixture(QStringLiteral("published/digest-sample.txt")));
        QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
        for (const QChar c : text) {
            const char lo = static_cast<char>(c.unicode() & 0xFF);
            const char hi = static_cast<char>(c.unicode() >> 8);
            bytes.append(littleEndian ? lo : hi);
            bytes.append(littleEndian ? hi : lo);
        }
        const DigestImporter::Result r = DigestImporter::parse(bytes);
        QVERIFY2(r.ok, qPrintable(r.errorMessage()));
        QCOMPARE(r.digest, importSample().digest);
    }

    // A stray U+FEFF starting a line after the first (a CR, then a byte-order mark) is dropped like the
    // first one: kept, the export would start with it and read it back as a byte-order mark.
    void strayByteOrderMarksAreDropped()
    {
        const QByteArray post =
            QStringLiteral("\r\uFEFFLG - 机器学习\r\n\r\n1、[LG] A\uFEFF title\r\n\r\nX Y\r\n"
                           "甲。一\r\n\r\nhttps://arxiv.org/abs/2301.01234\r\n")
                .toUtf8();
        const DigestImporter::Result r = DigestImporter::parse(post);
        QVERIFY2(r.ok, qPrintable(r.errorMessage()));
        QCOMPARE(r.digest.legend(), QStringLiteral("LG - 机器学习"));
        QCOMPARE(r.digest.entries().constFirst().title(), QStringLiteral("A title"));
        const QString text = TextExporter().render(r.digest, ExportOptions()).text;
        QVERIFY(!text.contains(QChar(0xFEFF)));
    }

    void failuresNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expectedPart");
        QTest::newRow("not a digest") << Test::fixture(QStringLiteral("formats/not-a-digest.txt")) << 1
                                      << QStringLiteral("numbered entries");
        QTest::newRow("empty file") << QByteArray("\n \n") << 1 << QStringLiteral("file is empty");
        QTest::newRow("not UTF-8") << QByteArray("1、[LG] A\n\nB\n\xff\xfe broken\nhttps://arxiv.org/abs/1\n")
                                   << 4 << QStringLiteral("UTF-8");
        QTest::newRow("entry without link")
            << QStringLiteral("1、[LG] A title\n\nX Y\n中文。摘要\n\nAbstract.\n\n2、[CV] "
                              "B\n\nZ\nhttps://arxiv.org/abs/2\n")
                   .toUtf8()
            << 8 << QStringLiteral("link of entry 1");
        QTest::newRow("text after a link")
            << QStringLiteral("1、[LG] A\n\nX\nhttps://arxiv.org/abs/1\n\nstray words\n\n2、[CV] "
                              "B\n\nZ\nhttps://arxiv.org/abs/2\n")
                   .toUtf8()
            << 6 << QStringLiteral("next entry");
        QTest::newRow("text after the summary line")
            << QStringLiteral("摘要:甲、乙\n\nstray\n\n1、[LG] A\n\nX\n甲。一\nhttps://arxiv.org/abs/1\n")
                   .toUtf8()
            << 3 << QStringLiteral("first entry");
        QTest::newRow("too few short titles")
            << QStringLiteral("摘要:甲\n\n1、[LG] A\n\nX\n甲。一\n\nhttps://arxiv.org/abs/1\n\n2、[LG] "
                              "B\n\nY\n乙。二\n\n"
                              "https://arxiv.org/abs/2\n")
                   .toUtf8()
            << 1 << QStringLiteral("one short title per entry");
        QTest::newRow("control character (found by fuzz-digestimporter)")
            << QStringLiteral("1、[LG] A\n\nX\n量子行走?一").toUtf8() + QByteArray(3, '\0') +
                   QStringLiteral("篇综述。\n\nhttps://arxiv.org/abs/2401.00001\n").toUtf8()
            << 4 << QStringLiteral("without control characters (U+0000 found)");
        QTest::newRow("entry with a blank tag (found by fuzz-digestimporter)")
            << QStringLiteral(
                   "1、[LG] A\n\nX\n甲。一\nhttps://arxiv.org/abs/1\n\n2、[\u3000] B\n\nY\n乙。二\n"
                   "https://arxiv.org/abs/2\n\n3、[CV] C\n\nZ\n丙。三\nhttps://arxiv.org/abs/3\n")
                   .toUtf8()
            << 7 << QStringLiteral("next entry");
        QTest::newRow("larger than the largest post")
            << QByteArray(DigestImporter::MaxPostBytes + 1, 'x') << 1 << QStringLiteral("at most 8 MB");
        QTest::newRow("summary line too long to split")
            << (QStringLiteral("摘要:") + QStringLiteral("甲\u3001").repeated(39) + QStringLiteral("甲") +
                QStringLiteral(
                    "\n\n1、[LG] A\n\nX\n甲。一\n\nhttps://arxiv.org/abs/1\n\n2、[LG] B\n\nY\n乙。二\n\n"
                    "https://arxiv.org/abs/2\n"))
                   .toUtf8()
            << 1 << QStringLiteral("one short title per entry");
    }

    void failuresNameTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, expectedPart);
        const DigestImporter::Result r = DigestImporter::parse(bytes);
        QVERIFY(!r.ok);
        QCOMPARE(r.line, line);
        QVERIFY2(r.expected.contains(expectedPart), qPrintable(r.expected));
        QVERIFY(r.errorMessage().startsWith(QStringLiteral("line %1: expected ").arg(line)));
        // All or nothing: no half digest comes back.
        QCOMPARE(r.digest.entryCount(), 0);
    }

    void chineseParagraphSplitsRoundTrip_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("shortTitle");
        QTest::addColumn<QString>("title");
        QTest::newRow("period") << QStringLiteral("基于大步长SGD的稀疏特征学习。本文展示了。") << QString()
                                << QStringLiteral("基于大步长SGD的稀疏特征学习");
        QTest::newRow("question inside the title, no hint")
            << QStringLiteral("数据增强相当于增加了多少数据?对缩放率的研究。尽管数据增强有明显的性能优势。")
            << QString() << QStringLiteral("数据增强相当于增加了多少数据?对缩放率的研究");
        QTest::newRow("question ends the title")
            << QStringLiteral("揭开彩票假说的面纱:中奖彩票的掩码编码了什么?现代深度学习涉及到训练。")
            << QStringLiteral("揭开彩票假说的面纱")
            << QStringLiteral("揭开彩票假说的面纱:中奖彩票的掩码编码了什么?");
        QTest::newRow("no sentence end") << QStringLiteral("只有一句话") << QString() << QString();
        QTest::newRow("question then period")
            << QStringLiteral("什么?。其余") << QString() << QStringLiteral("什么?");
    }

    void chineseParagraphSplitsRoundTrip()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, shortTitle);
        QFETCH(QString, title);
        QString zhTitle;
        QString zhSummary;
        DigestImporter::splitChineseParagraph(paragraph, shortTitle, &zhTitle, &zhSummary);
        QCOMPARE(zhTitle, title);
        DigestEntry e;
        e.setZhTitle(zhTitle);
        e.setZhSummary(zhSummary);
        QCOMPARE(TextExporter::chineseParagraph(e), paragraph);
    }

    // Regression: 2,000 entries and a summary line of 200,000 pieces used to allocate (n+1)x(m+1)
    // tables (gigabytes) and run for minutes. Now the alignment is refused at once, with the line.
    void hugeSummaryLineIsRefusedInBoundedTime()
    {
        const int entries = 2000;
        QString post =
            QStringLiteral("摘要:") + QStringLiteral("甲\u3001").repeated(200000) + QStringLiteral("甲\n\n");
        for (int k = 1; k <= entries; ++k)
            post += QStringLiteral("%1、[LG] Title %1\n\nA B\n甲。一\n\nhttps://arxiv.org/abs/2401.%2\n\n")
                        .arg(k)
                        .arg(k, 5, 10, QLatin1Char('0'));
        QVERIFY(post.toUtf8().size() < DigestImporter::MaxPostBytes);
        const DigestImporter::Result r = DigestImporter::parseText(post);
        QVERIFY(!r.ok);
        QCOMPARE(r.line, 1);
        QVERIFY2(r.expected.contains(QStringLiteral("one short title per entry")), qPrintable(r.expected));
    }

    void manyEntriesStillAlign()
    {
        // 300 entries with one `、` inside every third short title: the banded table aligns them all.
        QString summary = QStringLiteral("摘要:");
        QString body;
        for (int k = 1; k <= 300; ++k) {
            const QString shortTitle =
                k % 3 == 0 ? QStringLiteral("甲%1\u3001乙").arg(k) : QStringLiteral("甲%1").arg(k);
            summary += (k > 1 ? QStringLiteral("\u3001") : QString()) + shortTitle;
            body +=
                QStringLiteral("%1、[LG] T\n\nA B\n%2:标题。摘要%1。\n\nhttps://arxiv.org/abs/2401.%3\n\n")
                    .arg(k)
                    .arg(shortTitle)
                    .arg(k, 5, 10, QLatin1Char('0'));
        }
        const DigestImporter::Result r = DigestImporter::parseText(summary + QStringLiteral("\n\n") + body);
        QVERIFY2(r.ok, qPrintable(r.errorMessage()));
        QCOMPARE(r.digest.entryCount(), 300);
        QCOMPARE(r.digest.entries().at(2).zhTitle(), QStringLiteral("甲3\u3001乙:标题"));
    }

    // The summary line leaves out entries without a short title; such a post still
    // imports, each short title with its own entry, and exports the same again. Also the older form with an
    // empty piece per untitled entry ("甲、、乙").
    void untitledEntriesReadBack_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::newRow("left out") << QStringLiteral("摘要:甲研究、乙研究");
        QTest::newRow("empty pieces, as older versions wrote") << QStringLiteral("摘要:甲研究、、乙研究、");
    }

    void untitledEntriesReadBack()
    {
        QFETCH(QString, summary);
        QString post = summary + QStringLiteral("\n\n");
        const QStringList paragraphs{QStringLiteral("甲研究:一种方法。我们提出甲。"), QString(),
                                     QStringLiteral("乙研究。我们研究乙。"), QString()};
        for (int k = 1; k <= paragraphs.size(); ++k) {
            post += QStringLiteral("%1、[LG] Title %1\n\nA B").arg(k);
            if (!paragraphs.at(k - 1).isEmpty())
                post += QLatin1Char('\n') + paragraphs.at(k - 1);
            post += QStringLiteral("\n\nhttps://arxiv.org/abs/2401.0000%1\n\n").arg(k);
        }
        const DigestImporter::Result r = DigestImporter::parseText(post);
        QVERIFY2(r.ok, qPrintable(r.errorMessage()));
        QCOMPARE(r.digest.entryCount(), 4);
        QCOMPARE(r.digest.entries().at(0).effectiveShortTitle(), QStringLiteral("甲研究"));
        QCOMPARE(r.digest.entries().at(1).effectiveShortTitle(), QString());
        QCOMPARE(r.digest.entries().at(2).effectiveShortTitle(), QStringLiteral("乙研究"));
        QCOMPARE(r.digest.entries().at(3).zhTitle(), QString());
        const QString exported = TextExporter().render(r.digest, ExportOptions()).text;
        QVERIFY2(exported.contains(QStringLiteral("摘要:甲研究、乙研究\n")), qPrintable(exported));
        const DigestImporter::Result again = DigestImporter::parseText(exported);
        QVERIFY2(again.ok, qPrintable(again.errorMessage()));
        QCOMPARE(TextExporter().render(again.digest, ExportOptions()).text, exported);
    }

    // DigestImporter::MaxAlignmentCells at its edge: 1,999 entries whose short titles are two pieces each
    // (3,998 pieces) make a table of 2,000 x 2,000 cells, exactly the limit: aligned. One piece more makes
    // 2,000 x 2,001: refused, naming the summary line.
    void alignmentTableAtItsLimit()
    {
        const int entries = 1999;
        const auto post = [entries](bool onePieceMore) -> QString {
            QString summary = QStringLiteral("摘要:");
            QString body;
            for (int k = 1; k <= entries; ++k) {
                QString shortTitle = QStringLiteral("甲%1\u3001乙").arg(k);
                if (onePieceMore && k == entries)
                    shortTitle += QStringLiteral("\u3001丙");
                summary += (k > 1 ? QStringLiteral("\u3001") : QString()) + shortTitle;
                body +=
                    QStringLiteral("%1、[LG] T\n\nA B\n%2:标题。摘要。\n\nhttps://arxiv.org/abs/2401.%3\n\n")
                        .arg(k)
                        .arg(shortTitle)
                        .arg(k, 5, 10, QLatin1Char('0'));
            }
            return summary + QStringLiteral("\n\n") + body;
        };
        QCOMPARE(DigestImporter::MaxAlignmentCells, qint64(2000) * 2000);
        const DigestImporter::Result atTheLimit = DigestImporter::parseText(post(false));
        QVERIFY2(atTheLimit.ok, qPrintable(atTheLimit.errorMessage()));
        QCOMPARE(atTheLimit.digest.entryCount(), entries);
        QCOMPARE(atTheLimit.digest.entries().last().effectiveShortTitle(), QStringLiteral("甲1999\u3001乙"));
        const DigestImporter::Result past = DigestImporter::parseText(post(true));
        QVERIFY(!past.ok);
        QCOMPARE(past.line, 1);
        QVERIFY2(past.expected.contains(QStringLiteral(
                     "one short title per entry joined by \"、\" (1999 entries, 3999 short titles)")),
                 qPrintable(past.expected));
    }

    void arxivIdFromLink_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("version");
        QTest::newRow("abs") << QStringLiteral("https://arxiv.org/abs/2210.06441")
                             << QStringLiteral("2210.06441") << 0;
        QTest::newRow("version") << QStringLiteral("https://arxiv.org/abs/2210.06441v3")
                                 << QStringLiteral("2210.06441") << 3;
        QTest::newRow("pdf, http") << QStringLiteral("http://arxiv.org/pdf/2210.06441v2.pdf")
                                   << QStringLiteral("2210.06441") << 2;
        QTest::newRow("five-digit number")
            << QStringLiteral("https://arxiv.org/abs/2301.12345") << QStringLiteral("2301.12345") << 0;
        QTest::newRow("old style") << QStringLiteral("https://arxiv.org/abs/hep-th/9901001")
                                   << QStringLiteral("hep-th/9901001") << 0;
        // One canonical form for old-style ids, ArxivId's: the subject class is not
        // part of the id, so the paper matches the same paper looked up later.
        QTest::newRow("old style with subject class")
            << QStringLiteral("https://arxiv.org/abs/math.GT/0309136v1") << QStringLiteral("math/0309136")
            << 1;
        QTest::newRow("without scheme")
            << QStringLiteral("arxiv.org/abs/2210.06441") << QStringLiteral("2210.06441") << 0;
        QTest::newRow("not arXiv") << QStringLiteral("https://openreview.net/forum?id=x") << QString() << -1;
    }

    void arxivIdFromLink()
    {
        QFETCH(QString, link);
        QFETCH(QString, id);
        QFETCH(int, version);
        QString actualId;
        int actualVersion = -1;
        QCOMPARE(DigestImporter::arxivIdFromLink(link, &actualId, &actualVersion), !id.isEmpty());
        QCOMPARE(actualId, id);
        QCOMPARE(actualVersion, version);
    }

    void unnumberedTailBecomesTheFooter()
    {
        // A section after the last numbered entry (e.g. more papers without numbers) is kept as the footer.
        const QString post = QStringLiteral(
            "摘要:甲\n\n1、[LG] A\n\nX\n甲。一\n\nAbstract.\n\nhttps://arxiv.org/abs/2401.00001\n\n"
            "另外几篇值得关注的论文:\n\n[CV] B\nY\nhttps://arxiv.org/abs/2401.00002\n");
        const DigestImporter::Result r = DigestImporter::parseText(post);
        QVERIFY2(r.ok, qPrintable(r.errorMessage()));
        QCOMPARE(r.digest.entryCount(), 1);
        QCOMPARE(r.digest.footer(),
                 QStringLiteral("另外几篇值得关注的论文:\n\n[CV] B\nY\nhttps://arxiv.org/abs/2401.00002"));
        ExportOptions plain;
        plain.separatorLines = false;
        QCOMPARE(TextExporter().render(r.digest, plain).text, post);
    }

    void normalisationFollowsTheSpec()
    {
        const QString in = QStringLiteral("\uFEFFa  \r\n\u00A0\r\n\r\n\r\nb\u00A0\rc\n\n\n");
        QCOMPARE(PostText::normalise(in), QStringLiteral("a\n\nb\nc\n"));
    }
};

QTEST_GUILESS_MAIN(TestDigestImporter)
#include "tst_digestimporter.moc"
