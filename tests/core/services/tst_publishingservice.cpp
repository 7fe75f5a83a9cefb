#include "formats/digestimporter.h"
#include "librarytests.h"
#include "publishing/titlecard.h"
#include "scratchlibraries.h"
#include "services/publishingservice.h"
#include "services/wechatcredentials.h"
#include "storage/library.h"
#include "testsupport.h"
#include "wechatapiserver.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace DigestStudio;
using Test::ScratchLibraries;
using Test::WeChatApiServer;

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

Digest sampleDigest()
{
    Digest digest =
        DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
    digest.setDate(QDate(2022, 10, 14));
    return digest;
}

// Every character as %XX, as a server may echo a query or form value.
QString percentEncodedEveryCharacter(const QString &text)
{
    QString out;
    for (const char c : text.toUtf8())
        out += QLatin1Char('%') +
               QString::number(static_cast<uchar>(c), 16).toUpper().rightJustified(2, QLatin1Char('0'));
    return out;
}

// Every character as \uXXXX, as a JSON writer that escapes everything does.
QString jsonEscapedEveryCharacter(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
    return out;
}

QByteArray smallPng(QRgb colour)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(colour);
    return encoded(image, "png");
}

// A PNG over 1 MB: noise does not compress.
QByteArray largePng()
{
    QImage image(900, 900, QImage::Format_RGB32);
    quint32 seed = 12345;
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            seed = seed * 1664525u + 1013904223u;
            line[x] = qRgb(seed >> 24, (seed >> 16) & 0xff, (seed >> 8) & 0xff);
        }
    }
    return encoded(image, "png");
}

// Everything a publish needs: a library with the sample digest, the API server and the service.
struct Fixture
{
    Test::ScratchLibraries scratch;
    std::unique_ptr<Library> library;
    WeChatApiServer server;
    QNetworkAccessManager network;
    std::unique_ptr<PublishingService> service;
    qint64 digestId = 0;
    QStringList said; // every text the service gave out

    Fixture()
    {
        library = Library::open(scratch.create(QStringLiteral("sqlite")));
        digestId = library->createDigest(sampleDigest());
        server.listen();
        service = std::make_unique<PublishingService>(library.get(), &network, server.url());
        service->setRetryDelayMs(10);
        service->setCredentials({WeChatApiServer::appId(), WeChatApiServer::secret()});
        QObject::connect(service.get(), &PublishingService::notice, [this](const QString &t) { said << t; });
        QObject::connect(service.get(), &PublishingService::stepStarted,
                         [this](PublishingService::Step, const QString &t) { said << t; });
    }

    qint64 entryId(int position) { return library->entryIdAt(digestId, position); }

    PublishOutcome publish(WeChatPublishRequest request = WeChatPublishRequest())
    {
        request.digestId = digestId;
        const PublishOutcome outcome = service->publishAndWait(request);
        said << outcome.message << outcome.problems << outcome.notes;
        return outcome;
    }
};

} // namespace

class TestPublishingService final : public QObject
{
    Q_OBJECT

