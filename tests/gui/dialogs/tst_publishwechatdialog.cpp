#include "app/translations.h"
#include "dialogs/publishwechatdialog.h"
#include "formats/digestimporter.h"
#include "scratchlibraries.h"
#include "storage/library.h"
#include "testsupport.h"
#include "wechatapiserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace DigestStudio;
using Test::WeChatApiServer;

class TestPublishWeChatDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::ScratchLibraries> m_scratch;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<WeChatApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PublishingService> m_service;
    Digest m_digest;

    std::unique_ptr<PublishWeChatDialog> dialog(const QVector<PublishWeChatDialog::CoverFigure> &figures = {})
    {
        return std::make_unique<PublishWeChatDialog>(
            m_service.get(), m_digest, figures,
            WeChatCredentials{WeChatApiServer::appId(), WeChatApiServer::secret()}, true);
    }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static void clickPublish(PublishWeChatDialog *d)
    {
        child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("tst_publishwechatdialog"));
    }

    void init()
    {
        WeChatCredentials::forgetAllTokens();
        m_scratch = std::make_unique<Test::ScratchLibraries>();
        m_library = Library::open(m_scratch->create(QStringLiteral("sqlite")));
        Digest digest =
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
        digest.setDate(QDate(2022, 10, 14));
        QVERIFY(m_library->loadDigest(m_library->createDigest(digest), &m_digest));
        m_server = std::make_unique<WeChatApiServer>();
        QVERIFY(m_server->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_service = std::make_unique<PublishingService>(m_library.get(), m_network.get(), m_server->url());
    }

    void cleanup()
    {
        m_service.reset();
        m_network.reset();
        m_server.reset();
        m_library.reset();
        m_scratch.reset();
    }

    void fieldsStartFromTheDigest()
    {
        auto d = dialog();
        QCOMPARE(child<QLineEdit>(d.get(), "titleEdit")->text(), QStringLiteral("arXiv 每日速递 2022-10-14"));
        QCOMPARE(child<QLabel>(d.get(), "titleCount")->text(), QStringLiteral("21/32"));
        QVERIFY(
            child<QPlainTextEdit>(d.get(), "summaryEdit")->toPlainText().startsWith(QStringLiteral("摘要")));
        QVERIFY(child<QLabel>(d.get(), "coverPreview")->text().isEmpty()); // a pixmap, not "No preview"
        child<QLineEdit>(d.get(), "titleEdit")->setText(QString(40, QLatin1Char('T')));
        QCOMPARE(child<QLabel>(d.get(), "titleCount")->text(), QStringLiteral("40/32"));
        QVERIFY(!child<QLineEdit>(d.get(), "appIdEdit")->isEnabled()); // from the environment
    }

    void publishesWithProgressAndSaysWhere()
    {
        auto d = dialog();
        child<QLineEdit>(d.get(), "authorEdit")->setText(QStringLiteral("爱可可"));
        child<QCheckBox>(d.get(), "commentsCheck")->setChecked(true);
        child<QLineEdit>(d.get(), "sourceUrlEdit")->setText(QStringLiteral("https://example.org/digest"));
        QSignalSpy steps(m_service.get(), &PublishingService::stepStarted);
        clickPublish(d.get());
        QTRY_VERIFY(!m_service->isRunning());
        QVERIFY2(d->outcome().published(), qPrintable(d->outcome().message));
        QVERIFY(steps.size() >= 4);
        auto *bar = child<QProgressBar>(d.get(), "progressBar");
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(child<QLabel>(d.get(), "stepLabel")->text().contains(QStringLiteral("草稿箱")));
        QVERIFY(child<QPlainTextEdit>(d.get(), "messagesView")
                    ->toPlainText()
                    .contains(QStringLiteral("DRAFT_MEDIA_1")));
        const QJsonObject article = m_server->drafts().first();
        QCOMPARE(article.value(QStringLiteral("author")).toString(), QStringLiteral("爱可可"));
        QCOMPARE(article.value(QStringLiteral("need_open_comment")).toInt(), 1);
        QCOMPARE(article.value(QStringLiteral("content_source_url")).toString(),
                 QStringLiteral("https://example.org/digest"));
        QVERIFY(!child<QDialogButtonBox>(d.get(), "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!child<QPlainTextEdit>(d.get(), "messagesView")
                     ->toPlainText()
                     .contains(WeChatApiServer::secret()));
    }

    // Untouched machine text is listed as a warning when the dialog opens and while publishing; it does not
    // stop the draft.
    void untouchedDraftIsAWarningNotARefusal()
    {
        DigestEntry entry = m_digest.entries().at(0);
        entry.setDraftedBy(QStringLiteral("deepseek-chat"));
        QVERIFY(m_library->saveEntry(entry).saved());
        QVERIFY(m_library->loadDigest(m_digest.id(), &m_digest));
        auto d = dialog();
        auto *messages = child<QPlainTextEdit>(d.get(), "messagesView");
        const QString named =
            QStringLiteral("entry 1 (") + entry.arxivId() + QStringLiteral(", by deepseek-chat)");
        QVERIFY2(messages->toPlainText().contains(named), qPrintable(messages->toPlainText()));
        QVERIFY(child<QDialogButtonBox>(d.get(), "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
        clickPublish(d.get());
        QTRY_VERIFY(!m_service->isRunning());
        QVERIFY2(d->outcome().published(), qPrintable(d->outcome().message));
        QVERIFY(messages->toPlainText().contains(named));
        QVERIFY(messages->toPlainText().contains(QStringLiteral("DRAFT_MEDIA_1")));
    }

    void asksBeforePublishingAgain()
    {
        auto first = dialog();
        clickPublish(first.get());
        QTRY_VERIFY(!m_service->isRunning());
        QVERIFY(first->outcome().published());
        const int requests = m_server->http().requestCount();

        auto d = dialog();
        QStringList asked;
        d->setConfirmation([&asked](const QString &q) {
            asked << q;
            return false;
        });
        clickPublish(d.get());
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("DRAFT_MEDIA_1")));
        QVERIFY(!m_service->isRunning());
        QCOMPARE(m_server->http().requestCount(), requests);

        d->setConfirmation([](const QString &) { return true; });
        clickPublish(d.get());
        QTRY_VERIFY(!m_service->isRunning());
        QVERIFY(d->outcome().published());
        QCOMPARE(m_server->drafts().size(), 2);
    }

    void badReadMoreUrlIsNamedAndNothingIsSent()
    {
        auto d = dialog();
        QVERIFY(child<QLineEdit>(d.get(), "sourceUrlEdit")->text().isEmpty()); // no default
        QCOMPARE(d->request().sourceUrl, QString());
        child<QLineEdit>(d.get(), "sourceUrlEdit")->setText(QStringLiteral("www.example.org"));
        clickPublish(d.get());
        QTRY_VERIFY(!m_service->isRunning());
        QCOMPARE(d->outcome().status, PublishOutcome::Status::NotReady);
        QVERIFY(child<QPlainTextEdit>(d.get(), "messagesView")
                    ->toPlainText()
                    .contains(QStringLiteral("www.example.org")));
        QCOMPARE(m_server->http().requestCount(), 0);
    }

    void limitsAreShownAndNothingIsSent()
    {
        auto d = dialog();
        child<QLineEdit>(d.get(), "titleEdit")->setText(QString(33, QChar(0x5B57)));
        clickPublish(d.get());
        QTRY_VERIFY(!m_service->isRunning());
        QCOMPARE(d->outcome().status, PublishOutcome::Status::NotReady);
        QVERIFY(child<QPlainTextEdit>(d.get(), "messagesView")->toPlainText().contains(QStringLiteral("33")));
        QCOMPARE(m_server->http().requestCount(), 0);
    }

    void coverChoices()
    {
        QImage thumb(20, 10, QImage::Format_RGB32);
        thumb.fill(Qt::red);
        auto d = dialog({{42, QStringLiteral("Entry 1, figure 1"), thumb}});
        auto *kind = child<QComboBox>(d.get(), "coverKindBox");
        QCOMPARE(kind->count(), 3);
        kind->setCurrentIndex(1);
        QCOMPARE(d->request().cover, WeChatPublishRequest::Cover::Figure);
        QCOMPARE(d->request().coverImageId, 42);
        kind->setCurrentIndex(2);
        child<QLineEdit>(d.get(), "coverFileEdit")->setText(QStringLiteral("/tmp/cover.png"));
        QCOMPARE(d->request().cover, WeChatPublishRequest::Cover::File);
        QCOMPARE(d->request().coverFile, QStringLiteral("/tmp/cover.png"));
    }

    void cancelStopsWithoutClosing()
    {
        m_server->http().clearRoutes();
        Test::LoopbackHttpServer::Response slow = Test::LoopbackHttpServer::ok("{}", "application/json");
        slow.delayMs = 5000;
        m_server->http().route(QStringLiteral("/cgi-bin/stable_token"), slow);
        auto d = dialog();
        d->show();
        clickPublish(d.get());
        QVERIFY(m_service->isRunning());
        QCOMPARE(child<QDialogButtonBox>(d.get(), "buttonBox")->button(QDialogButtonBox::Close)->text(),
                 PublishWeChatDialog::tr("&Cancel"));
        d->reject();
        QVERIFY(!m_service->isRunning());
        QCOMPARE(d->outcome().status, PublishOutcome::Status::Cancelled);
        QVERIFY(d->isVisible());
        d->reject();
        QVERIFY(!d->isVisible());
    }

    // Screenshots for review when $DIGEST_SCREENSHOT_DIR is set (English, then Chinese).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("DIGEST_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            Translations::install(qApp, language);
            auto d = dialog();
            d->show();
            clickPublish(d.get());
            QTRY_VERIFY(!m_service->isRunning());
            QVERIFY(
                d->grab().save(dir + QStringLiteral("/publish-wechat-") + language + QStringLiteral(".png")));
            WeChatCredentials::forgetAllTokens();
            m_library->forgetPublication(m_digest.id(), PublishingService::channel());
        }
    }
};

QTEST_MAIN(TestPublishWeChatDialog)
#include "tst_publishwechatdialog.moc"
