// The morning workflow through the main window as a person drives it, every click and shortcut counted: a
// morning run (PrepareService against loopback arXiv and drafting servers) proposed and drafted ten papers;
// the app opens on them with the run's bar; Go to First Proposal, Done and Next on each (keeping it and
// marking it reviewed), the WeChat format, Copy. The goal: at most 15 actions.
#include "app/mainwindow.h"
#include "common/guiresources.h"
#include "docks/morningrunbar.h"
#include "docks/paperlistpanel.h"
#include "docks/previewdock.h"
#include "document/digestdocument.h"
#include "loopbackhttpserver.h"
#include "services/arxivservice.h"
#include "services/draftingservice.h"
#include "services/launchconfig.h"
#include "services/prepareservice.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "testsupport.h"
#include "windowparts.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;

namespace {

constexpr int PapersInListing = 14;
constexpr int PapersProposed = 10;

QString paperId(int n)
{
    return QStringLiteral("2611.%1").arg(30001 + n);
}

// The recorded draft's paper (tests/fixtures/llm/entry.json): the stream's formulas are its formulas.
QByteArray recordedAbstract()
{
    const QJsonObject paper =
        QJsonDocument::fromJson(Test::fixture(QStringLiteral("llm/entry.json"))).object();
    return paper.value(QStringLiteral("abstract")).toString().toHtmlEscaped().toUtf8();
}

// Today's listing as arXiv's RSS feed has it (the shape of tests/fixtures/arxiv/listing-rss.xml).
QByteArray listingRss()
{
    QByteArray rss =
        "<?xml version='1.0' encoding='UTF-8'?><rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" version=\"2.0\"><channel>"
        "<title>cs.LG updates on arXiv.org</title>"
        "<pubDate>Mon, 30 Nov 2026 00:00:00 -0500</pubDate>";
    for (int n = 0; n < PapersInListing; ++n) {
        const QByteArray id = paperId(n).toUtf8();
        rss += "<item><title>Sparse Attention Study " + QByteArray::number(n) +
               "</title><link>https://arxiv.org/abs/" + id + "</link><description>arXiv:" + id +
               "v1 Announce Type: new \nAbstract: " + recordedAbstract() +
               "</description><guid isPermaLink=\"false\">oai:arXiv.org:" + id +
               "v1</guid><category>cs.LG</category><arxiv:announce_type>new</arxiv:announce_type>"
               "<dc:creator>Ann Lee, Bo Chen</dc:creator></item>";
    }
    return rss + "</channel></rss>";
}

// The recorded OpenAI-style stream (tests/fixtures/llm/openai-stream.sse) for every paper.
Server::Response stream()
{
    Server::Response response;
    response.header("Content-Type", "text/event-stream");
    for (const QByteArray &line : Test::fixture(QStringLiteral("llm/openai-stream.sse")).split('\n')) {
        if (!line.trimmed().isEmpty())
            response.chunks.append(line + "\n\n");
    }
    response.chunkIntervalMs = 2;
    return response;
}

} // namespace

class TestMorningWorkflow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    LaunchConfig m_config;
    int m_actions = 0;

    void click(QWidget *widget)
    {
        QVERIFY(widget && widget->isVisible() && widget->isEnabled());
        ++m_actions;
        QTest::mouseClick(widget, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-morningworkflow-test"));
        GuiResources::init();
        QSettings().clear();
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->listen());
        m_config.set(SettingsKeys::LibraryLocation.name(), m_dir.filePath(QStringLiteral("morning.sqlite")));
        m_config.set(SettingsKeys::ArxivListingUrl.name(), m_server->url(QStringLiteral("/rss/")).toString());
        m_config.set(SettingsKeys::ArxivIntervalMs.name(), 10);
        m_config.set(SettingsKeys::ArxivListingCategories.name(), QStringList{QStringLiteral("cs.LG")});
        m_config.set(SettingsKeys::DraftUrl.name(), m_server->url(QStringLiteral("/v1")).toString());
        m_config.set(SettingsKeys::DraftModel.name(), QStringLiteral("gpt-4o-mini"));
        m_server->route(QStringLiteral("/rss/cs.LG"), Server::ok(listingRss(), "application/rss+xml"));
        m_server->route(QStringLiteral("/v1/chat/completions"), stream());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void fromOpeningAfterAMorningRunToTheTenPaperPostOnTheClipboard()
    {
        // The morning run, as the timer starts it.
        {
            auto library = Library::open(m_config.libraryLocation());
            QVERIFY(library);
            ArxivService arxiv(m_config, library.get());
            QNetworkAccessManager network;
            DraftingService drafting(&network);
            drafting.setSettings(m_config.draftSettings());
            PrepareService prepare(library.get(), &arxiv, &drafting);
            PrepareService::Request request;
            request.top = PapersProposed;
            const PrepareReport report = prepare.run(request);
            QCOMPARE(report.outcome, PrepareReport::Outcome::Prepared);
            QCOMPARE(report.proposed.size(), PapersProposed);
            QCOMPARE(report.drafted.size(), PapersProposed);
        }

        MainWindow window(m_config);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        m_actions = 0;
        DigestDocument *document = Test::document(window);
        QCOMPARE(document->entryCount(), PapersProposed);

        auto *bar = window.findChild<MorningRunBar *>(QStringLiteral("morningRunBar"));
        QVERIFY(bar && bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral(": 10 proposed, 10 drafted, 0 failed")),
                 qPrintable(bar->text()));
        click(bar->findChild<QPushButton *>(QStringLiteral("firstProposalButton")));
        QTreeView *list = Test::part<PaperListPanel>(window, "paperListPanel")->view();
        QVERIFY(list->hasFocus());

        // Done and Next on each: kept and reviewed (the drafts arrived translated).
        for (int n = 0; n < PapersProposed; ++n) {
            ++m_actions;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        }
        QCOMPARE(document->statusCounts(), (QVector<int>{0, 0, PapersProposed}));
        QCOMPARE(document->nextProposal(), -1);
        QVERIFY(!bar->isVisible());

        // The WeChat post: the format (open the box, choose), then Copy.
        PreviewDock *preview = Test::part<PreviewDock>(window, "previewDock");
        auto *formats = preview->findChild<QComboBox *>(QStringLiteral("formats"));
        click(formats);
        QAbstractItemView *choices = formats->view();
        QTRY_VERIFY(choices->isVisible());
        const QModelIndex wechat = formats->model()->index(formats->findData(QStringLiteral("wechat")), 0);
        choices->scrollTo(wechat);
        const QPoint at = choices->visualRect(wechat).center();
        ++m_actions;
        QTest::mouseMove(choices->viewport(), at);
        QTest::mouseClick(choices->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTRY_COMPARE(formats->currentData().toString(), QStringLiteral("wechat"));
        QTRY_VERIFY(preview->result().text.contains(paperId(0)));
        QApplication::clipboard()->clear();
        click(preview->findChild<QPushButton *>(QStringLiteral("copy")));
        const QMimeData *copied = QApplication::clipboard()->mimeData();
        QVERIFY(copied && copied->hasHtml());
        for (int row = 0; row < PapersProposed; ++row)
            QVERIFY(copied->html().contains(document->entry(row).arxivId()));

        qInfo("User actions from opening the app after a morning run to a %d-paper WeChat post on the "
              "clipboard: %d",
              PapersProposed, m_actions);
        QVERIFY2(m_actions <= 15, qPrintable(QString::number(m_actions)));
    }
};

QTEST_MAIN(TestMorningWorkflow)
#include "tst_morningworkflow.moc"
