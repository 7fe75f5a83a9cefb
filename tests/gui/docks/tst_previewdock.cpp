#include "docks/previewdock.h"
#include "formats/digestimporter.h"
#include "formats/formatregistry.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

using namespace DigestStudio;

namespace {

Digest sample()
{
    return DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
}

} // namespace

class TestPreviewDock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DigestStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_previewdock"));
        QSettings().clear();
    }

    void rendersTheChosenFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &id : FormatRegistry::instance().ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void rendersTheChosenFormat()
    {
        QFETCH(QString, format);
        PreviewDock dock;
        dock.setDigest(sample());
        auto *combo = dock.findChild<QComboBox *>(QStringLiteral("formats"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), FormatRegistry::instance().formats().size()); // every registered format
        combo->setCurrentIndex(combo->findData(format));
        QCOMPARE(dock.currentFormat(), format);
        const QString expected =
            FormatRegistry::instance().format(format)->render(sample(), ExportOptions()).text;
        QCOMPARE(dock.result().text, expected);
        // The view shows U+00A0 as a space (QPlainTextEdit); what is copied and saved keeps it.
        QCOMPARE(dock.previewText(), QString(expected).replace(QChar(0x00A0), QLatin1Char(' ')));
    }

    void followsTheDigestLive()
    {
        PreviewDock dock;
        dock.setCurrentFormat(QStringLiteral("text"));
        Digest d = sample();
        dock.setDigest(d);
        QVERIFY(!dock.previewText().contains(QStringLiteral("新的中文标题")));
        d.entries()[0].setZhTitle(QStringLiteral("新的中文标题"));
        d.entries()[0].setZhShortTitle(QString());
        dock.setDigest(d);
        QVERIFY(dock.previewText().contains(QStringLiteral("摘要:新的中文标题、基于大步长SGD")));
    }

    void weiboCounterAndPartsCopiedOneByOne()
    {
        PreviewDock dock;
        dock.setCurrentFormat(QStringLiteral("weibo"));
        dock.setDigest(sample());
        const ExportResult &result = dock.result();
        QCOMPARE(result.parts.size(), 8);
        QCOMPARE(dock.counterText(),
                 QStringLiteral("Part 1 of 8: %1 of 2000").arg(result.parts.at(0).weight));
        QSignalSpy copied(&dock, &PreviewDock::copied);
        dock.findChild<QPushButton *>(QStringLiteral("copyPart"))->click();
        QCOMPARE(QApplication::clipboard()->text(), result.parts.at(0).text);
        QCOMPARE(copied.size(), 1);
        // The next part is selected for the next paste, and the counter follows.
        QCOMPARE(dock.currentPart(), 1);
        QCOMPARE(dock.counterText(),
                 QStringLiteral("Part 2 of 8: %1 of 2000").arg(result.parts.at(1).weight));
        dock.copyPart(7);
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("(8/8)\n")));
    }

    void wechatCopyIsHtmlWithPlainTwin()
    {
        PreviewDock dock;
        dock.setCurrentFormat(QStringLiteral("wechat"));
        dock.setDigest(sample());
        dock.findChild<QPushButton *>(QStringLiteral("copy"))->click();
        const QMimeData *data = QApplication::clipboard()->mimeData();
        QVERIFY(data);
        QVERIFY(data->hasHtml());
        QVERIFY(data->html().startsWith(QStringLiteral("<section style=")));
        QVERIFY(data->text().startsWith(QStringLiteral("LG - 机器学习")));
        // The sample's summary is over WeChat's 120 characters: the counter says so.
        QVERIFY2(dock.counterText().contains(QStringLiteral("Warning: the summary has")),
                 qPrintable(dock.counterText()));
    }

    // The WeChat article as it reads, with each entry's figures where the draft upload puts them (after its
    // Chinese paragraph), from the library; the HTML that Copy takes has none (no address WeChat could
    // fetch). Figures: tests/fixtures/fulltext/arxiv/figures (loss.png 320x200, arch.png 400x150).
    void wechatShowsTheFiguresTheDraftCarries()
    {
        PreviewDock dock;
        Digest digest = sample();
        digest.entries()[0].setId(11);
        digest.entries()[1].setId(12);
        dock.setCurrentFormat(QStringLiteral("wechat"));
        dock.setDigest(digest);
        dock.setEntryFigures({{11,
                               {Test::fixture(QStringLiteral("fulltext/arxiv/figures/loss.png")),
                                Test::fixture(QStringLiteral("fulltext/arxiv/figures/arch.png"))}}});
        QVERIFY(!dock.renderedView()->isHidden());
        QStringList shown;
        QTextDocument *document = dock.renderedView()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFormat format = it.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                const QString name = format.toImageFormat().name();
                const QImage image =
                    document->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
                QVERIFY2(!image.isNull() && image.width() <= 400, qPrintable(name));
                shown.append(name);
            }
        }
        QCOMPARE(shown, (QStringList{QStringLiteral("figure:11/1"), QStringLiteral("figure:11/2")}));
        // After the first entry's Chinese paragraph, before the second entry.
        const QString text = document->toPlainText();
        const int figure = text.indexOf(QChar::ObjectReplacementCharacter);
        QVERIFY(figure > text.indexOf(digest.entries().at(0).zhSummary().left(8)));
        QVERIFY(figure < text.indexOf(digest.entries().at(1).title().left(20)));
        QVERIFY(!dock.result().text.contains(QStringLiteral("<img")));

        dock.setCurrentFormat(QStringLiteral("text"));
        QVERIFY(dock.renderedView()->isHidden());
    }

    void showsTheLongImages()
    {
        PreviewDock dock;
        dock.setDigest(sample());
        dock.setCurrentFormat(QStringLiteral("image"));
        QVERIFY(dock.result().images.size() >= 2);
        QCOMPARE(dock.imagesShown(), dock.result().images.size());
        QVERIFY2(dock.imageCaptions().first().startsWith(QStringLiteral("post-01.png · entries 1–")),
                 qPrintable(dock.imageCaptions().first()));
        QVERIFY(dock.counterText().contains(QStringLiteral("1500 px wide")));
        QVERIFY(dock.findChild<QPlainTextEdit *>(QStringLiteral("view"))->isHidden());
        // Other formats show no pictures.
        dock.setCurrentFormat(QStringLiteral("text"));
        QCOMPARE(dock.imagesShown(), 0);
    }

    void weiboShowsWhichImageGoesWithWhichPart()
    {
        PreviewDock dock;
        ExportOptions options;
        options.imageMaxHeight = 3000;
        dock.setOptions(options);
        dock.setCurrentFormat(QStringLiteral("weibo"));
        dock.setDigest(sample());
        QCOMPARE(dock.imagesShown(), 0);
        auto *attach = dock.findChild<QCheckBox *>(QStringLiteral("attachImages"));
        QVERIFY(attach);
        attach->setChecked(true);
        QVERIFY(dock.attachImages());
        QVERIFY(!dock.result().images.isEmpty());
        // Part 1 carries the first image (the header and the first entries).
        dock.setCurrentPart(0);
        QVERIFY2(dock.counterText().contains(QStringLiteral("Images with this part: post-01.png")),
                 qPrintable(dock.counterText()));
        QVERIFY(dock.imagesShown() >= 1);
        QVERIFY(dock.imageCaptions().first().startsWith(QStringLiteral("With part 1: post-01.png")));
        // Every image is shown with exactly one part.
        int shown = 0;
        for (int part = 0; part < dock.result().parts.size(); ++part) {
            dock.setCurrentPart(part);
            shown += dock.imagesShown();
        }
        QCOMPARE(shown, dock.result().images.size());
        // The choice is remembered.
        QCOMPARE(QSettings().value(QStringLiteral("Weibo/attachImages")).toBool(), true);
        attach->setChecked(false);
        QCOMPARE(dock.imagesShown(), 0);
    }
};

QTEST_MAIN(TestPreviewDock)
#include "tst_previewdock.moc"