    ScratchLibraries m_scratch;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("tst_publishingservice"));
    }

    void init() { WeChatCredentials::forgetAllTokens(); }

    void publishesFiguresCoverAndDraft()
    {
        Fixture f;
        const QByteArray red = smallPng(qRgb(200, 0, 0));
        f.library->addImage(f.entryId(1), red, QStringLiteral("image/png"));
        f.library->addImage(f.entryId(2), red, QStringLiteral("image/png")); // the same figure again
        f.library->addImage(f.entryId(2), smallPng(qRgb(0, 0, 200)), QStringLiteral("image/png"));

        const PublishOutcome outcome = f.publish();
        QVERIFY2(outcome.published(), qPrintable(outcome.message + outcome.problems.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.mediaId, QStringLiteral("DRAFT_MEDIA_1"));
        QVERIFY(outcome.message.contains(QStringLiteral("草稿箱")));
        QCOMPARE(f.server.tokenRequests(), 1);
        QCOMPARE(f.server.uploads().size(), 2); // each figure once
        QCOMPARE(f.server.uploads().at(0).data, red);
        QCOMPARE(f.server.drafts().size(), 1);
        const QJsonObject article = f.server.drafts().first();
        const QString content = article.value(QStringLiteral("content")).toString();
        for (const QString &url : f.server.uploadedUrls())
            QVERIFY2(content.contains(QStringLiteral("<img src=\"") + url), qPrintable(url));
        QCOMPARE(content.split(f.server.uploadedUrls().first()).size(), 3); // shown with both entries
        QVERIFY(!content.contains(QStringLiteral("placeholder")));
        // The cover (a title card) became thumb_media_id.
        QCOMPARE(f.server.materials().size(), 1);
        QCOMPARE(f.server.materials().first().contentType, QByteArray("image/jpeg"));
        QCOMPARE(article.value(QStringLiteral("thumb_media_id")).toString(), f.server.materialIds().first());
        QCOMPARE(article.value(QStringLiteral("title")).toString(),
                 QStringLiteral("arXiv 每日速递 2022-10-14"));
        QVERIFY(article.value(QStringLiteral("digest")).toString().startsWith(QStringLiteral("摘要")));
        QCOMPARE(article.value(QStringLiteral("need_open_comment")).toInt(), 0);

        PublicationRecord record;
        QVERIFY(f.service->previous(f.digestId, &record));
        QCOMPARE(record.mediaId, QStringLiteral("DRAFT_MEDIA_1"));
    }

    // Untouched machine text is a pre-flight warning: said, and publishing goes on.
    void untouchedDraftWarnsAndPublishes()
    {
        Fixture f;
        Digest digest;
        QVERIFY(f.library->loadDigest(f.digestId, &digest));
        DigestEntry entry = digest.entries().at(1);
        entry.setDraftedBy(QStringLiteral("qwen-plus"));
        QVERIFY(f.library->saveEntry(entry).saved());

        WeChatPublishRequest request;
        request.digestId = f.digestId;
        const WeChatDraftPlan plan = WeChatDraftPlan::build(f.library.get(), request, ExportOptions());
        QVERIFY2(plan.isReady(), qPrintable(plan.problems.join(QLatin1Char('\n'))));
        QCOMPARE(plan.warnings.size(), 1);
        QVERIFY(plan.warnings.first().contains(QStringLiteral("entry 2 (") + entry.arxivId()));

        const PublishOutcome outcome = f.publish();
        QVERIFY2(outcome.published(), qPrintable(outcome.message));
        const QStringList warnings = f.said.filter(QStringLiteral("qwen-plus"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(QStringLiteral("Warning: ")));
    }

    void tokenIsReusedUntilRefused()
    {
        Fixture f;
        QVERIFY(f.publish().published());
        WeChatPublishRequest again;
        again.force = true;
        QVERIFY(f.publish(again).published());
        QCOMPARE(f.server.tokenRequests(), 1);
        QCOMPARE(f.server.drafts().size(), 2);

        // WeChat no longer takes the kept token: one new token, the call again, no loop.
        f.server.expire();
        QVERIFY(f.publish(again).published());
        QCOMPARE(f.server.tokenRequests(), 2);
        QCOMPARE(f.server.drafts().size(), 3);
    }

    // The token outlives the process (the keychain entry), but not its expiry: a stored token a minute or
    // less from expiring is not used, even one the server would still take.
    void storedTokenIsUsedUntilAMinuteBeforeItExpires()
    {
        Fixture f;
        const QString api = f.server.url().toString();
        WeChatCredentials::storeToken(WeChatApiServer::appId(), api, f.server.token(),
                                      QDateTime::currentDateTimeUtc().addSecs(50));
        WeChatCredentials::forgetTokensInMemory(); // as a new process
        QCOMPARE(WeChatCredentials::cachedToken(WeChatApiServer::appId(), api), QString());
        QVERIFY(f.publish().published());
        QCOMPARE(f.server.tokenRequests(), 1);

        // The fresh one it stored serves the next process; another API or AppID does not get it.
        WeChatCredentials::forgetTokensInMemory();
        QCOMPARE(WeChatCredentials::cachedToken(WeChatApiServer::appId(), api), f.server.token());
        QCOMPARE(WeChatCredentials::cachedToken(QStringLiteral("wx-other"), api), QString());
        QCOMPARE(
            WeChatCredentials::cachedToken(WeChatApiServer::appId(), QStringLiteral("http://127.0.0.1:1")),
            QString());
        WeChatCredentials::forgetTokensInMemory();
        WeChatPublishRequest again;
        again.force = true;
        QVERIFY(f.publish(again).published());
        QCOMPARE(f.server.tokenRequests(), 1);

        // Refused by WeChat: dropped from the keychain too, and one new token fetched.
        f.server.expire();
        WeChatCredentials::forgetTokensInMemory();
        QVERIFY(f.publish(again).published());
        QCOMPARE(f.server.tokenRequests(), 2);
        WeChatCredentials::forgetTokensInMemory();
        QCOMPARE(WeChatCredentials::cachedToken(WeChatApiServer::appId(), api), f.server.token());
    }

    void secondPublishWithoutForceSendsNothing()
    {
        Fixture f;
        QVERIFY(f.publish().published());
        const int requests = f.server.http().requestCount();
        const PublishOutcome second = f.publish();
        QCOMPARE(second.status, PublishOutcome::Status::AlreadyPublished);
        QCOMPARE(second.previous.mediaId, QStringLiteral("DRAFT_MEDIA_1"));
        QVERIFY(second.message.contains(QStringLiteral("DRAFT_MEDIA_1")));
        QCOMPARE(f.server.http().requestCount(), requests);
    }

    void fieldLimitsCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("words");
        QTest::newRow("title of 33 characters") << QString(33, QChar(0x4E2D)) << QString() << QString()
                                                << QStringLiteral("title has 33 characters");
        QTest::newRow("author of 17 characters") << QString() << QString(17, QLatin1Char('a')) << QString()
                                                 << QStringLiteral("author has 17 characters");
        QTest::newRow("summary of 129 characters") << QString() << QString() << QString(129, QLatin1Char('x'))
                                                   << QStringLiteral("has 129 characters");
    }

    void fieldLimitsCheckedBeforeSending()
    {
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QString, summary);
        QFETCH(QString, words);
        Fixture f;
        WeChatPublishRequest request;
        request.title = title;
        request.author = author;
        request.summary = summary.isEmpty() ? QString() : summary;
        const PublishOutcome outcome = f.publish(request);
        QCOMPARE(outcome.status, PublishOutcome::Status::NotReady);
        QVERIFY2(outcome.problems.join(QLatin1Char(' ')).contains(words),
                 qPrintable(outcome.problems.join(QLatin1Char('|'))));
        QCOMPARE(f.server.http().requestCount(), 0);
        QVERIFY(!f.service->previous(f.digestId, nullptr));
    }

    void errorsAreExplained_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("words");
        const QString token = QStringLiteral("/cgi-bin/stable_token");
        const QString draft = QStringLiteral("/cgi-bin/draft/add");
        QTest::newRow("40164 IP whitelist") << token << 40164 << QStringLiteral("设置与开发 → 基本配置");
        QTest::newRow("40001 wrong AppSecret") << token << 40001 << QStringLiteral("refused the AppSecret");
        QTest::newRow("40125 wrong AppSecret") << token << 40125 << QStringLiteral("refused the AppSecret");
        QTest::newRow("45009 daily quota") << draft << 45009 << QStringLiteral("today's quota");
        QTest::newRow("48001 account type") << draft << 48001 << QStringLiteral("account type");
        QTest::newRow("44003 empty content") << draft << 44003 << QStringLiteral("article is empty");
        QTest::newRow("45009 on a figure")
            << QStringLiteral("/cgi-bin/media/uploadimg") << 45009 << QStringLiteral("today's quota");
    }

    void errorsAreExplained()
    {
        QFETCH(QString, path);
        QFETCH(int, errcode);
        QFETCH(QString, words);
        Fixture f;
        f.library->addImage(f.entryId(1), smallPng(qRgb(0, 120, 0)), QStringLiteral("image/png"));
        f.server.failNext(path, errcode,
                          QStringLiteral("invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist"));
        const PublishOutcome outcome = f.publish();
        QCOMPARE(outcome.status, PublishOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(words), qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QString::number(errcode)));
        if (errcode == 40164)
            QVERIFY(outcome.message.contains(QStringLiteral("203.0.113.7")));
        QCOMPARE(f.server.drafts().size(), 0);
        QVERIFY(f.server.requests(path) <= 1); // not sent again
        // WeChat said no: no draft exists, so the next press publishes without asking.
        QVERIFY(!f.service->previous(f.digestId, nullptr));
        QVERIFY(f.publish().published());
    }

    void lostDraftAnswerIsNeverSentAgain()
    {
        Fixture f;
        f.server.loseNextAnswer(QStringLiteral("/cgi-bin/draft/add"));
        const PublishOutcome outcome = f.publish();
        QCOMPARE(outcome.status, PublishOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(QStringLiteral("草稿箱")), qPrintable(outcome.message));
        QCOMPARE(f.server.requests(QStringLiteral("/cgi-bin/draft/add")), 1);
        QCOMPARE(f.server.drafts().size(), 1);

        // The draft may exist: the next press asks first and sends nothing.
        PublicationRecord record;
        QVERIFY(f.service->previous(f.digestId, &record));
        QVERIFY(!record.confirmed());
        const int requests = f.server.http().requestCount();
        const PublishOutcome second = f.publish();
        QCOMPARE(second.status, PublishOutcome::Status::AlreadyPublished);
        QVERIFY(second.message.contains(QStringLiteral("草稿箱")));
        QCOMPARE(f.server.http().requestCount(), requests);
    }

    void busyFigureUploadIsRetried()
    {
        Fixture f;
        f.library->addImage(f.entryId(1), smallPng(qRgb(9, 9, 9)), QStringLiteral("image/png"));
        f.server.failNext(QStringLiteral("/cgi-bin/media/uploadimg"), -1, QStringLiteral("system error"));
        QVERIFY(f.publish().published());
        QCOMPARE(f.server.requests(QStringLiteral("/cgi-bin/media/uploadimg")), 2);
        QCOMPARE(f.server.uploads().size(), 1);
    }

    // A busy answer (-1) is sent again by the request scheduler, and the publisher is told so in words.
    void busyAnswerIsRetriedWithANotice()
    {
        Fixture f;
        f.server.failNext(QStringLiteral("/cgi-bin/stable_token"), -1, QStringLiteral("system error"));
        QVERIFY(f.publish().published());
        QCOMPARE(f.server.tokenRequests(), 2);
        QVERIFY2(!f.said.filter(QStringLiteral("Signing in to WeChat failed")).isEmpty(),
                 qPrintable(f.said.join(QLatin1Char('|'))));
    }

    // A server that trickles a byte every 200 ms never falls silent; the call's deadline (2 s here,
    // --wechat-timeout) ends it in words and nothing more is sent. Before the deadline existed it never
    // ended.
    void aTricklingCallIsCutAtTheDeadline()
    {
        Fixture f;
        f.service->setDeadlineMs(2000);
        f.server.http().clearRoutes();
        f.server.http().route(QStringLiteral("/cgi-bin/stable_token"),
                              Test::LoopbackHttpServer::stream(QVector<QByteArray>(600, " "), 200));
        QSignalSpy finished(f.service.get(), &PublishingService::finished);
        WeChatPublishRequest request;
        request.digestId = f.digestId;
        f.service->publish(request);
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.first().first().value<PublishOutcome>();
        QCOMPARE(outcome.status, PublishOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(QStringLiteral("did not finish within the 2 s deadline")),
                 qPrintable(outcome.message));
        QVERIFY(outcome.message.startsWith(PublishingService::stepText(PublishingService::Step::Token)));
        QCOMPARE(f.server.http().requestCount(), 1);
    }

    void largeFigureIsConvertedWithAMessage()
    {
        Fixture f;
        const QByteArray large = largePng();
        QVERIFY(large.size() > 1024 * 1024);
        f.library->addImage(f.entryId(1), large, QStringLiteral("image/png"));
        const PublishOutcome outcome = f.publish();
        QVERIFY(outcome.published());
        QCOMPARE(f.server.uploads().size(), 1);
        QVERIFY(f.server.uploads().first().data.size() < 1024 * 1024);
        QCOMPARE(f.server.uploads().first().contentType, QByteArray("image/jpeg"));
        QVERIFY2(outcome.notes.join(QLatin1Char(' ')).contains(QStringLiteral("converted to JPEG")),
                 qPrintable(outcome.notes.join(QLatin1Char('|'))));
    }

    void coverFromFileOrFigure()
    {
        Fixture f;
        const QByteArray blue = smallPng(qRgb(0, 0, 255));
        const qint64 imageId = f.library->addImage(f.entryId(3), blue, QStringLiteral("image/png"));
        WeChatPublishRequest request;
        request.cover = WeChatPublishRequest::Cover::Figure;
        request.coverImageId = imageId;
        QVERIFY(f.publish(request).published());
        QCOMPARE(f.server.materials().last().data, blue);

        const QString file = f.scratch.filePath(QStringLiteral("cover.png"));
        const QByteArray green = smallPng(qRgb(0, 255, 0));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(green);
        out.close();
        request.cover = WeChatPublishRequest::Cover::File;
        request.coverFile = file;
        request.force = true;
        QVERIFY(f.publish(request).published());
        QCOMPARE(f.server.materials().last().data, green);
        QCOMPARE(f.server.drafts().last().value(QStringLiteral("thumb_media_id")).toString(),
                 f.server.materialIds().last());

        request.coverFile = f.scratch.filePath(QStringLiteral("missing.png"));
        const int requests = f.server.http().requestCount();
        QCOMPARE(f.publish(request).status, PublishOutcome::Status::NotReady);
        QCOMPARE(f.server.http().requestCount(), requests);
    }

    // 阅读原文: the URL the publisher gave, else none (no guessed default).
    void readMoreUrlIsSentAsGiven()
    {
        Fixture f;
        QVERIFY(f.publish().published());
        QCOMPARE(f.server.drafts().last().value(QStringLiteral("content_source_url")).toString(), QString());
        WeChatPublishRequest request;
        request.force = true;
        request.sourceUrl = QStringLiteral(" https://example.org/digest/2022-10-14 ");
        QVERIFY(f.publish(request).published());
        QCOMPARE(f.server.drafts().last().value(QStringLiteral("content_source_url")).toString(),
                 QStringLiteral("https://example.org/digest/2022-10-14"));

        request.sourceUrl = QStringLiteral("ftp://example.org/digest");
        const int requests = f.server.http().requestCount();
        const PublishOutcome refused = f.publish(request);
        QCOMPARE(refused.status, PublishOutcome::Status::NotReady);
        QVERIFY(refused.problems.join(QLatin1Char(' ')).contains(QStringLiteral("ftp://example.org/digest")));
        QCOMPARE(f.server.http().requestCount(), requests);
    }

    // The generated cover takes the tag colours the export renders with, a user's own included.
    void titleCardTakesTheExportsTagColours()
    {
        Fixture f;
        Digest digest;
        QVERIFY(f.library->loadDigest(f.digestId, &digest));
        ExportOptions options;
        options.tagTable.setColour(TitleCard::mainTag(digest), QStringLiteral("#123456"));
        f.service->setExportOptions(options);
        QVERIFY(f.publish().published());
        const QImage cover = QImage::fromData(f.server.materials().first().data);
        QCOMPARE(cover.size(), QSize(TitleCard::Width, TitleCard::Height));
        const QColor corner = cover.pixelColor(TitleCard::Width - 5, 5);
        const QColor wanted(QStringLiteral("#123456"));
        // JPEG moves a plain colour by a step or two.
        QVERIFY2(qAbs(corner.red() - wanted.red()) <= 6 && qAbs(corner.green() - wanted.green()) <= 6 &&
                     qAbs(corner.blue() - wanted.blue()) <= 6,
                 qPrintable(corner.name()));
    }

    void secretAndTokenAppearNowhere()
    {
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { logged << text; });
        Fixture f;
        f.library->addImage(f.entryId(1), smallPng(qRgb(1, 2, 3)), QStringLiteral("image/png"));
        QVERIFY(f.publish().published());
        // A server that echoes them in its errors, and a lost answer.
        const QString echo = QStringLiteral("quota for ") + f.server.token() + QStringLiteral(" and ") +
                             WeChatApiServer::secret();
        WeChatPublishRequest again;
        again.force = true;
        f.server.failNext(QStringLiteral("/cgi-bin/draft/add"), 45009, echo);
        QCOMPARE(f.publish(again).status, PublishOutcome::Status::Failed);
        f.server.failNext(QStringLiteral("/cgi-bin/media/uploadimg"), 48001, echo);
        QCOMPARE(f.publish(again).status, PublishOutcome::Status::Failed);
        WeChatCredentials::forgetAllTokens();
        f.server.failNext(QStringLiteral("/cgi-bin/stable_token"), 40125, echo);
        QCOMPARE(f.publish(again).status, PublishOutcome::Status::Failed);
        qInstallMessageHandler(previous);

        const QString everything = f.said.join(QLatin1Char('\n')) + logged.join(QLatin1Char('\n'));
        QVERIFY(everything.contains(QStringLiteral("quota for [hidden]")));
        QVERIFY(!everything.contains(WeChatApiServer::secret()));
        QVERIFY(!everything.contains(f.server.token()));
    }

    // Regression: two publishers at once (the GUI and cron, or two digestctl) on two connections to one
    // library, against a WeChat answering in 0.7 s, both passed the "already published?" check and made two
    // drafts. The claim comes before the first upload now: one draft; the other sends nothing and says who
    // is at work. On each backend.
    void twoPublishersAtOnceMakeOneDraft_data() { Test::addBackendRows(); }

    void twoPublishersAtOnceMakeOneDraft()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(first, location);
        OPEN_LIBRARY(second, location);
        const qint64 digestId = first->createDigest(sampleDigest());
        WeChatApiServer server;
        QVERIFY(server.listen());
        server.setAnswerDelayMs(700);
        QNetworkAccessManager network;
        PublishingService a(first.get(), &network, server.url());
        PublishingService b(second.get(), &network, server.url());
        for (PublishingService *service : {&a, &b}) {
            service->setRetryDelayMs(10);
            service->setCredentials({WeChatApiServer::appId(), WeChatApiServer::secret()});
        }
        QSignalSpy finishedA(&a, &PublishingService::finished);
        QSignalSpy finishedB(&b, &PublishingService::finished);
        WeChatPublishRequest request;
        request.digestId = digestId;
        a.publish(request);
        b.publish(request);
        QTRY_VERIFY_WITH_TIMEOUT(finishedA.size() == 1 && finishedB.size() == 1, 60000);
        const auto outcomeA = finishedA.first().first().value<PublishOutcome>();
        const auto outcomeB = finishedB.first().first().value<PublishOutcome>();
        QCOMPARE(server.drafts().size(), 1);
        QVERIFY2(outcomeA.published(), qPrintable(outcomeA.message));
        QVERIFY(!outcomeB.published());
        QVERIFY2(outcomeB.message.contains(QStringLiteral("Another publisher")),
                 qPrintable(outcomeB.message));
        QCOMPARE(server.materials().size(), 1); // the second uploaded nothing either
        PublicationRecord record;
        QVERIFY(second->publication(digestId, PublishingService::channel(), &record));
        QCOMPARE(record.mediaId, outcomeA.mediaId);
        // Once the first is done, the second is told the digest is in the draft box.
        QCOMPARE(b.publishAndWait(request).status, PublishOutcome::Status::AlreadyPublished);
        QCOMPARE(server.drafts().size(), 1);
    }

    // Regression: a forced second publish that fails cleared the record of the first, confirmed draft;
    // the next publish then made another draft without asking. The confirmed media_id stays until a new one
    // is confirmed.
    void failedForcedPublishKeepsTheConfirmedDraft()
    {
        Fixture f;
        QVERIFY(f.publish().published());
        WeChatPublishRequest again;
        again.force = true;
        f.server.failNext(QStringLiteral("/cgi-bin/draft/add"), 45009,
                          QStringLiteral("reach max api daily quota"));
        QCOMPARE(f.publish(again).status, PublishOutcome::Status::Failed);
        WeChatCredentials::forgetAllTokens();
        f.server.failNext(QStringLiteral("/cgi-bin/stable_token"), 40164, QStringLiteral("invalid ip"));
        QCOMPARE(f.publish(again).status, PublishOutcome::Status::Failed);
        PublicationRecord record;
        QVERIFY(f.service->previous(f.digestId, &record));
        QCOMPARE(record.mediaId, QStringLiteral("DRAFT_MEDIA_1"));
        const int requests = f.server.http().requestCount();
        QCOMPARE(f.publish().status, PublishOutcome::Status::AlreadyPublished);
        QCOMPARE(f.server.http().requestCount(), requests);
        // A forced publish that succeeds replaces it.
        QVERIFY(f.publish(again).published());
        QVERIFY(f.service->previous(f.digestId, &record));
        QCOMPARE(record.mediaId, QStringLiteral("DRAFT_MEDIA_2"));
    }

    // Regression: WeChat's errmsg may echo the AppSecret in another form than it was sent in.
    void anEchoedSecretIsHiddenInEveryForm()
    {
        Fixture f;
        const QString secret = WeChatApiServer::secret();
        const QStringList forms{percentEncodedEveryCharacter(secret), jsonEscapedEveryCharacter(secret),
                                QString::fromLatin1(QByteArray("user:" + secret.toUtf8()).toBase64())};
        f.server.failNext(QStringLiteral("/cgi-bin/stable_token"), 40125,
                          QStringLiteral("invalid appsecret ") + forms.join(QStringLiteral(" / ")));
        const PublishOutcome outcome = f.publish();
        QCOMPARE(outcome.status, PublishOutcome::Status::Failed);
        const QString everything = f.said.join(QLatin1Char('\n'));
        QVERIFY2(everything.contains(QStringLiteral("[hidden]")), qPrintable(everything));
        for (const QString &form : forms)
            QVERIFY2(!everything.contains(form.mid(8, 12)),
                     qPrintable(form + QLatin1Char('\n') + everything));
    }

    // Regression: http:// to another machine would carry the AppSecret in clear text. 0.0.0.0 is no
    // loopback address, yet on Linux a connection to it reaches this machine's 127.0.0.1 listeners: the old
    // code published through the test server, and nothing left the machine.
    void cleartextApiIsRefusedBeforeAnythingIsSent()
    {
        Fixture f;
        const QUrl anyAddress(QStringLiteral("http://0.0.0.0:%1").arg(f.server.url().port()));
        PublishingService remote(f.library.get(), &f.network, anyAddress);
        remote.setRetryDelayMs(10);
        remote.setCredentials({WeChatApiServer::appId(), WeChatApiServer::secret()});
        WeChatPublishRequest request;
        request.digestId = f.digestId;
        const PublishOutcome outcome = remote.publishAndWait(request);
        QCOMPARE(outcome.status, PublishOutcome::Status::NotReady);
        QVERIFY2(outcome.problems.join(QLatin1Char(' ')).contains(QStringLiteral("clear text")),
                 qPrintable(outcome.message));
        QCOMPARE(f.server.http().requestCount(), 0);
        QVERIFY(!remote.previous(f.digestId, nullptr));
    }

    void missingCredentialsSendNothing()
    {
        Fixture f;
        f.service->setCredentials(WeChatCredentials());
        const PublishOutcome outcome = f.publish();
        QCOMPARE(outcome.status, PublishOutcome::Status::NotReady);
        QVERIFY(outcome.problems.join(QLatin1Char(' ')).contains(QStringLiteral("DIGEST_WECHAT_SECRET")));
        QCOMPARE(f.server.http().requestCount(), 0);
    }

    void cancelStopsAndReports()
    {
        Fixture f;
        f.server.http().clearRoutes();
        f.server.http().route(QStringLiteral("/cgi-bin/stable_token"), [] {
            Test::LoopbackHttpServer::Response r = Test::LoopbackHttpServer::ok("{}", "application/json");
            r.delayMs = 5000;
            return r;
        }());
        QSignalSpy finished(f.service.get(), &PublishingService::finished);
        WeChatPublishRequest request;
        request.digestId = f.digestId;
        f.service->publish(request);
        QVERIFY(f.service->isRunning());
        QTRY_COMPARE(f.server.http().requestCount(), 1);
        f.service->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<PublishOutcome>().status, PublishOutcome::Status::Cancelled);
        QVERIFY(!f.service->isRunning());
        QVERIFY(!f.service->previous(f.digestId, nullptr));
    }
};

QTEST_MAIN(TestPublishingService)
#include "tst_publishingservice.moc"
