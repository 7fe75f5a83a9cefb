// WeChatDraftPlan without the network: the article's summary from the 摘要 line (never ending in "、"), and
// the cover file at its limit, WeChatDraftPlan::MaxCoverFileBytes (taken), one byte more (refused, in words).
#include "formats/digestimporter.h"
#include "scratchlibraries.h"
#include "services/wechatdraftplan.h"
#include "storage/library.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QtTest>

using namespace DigestStudio;

namespace {

DigestEntry titled(const QString &zhTitle)
{
    DigestEntry e;
    e.setTag(QStringLiteral("LG"));
    e.setZhTitle(zhTitle);
    return e;
}

// A PNG followed by zero bytes up to `size`: readers stop at the PNG's end, so it is still the image.
QByteArray paddedPng(qint64 size)
{
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(qRgb(30, 90, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    bytes.append(QByteArray(static_cast<int>(size - bytes.size()), '\0'));
    return bytes;
}

} // namespace

class TestWeChatDraftPlan final : public QObject
{
    Q_OBJECT

    Test::ScratchLibraries m_scratch;

private Q_SLOTS:
    // Regression: with entries that have no short title yet, the summary was "摘要:A、B、" (seen in
    // the publish dialog); cut to WeChat's 128 characters, it could end in "、…".
    void theSummaryNeverEndsInAPause()
    {
        Digest digest;
        digest.entries() = {titled(QStringLiteral("深度强化学习的变异测试")),
                            titled(QStringLiteral("自动驾驶模拟器的实证测试")), titled(QString())};
        QCOMPARE(WeChatDraftPlan::defaultSummary(digest),
                 QStringLiteral("摘要:深度强化学习的变异测试、自动驾驶模拟器的实证测试"));

        // Six titles of 30 characters: the cut at 127 characters fell right after the fourth "、".
        Digest longer;
        QStringList titles;
        for (int i = 0; i < 6; ++i) {
            titles.append(QString(29, QChar(0x7532 + i)) + QString::number(i));
            longer.entries().append(titled(titles.last()));
        }
        const QString summary = WeChatDraftPlan::defaultSummary(longer);
        QCOMPARE(summary, QStringLiteral("摘要:") + titles.mid(0, 4).join(QChar(0x3001)) + QChar(0x2026));
        QVERIFY(WeChatArticle::length(summary) <= WeChatArticle::MaxDigest);

        Digest untitled;
        untitled.entries() = {titled(QString())};
        QCOMPARE(WeChatDraftPlan::defaultSummary(untitled), QString());
    }

    void coverFileAtItsLimit()
    {
        auto library = Library::open(m_scratch.create(QStringLiteral("sqlite")));
        QVERIFY(library);
        Digest digest =
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
        digest.setDate(QDate(2022, 10, 14));
        WeChatPublishRequest request;
        request.digestId = library->createDigest(digest);
        request.cover = WeChatPublishRequest::Cover::File;
        const auto planWithCover = [&](qint64 size) {
            request.coverFile = m_scratch.filePath(QStringLiteral("cover-%1.png").arg(size));
            QFile file(request.coverFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(paddedPng(size)) != size)
                qFatal("cannot write the cover");
            file.close();
            return WeChatDraftPlan::build(library.get(), request, ExportOptions());
        };

        const WeChatDraftPlan taken = planWithCover(WeChatDraftPlan::MaxCoverFileBytes);
        QVERIFY2(taken.cover.isValid(), qPrintable(taken.cover.error));
        QVERIFY2(!taken.problems.join(QLatin1Char('\n')).contains(QStringLiteral("32 MB")),
                 qPrintable(taken.problems.join(QLatin1Char('\n'))));
        QVERIFY(taken.cover.data.size() < WeChatImage::MaxUploadBytes);

        const WeChatDraftPlan refused = planWithCover(WeChatDraftPlan::MaxCoverFileBytes + 1);
        // BoundedFile's refusal, after what it was reading.
        QVERIFY2(refused.problems.contains(
                     QStringLiteral("The cover: %1 is larger than 32 MB: refused").arg(request.coverFile)),
                 qPrintable(refused.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestWeChatDraftPlan)
#include "tst_wechatdraftplan.moc"
