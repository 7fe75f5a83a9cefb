// DraftingController against a loopback server answering a recorded OpenAI-compatible stream: the text
// streams into the suggestion, empty fields are filled as one undo step, a person's text is never
// overwritten but offered beside, accept and dismiss, drafted_by set then cleared by an edit, and a 401 named
// as the key without ever showing it.
#include "common/guiresources.h"
#include "common/plaintext.h"
#include "common/windowstatusbar.h"
#include "controllers/draftingcontroller.h"
#include "document/digestdocument.h"
#include "draftingserver.h"
#include "draftselectiondigest.h"
#include "editor/draftsuggestionpanel.h"
#include "editor/entryeditor.h"
#include "editor/fieldedit.h"
#include "loopbackhttpserver.h"
#include "services/draftingservice.h"
#include "services/settingskeys.h"
#include "testsupport.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace DigestStudio;
using Server = Test::LoopbackHttpServer;
using Field = DigestEntry::Field;
using Mode = DraftSuggestionPanel::Mode;

namespace {

const QString Key = QStringLiteral("sk-test-never-shown-4242");

// A recorded stream, one write per event, `intervalMs` apart.
Server::Response streamed(const QString &fixture, int intervalMs)
{
    Server::Response response;
    response.header("Content-Type", "text/event-stream");
    const QByteArray bytes = Test::fixture(fixture);
    for (const QByteArray &event : bytes.split('\n')) {
        if (!event.trimmed().isEmpty())
            response.chunks.append(event + "\n\n");
    }
    response.chunkIntervalMs = intervalMs;
    return response;
}

DigestEntry recordedEntry(int n)
{
    const QJsonObject o = QJsonDocument::fromJson(Test::fixture(QStringLiteral("llm/entry.json"))).object();
    DigestEntry entry;
    entry.setArxivId(QStringLiteral("2611.0000%1").arg(n));
    entry.setTag(o.value(QStringLiteral("tag")).toString());
    entry.setTitle(o.value(QStringLiteral("title")).toString());
    entry.setAbstract(o.value(QStringLiteral("abstract")).toString());
    return entry;
}

// The first two papers of papers.json as imported OpenReview posts: no arXiv id, an OpenReview link.
Digest openReviewDigest(const QVector<Test::DraftPaper> &papers)
{
    Digest digest;
    digest.setDate(QDate(2026, 12, 2));
    for (int n = 0; n < 2; ++n) {
        DigestEntry e;
        e.setLink(QStringLiteral("https://openreview.net/forum?id=abc%1").arg(n));
        e.setTag(papers.at(n).tag);
        e.setTitle(papers.at(n).title);
        e.setAbstract(papers.at(n).abstract);
        digest.entries().append(e);
    }
    return digest;
}

} // namespace

class TestDraftingController final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network; // the window's one, in the application
    std::unique_ptr<Server> m_server;
    std::unique_ptr<DigestDocument> m_document;
    std::unique_ptr<EntryEditor> m_editor;
    std::unique_ptr<WindowStatusBar> m_statusBar;
    std::unique_ptr<DraftingController> m_controller;

    DraftSuggestionPanel *panel() const { return m_editor->draftPanel(); }
    const DigestEntry &entry(int row) const { return m_document->entry(row); }
    QString expectedTitle() const { return QStringLiteral("$k$头稀疏注意力的线性扩展：一项研究"); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-test"));
        GuiResources::init(); // the editor's status icons
    }

    void init()
    {
        m_server = std::make_unique<Server>();
        QVERIFY(m_server->listen());
        m_document = std::make_unique<DigestDocument>();
        Digest digest;
        digest.setDate(QDate(2026, 11, 30));
        for (int n = 0; n < 3; ++n)
            digest.entries().append(recordedEntry(n));
        m_document->setDigest(digest);
        m_editor = std::make_unique<EntryEditor>();
        m_editor->setDocument(m_document.get());
        m_editor->setCurrentEntry(0);
        m_statusBar = std::make_unique<WindowStatusBar>();
        m_controller = std::make_unique<DraftingController>(m_document.get(), m_editor.get(),
                                                            m_statusBar.get(), &m_network);
        DraftSettings settings;
        settings.baseUrl = m_server->url(QStringLiteral("/v1"));
        settings.model = QStringLiteral("gpt-4o-mini");
        settings.timeoutMs = 10000;
        settings.maxRetries = 0;
        settings.apiKey = Key;
        m_controller->setSettings(settings);
    }

    void cleanup()
    {
        m_controller.reset();
        m_statusBar.reset();
        m_editor.reset();
        m_document.reset();
        m_server.reset();
    }

    void theStreamShowsInTheSuggestionAsItArrives()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        streamed(QStringLiteral("llm/openai-stream.sse"), 30));
        m_controller->draftCurrent();
        QCOMPARE(panel()->mode(), Mode::Streaming);
        // Part of the title is there while the rest is still on its way.
        QTRY_VERIFY(panel()->suggestionText().contains(QStringLiteral("头稀疏")));
        QCOMPARE(panel()->mode(), Mode::Streaming);
        // The math is shown as it will be saved, never as the placeholders the model saw.
        QVERIFY(panel()->suggestionText().contains(QStringLiteral("$k$头稀疏")));
        QVERIFY(!panel()->suggestionText().contains(QChar(0x27E6)));
        QVERIFY(!panel()->suggestionText().contains(QStringLiteral("12个基准")));
        QVERIFY(entry(0).zhTitle().isEmpty());
        QVERIFY(m_controller->isDrafting(0));
        QTRY_VERIFY(!m_controller->isDrafting());
    }

    void emptyFieldsAreFilledAsOneUndoStep()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        streamed(QStringLiteral("llm/openai-stream.sse"), 0));
        const int steps = m_document->undoStack()->count();
        m_controller->draftCurrent();
        QTRY_VERIFY(!m_controller->isDrafting());
        QCOMPARE(entry(0).zhTitle(), expectedTitle());
        QVERIFY(entry(0).zhSummary().contains(QStringLiteral("12个基准")));
        QVERIFY(!entry(0).zhShortTitle().isEmpty());
        QVERIFY(!entry(0).draftedBy().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        // Translated, waiting for a person's review.
        QCOMPARE(entry(0).status(), DigestEntry::Status::Translated);
        // Nothing is left to offer: the draft went into the empty fields, and the editor shows it.
        QCOMPARE(panel()->mode(), Mode::Hidden);
        QVERIFY(!panel()->markText().isEmpty());
        QCOMPARE(m_editor->fieldEdit(Field::ZhTitle)->text(), expectedTitle());

        m_document->undoStack()->undo();
        QVERIFY(entry(0).zhTitle().isEmpty());
        QVERIFY(entry(0).zhSummary().isEmpty());
        QVERIFY(entry(0).draftedBy().isEmpty());
        QCOMPARE(entry(0).status(), DigestEntry::Status::Draft);
        QVERIFY(panel()->markText().isEmpty());
    }

    void aPersonsTextIsNeverOverwrittenButOfferedBeside()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        streamed(QStringLiteral("llm/openai-stream.sse"), 0));
        m_document->setField(0, Field::ZhTitle, QStringLiteral("我写的标题"));
        m_controller->draftCurrent();
        QTRY_VERIFY(!m_controller->isDrafting());
        QCOMPARE(entry(0).zhTitle(), QStringLiteral("我写的标题"));
        QVERIFY(entry(0).zhSummary().contains(QStringLiteral("12个基准"))); // the empty one is filled
        QCOMPARE(panel()->mode(), Mode::Offered);
        QVERIFY(panel()->suggestionText().contains(expectedTitle()));
        QCOMPARE(m_controller->offer(0).zhTitle, expectedTitle());

        // Dismissed: the person's text stays, the offer goes.
        m_controller->dismissOffer();
        QCOMPARE(panel()->mode(), Mode::Hidden);
        QCOMPARE(entry(0).zhTitle(), QStringLiteral("我写的标题"));
        QVERIFY(m_controller->offer(0).isEmpty());
    }

    void acceptingAnOfferReplacesTheTextAsOneUndoStep()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        streamed(QStringLiteral("llm/openai-stream.sse"), 0));
        m_document->setField(0, Field::ZhTitle, QStringLiteral("我写的标题"));
        m_document->setField(0, Field::ZhSummary, QStringLiteral("我写的摘要"));
        m_document->setField(0, Field::ZhShortTitle, QStringLiteral("我写的"));
        m_document->closeMergeWindow();
        m_controller->draftCurrent();
        QTRY_VERIFY(!m_controller->isDrafting());
        QVERIFY(entry(0).draftedBy().isEmpty()); // nothing filled, all offered
        QCOMPARE(panel()->mode(), Mode::Offered);
        const int steps = m_document->undoStack()->count();
        m_controller->acceptOffer();
        QCOMPARE(entry(0).zhTitle(), expectedTitle());
        QVERIFY(!entry(0).draftedBy().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(panel()->mode(), Mode::Hidden);
        m_document->undoStack()->undo();
        QCOMPARE(entry(0).zhTitle(), QStringLiteral("我写的标题"));
        QCOMPARE(entry(0).zhSummary(), QStringLiteral("我写的摘要"));
        QVERIFY(entry(0).draftedBy().isEmpty());
    }

    void draftedByIsClearedByAPersonsEditAndByReview()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        streamed(QStringLiteral("llm/openai-stream.sse"), 0));
        QCOMPARE(m_controller->draftRows({0, 1}), 2);
        QTRY_VERIFY(!m_controller->isDrafting());
        QVERIFY(!entry(0).draftedBy().isEmpty());
        QVERIFY(!entry(1).draftedBy().isEmpty());
        // An edit of a Chinese field: the machine text has been looked at.
        m_document->setField(0, Field::ZhSummary, entry(0).zhSummary() + QStringLiteral("。"));
        QVERIFY(entry(0).draftedBy().isEmpty());
        m_document->undoStack()->undo();
        QVERIFY(!entry(0).draftedBy().isEmpty()); // undo puts the mark back with the text
        // An English edit says nothing about the Chinese text.
        m_document->setField(1, Field::Title, QStringLiteral("Another title"));
        QVERIFY(!entry(1).draftedBy().isEmpty());
        // Marked reviewed: a person has looked.
        m_document->setStatus({1}, DigestEntry::Status::Reviewed);
        QVERIFY(entry(1).draftedBy().isEmpty());
        m_document->undoStack()->undo();
        QVERIFY(!entry(1).draftedBy().isEmpty());
    }

    void draftAllUnfinishedSkipsReviewedAndFinishedPapers()
    {
        m_document->setField(1, Field::ZhTitle, QStringLiteral("标题"));
        m_document->setField(1, Field::ZhSummary, QStringLiteral("摘要"));
        m_document->setStatus({2}, DigestEntry::Status::Reviewed);
        QCOMPARE(m_controller->unfinishedRows(), QList<int>{0});
    }

    // The same entries, and the same status after, as `digestctl draft` on the same digest; each entry gets
    // its own paper's text (entry n is paper n of papers.json; the fake server answers by the prompt's title,
    // the last paper first).
    void choosesAndSettlesLikeDigestctl()
    {
        const QVector<Test::DraftPaper> papers = Test::draftPapers();
        Digest digest;
        digest.setDate(QDate(2026, 12, 1));
        digest.entries() = Test::draftSelectionEntries([&papers](int n) {
            DigestEntry e;
            e.setArxivId(papers.at(n - 1).arxivId);
            e.setTag(papers.at(n - 1).tag);
            e.setTitle(papers.at(n - 1).title);
            e.setAbstract(papers.at(n - 1).abstract);
            return e;
        });
        m_document->setDigest(digest);
        Test::DraftingServer fake(m_server.get());
        fake.answerPapers({1200, 0, 0, 600, 0});
        QList<int> expected;
        for (int row : Test::draftSelectionChosen())
            expected.append(row);
        QCOMPARE(m_controller->unfinishedRows(), expected);
        const int steps = m_document->undoStack()->count();
        m_controller->draftUnfinished();
        QTRY_VERIFY(!m_controller->isDrafting());
        QCOMPARE(m_server->requestCount(), expected.size());
        const QVector<DigestEntry::Status> statuses = Test::draftSelectionStatusesAfter();
        for (int row = 0; row < statuses.size(); ++row)
            QCOMPARE(entry(row).status(), statuses.at(row));
        auto fields = [this](int row) {
            return QStringList{entry(row).zhTitle(), entry(row).zhShortTitle(), entry(row).zhSummary()};
        };
        QCOMPARE(fields(0), papers.at(0).expected);
        QCOMPARE(fields(3), (QStringList{QStringLiteral("译好的标题"), papers.at(3).expected.at(1),
                                         papers.at(3).expected.at(2)}));
        QCOMPARE(fields(4), (QStringList{QStringLiteral("只有标题"), papers.at(4).expected.at(1),
                                         papers.at(4).expected.at(2)}));
        QCOMPARE(fields(2), (QStringList{QString(), QString(), QString()}));
        // Each drafted paper's fill and its new status are one undo step.
        QCOMPARE(m_document->undoStack()->count(), steps + expected.size());
        for (int i = 0; i < expected.size(); ++i)
            m_document->undoStack()->undo();
        QCOMPARE(entry(0).status(), DigestEntry::Status::Draft);
        QCOMPARE(entry(4).status(), DigestEntry::Status::Draft);
        QVERIFY(entry(4).zhSummary().isEmpty());
    }

    // A long stream is appended to what the panel shows, up to its limit; past it the panel says the rest
    // is there. The controller keeps the whole text, and a panel shown again shows it from the start.
    void aLongStreamIsAppendedUpToTheShownLimit()
    {
        const int limit = DraftSuggestionPanel::MaxStreamedChars;
        panel()->showStreaming(QStringLiteral("m"),
                               DraftFields{QStringLiteral("标题"), QString(), QString()});
        const QString piece(100, QChar(0x6587)); // 文
        for (int sent = 0; sent < limit - 100; sent += 100)
            panel()->appendStreaming(DraftFields{QString(), QString(), piece});
        auto *summary = panel()->findChild<QPlainTextEdit *>(QStringLiteral("draftSuggestionSummary"));
        QVERIFY(summary);
        QVERIFY(summary->isReadOnly());
        QCOMPARE(summary->toPlainText(), QStringLiteral("Summary: ") + QString(limit - 100, QChar(0x6587)));
        panel()->appendStreaming(DraftFields{QStringLiteral("二"), QString(), piece + QStringLiteral("末")});
        QVERIFY(panel()->suggestionText().startsWith(QStringLiteral("Title: 标题二\n")));
        const QString shown = summary->toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("Summary: ") + QString(limit, QChar(0x6587)) +
                                  QStringLiteral("…\n")),
                 qPrintable(shown.right(120)));
        QVERIFY(!shown.contains(QStringLiteral("末")));
        QVERIFY(shown.contains(QStringLiteral("%L1").arg(limit)));
        panel()->appendStreaming(DraftFields{QString(), QString(), piece});
        QCOMPARE(summary->toPlainText(), shown); // nothing more once past the limit
        QCOMPARE(panel()->mode(), Mode::Streaming);
    }

    // A server whose error text is markup: the status bar's draft note, its tooltip and the suggestion panel
    // show the markup as letters (no link to follow, no local file loaded as an image).
    void aServersMarkupIsShownAsText()
    {
        m_server->route(
            QStringLiteral("/v1/chat/completions"),
            Server::status(500, Test::fixture(QStringLiteral("llm/error-markup.json")), "application/json"));
        m_controller->draftCurrent();
        QTRY_VERIFY(!m_controller->isDrafting());
        auto *note = m_statusBar->findChild<QLabel *>(QStringLiteral("draftNoteLabel"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("<a href=\"https://phish.example/rekey\">")),
                 qPrintable(note->text()));
        QVERIFY(note->text().contains(QStringLiteral("<img src=")));
        QCOMPARE(note->textFormat(), Qt::PlainText);
        const QString shownTip = PlainText::shownToolTip(note->toolTip());
        QVERIFY2(shownTip.contains(
                     QStringLiteral("<a href=\"https://phish.example/rekey\">Re-enter your key</a>")),
                 qPrintable(shownTip));
        QVERIFY2(shownTip.contains(QStringLiteral("<img src=\"file:///etc/hostname\">")),
                 qPrintable(shownTip));
        QCOMPARE(panel()->mode(), Mode::Failed);
        QVERIFY(panel()->suggestionText().contains(QStringLiteral("<a href=")));
        for (QLabel *label : panel()->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    // Two OpenReview papers (no arXiv id, so both ids are ""): each gets its own paper's draft, also when the
    // second is drafted alone and when the rows move while the drafts stream.
    void entriesWithoutAnArxivIdEachGetTheirOwnDraft()
    {
        const QVector<Test::DraftPaper> papers = Test::draftPapers();
        m_document->setDigest(openReviewDigest(papers));
        Test::DraftingServer fake(m_server.get());
        fake.answerPapers({300, 0});
        m_editor->setCurrentEntry(1);
        m_controller->draftCurrent();
        QTRY_VERIFY(!m_controller->isDrafting());
        QVERIFY2(entry(0).zhTitle().isEmpty(), qPrintable(entry(0).zhTitle()));
        QCOMPARE(entry(0).status(), DigestEntry::Status::Draft);
        QCOMPARE(entry(1).zhTitle(), papers.at(1).expected.at(0));

        m_document->setDigest(openReviewDigest(papers));
        QCOMPARE(m_controller->draftRows({0, 1}), 2);
        m_document->moveEntries({1}, 0); // paper 2 now first, while both stream
        QTRY_VERIFY(!m_controller->isDrafting());
        QCOMPARE(entry(0).zhTitle(), papers.at(1).expected.at(0));
        QCOMPARE(entry(1).zhTitle(), papers.at(0).expected.at(0));
    }

    // After Cancel, and after another digest opened, what the service still says of the old jobs (a late
    // answer, a late failure) changes nothing, whatever ticket it names.
    void aLateSignalAfterCancelChangesNothing()
    {
        const QVector<Test::DraftPaper> papers = Test::draftPapers();
        m_document->setDigest(openReviewDigest(papers));
        Test::DraftingServer fake(m_server.get());
        fake.answerPapers({2000, 2000});
        QCOMPARE(m_controller->draftRows({0, 1}), 2);
        m_controller->cancelAll();
        const DraftFields late{QStringLiteral("迟到的标题"), QStringLiteral("迟到"),
                               QStringLiteral("迟到的摘要")};
        DraftingService *service = m_controller->service();
        for (int ticket = -1; ticket < 8; ++ticket)
            Q_EMIT service->drafted(ticket, late, QStringLiteral("late-model"));
        QVERIFY(entry(0).zhTitle().isEmpty() && entry(1).zhTitle().isEmpty());
        m_document->setDigest(openReviewDigest(papers));
        for (int ticket = -1; ticket < 8; ++ticket) {
            Q_EMIT service->drafted(ticket, late, QStringLiteral("late-model"));
            Q_EMIT service->failed(ticket, QStringLiteral("late failure"));
        }
        for (int row = 0; row < 2; ++row) {
            QVERIFY(entry(row).zhTitle().isEmpty());
            QVERIFY(entry(row).draftedBy().isEmpty());
        }
        QCOMPARE(panel()->mode(), Mode::Hidden);
        QVERIFY(!m_statusBar->draftNote().contains(QStringLiteral("late failure")));
    }

    // An offer stands beside the text it was made against: a key typed in that field withdraws it, says why,
    // and Accept no longer replaces what the person just wrote.
    void anOfferIsWithdrawnWhenThePersonChangesTheText()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        streamed(QStringLiteral("llm/openai-stream.sse"), 0));
        m_document->setField(0, Field::ZhTitle, QStringLiteral("我写的标题"));
        m_document->closeMergeWindow();
        QAction accept;
        QAction dismiss;
        m_controller->setOfferActions(&accept, &dismiss);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        m_controller->draftCurrent();
        QTRY_VERIFY(!m_controller->isDrafting());
        QCOMPARE(panel()->mode(), Mode::Offered);
        QVERIFY(accept.isEnabled());
        FieldEdit *title = m_editor->fieldEdit(Field::ZhTitle);
        title->setFocus();
        QTest::keyClick(title, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(title, QStringLiteral("x"));
        QCOMPARE(entry(0).zhTitle(), QStringLiteral("我写的标题x"));
        QCOMPARE(panel()->mode(), Mode::Hidden);
        QVERIFY(!accept.isEnabled());
        QVERIFY(m_controller->offer(0).isEmpty());
        QVERIFY2(m_statusBar->draftNote().contains(QStringLiteral("withdrawn")),
                 qPrintable(m_statusBar->draftNote()));
        accept.trigger(); // a shortcut pressed anyway
        QCOMPARE(entry(0).zhTitle(), QStringLiteral("我写的标题x"));
    }

    // A change elsewhere in the entry (the English side, another entry) leaves the offer standing.
    void anOfferStaysWhileItsTextStays()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        streamed(QStringLiteral("llm/openai-stream.sse"), 0));
        m_document->setField(0, Field::ZhTitle, QStringLiteral("我写的标题"));
        m_controller->draftCurrent();
        QTRY_VERIFY(!m_controller->isDrafting());
        m_document->setField(0, Field::Title, QStringLiteral("Another English title"));
        m_document->setField(1, Field::ZhTitle, QStringLiteral("别的"));
        QCOMPARE(panel()->mode(), Mode::Offered);
        QCOMPARE(m_controller->offer(0).zhTitle, expectedTitle());
    }

    void a401NamesTheKeyWithoutShowingIt()
    {
        m_server->route(
            QStringLiteral("/v1/chat/completions"),
            Server::status(401, Test::fixture(QStringLiteral("llm/error-401.json")), "application/json"));
        m_controller->draftCurrent();
        QTRY_VERIFY(!m_controller->isDrafting());
        QCOMPARE(panel()->mode(), Mode::Failed);
        const QString note = m_statusBar->draftNote();
        QVERIFY2(note.contains(QStringLiteral("key")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("2611.00000")), qPrintable(note)); // which paper
        QVERIFY(!note.contains(Key));
        QVERIFY(!panel()->suggestionText().contains(Key));
        QVERIFY(entry(0).zhTitle().isEmpty()); // nothing saved
        // The key went in the Authorization header only.
        QCOMPARE(m_server->requests().constFirst().headers.value("authorization"), "Bearer " + Key.toUtf8());
        m_controller->dismissOffer();
        QCOMPARE(panel()->mode(), Mode::Hidden);
    }

    // The connection drops while the draft streams into the panel: named, nothing saved, no half draft left
    // on offer, the undo stack untouched.
    void aStreamCutWhileShowingSavesNothing()
    {
        Server::Response cut = streamed(QStringLiteral("llm/openai-stream.sse"), 20);
        cut.chunks.resize(cut.chunks.size() / 2);
        cut.cutStream = true;
        m_server->route(QStringLiteral("/v1/chat/completions"), cut);
        const int steps = m_document->undoStack()->count();
        m_controller->draftCurrent();
        QTRY_VERIFY(panel()->suggestionText().contains(QStringLiteral("头")));
        QTRY_VERIFY(!m_controller->isDrafting());
        QCOMPARE(panel()->mode(), Mode::Failed);
        QVERIFY2(m_statusBar->draftNote().contains(QStringLiteral("2611.00000")),
                 qPrintable(m_statusBar->draftNote()));
        QVERIFY(entry(0).zhTitle().isEmpty() && entry(0).zhSummary().isEmpty() &&
                entry(0).draftedBy().isEmpty());
        QCOMPARE(m_document->undoStack()->count(), steps);
    }

    void a429SaysItWaitsThenTheDraftArrives()
    {
        Server::Response limited =
            Server::status(429, Test::fixture(QStringLiteral("llm/error-429.json")), "application/json");
        limited.header("Retry-After", "1");
        m_server->route(
            QStringLiteral("/v1/chat/completions"),
            QVector<Server::Response>{limited, streamed(QStringLiteral("llm/openai-stream.sse"), 0)});
        DraftSettings settings = m_controller->settings();
        settings.maxRetries = 2;
        m_controller->setSettings(settings);
        m_controller->draftCurrent();
        QTRY_VERIFY(m_statusBar->draftNote().contains(QStringLiteral("429")));
        QVERIFY2(m_statusBar->draftNote().contains(QStringLiteral("trying again in 1 s")),
                 qPrintable(m_statusBar->draftNote()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isDrafting(), 10000);
        QCOMPARE(entry(0).zhTitle(), expectedTitle());
        QCOMPARE(m_server->requestCount(), 2);
    }

    void progressAndCancelInTheStatusBar()
    {
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        streamed(QStringLiteral("llm/openai-stream.sse"), 200));
        QCOMPARE(m_controller->draftRows({0, 1, 2}), 3);
        QTRY_VERIFY(m_statusBar->draftProgressText().contains(QStringLiteral("of 3")));
        QSignalSpy cancelled(m_statusBar.get(), &WindowStatusBar::cancelDraftingRequested);
        m_statusBar->findChild<QWidget *>(QStringLiteral("cancelDraftingButton"))->show();
        QTest::mouseClick(m_statusBar->findChild<QWidget *>(QStringLiteral("cancelDraftingButton")),
                          Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!m_controller->isDrafting());
        QVERIFY(m_statusBar->draftProgressText().isEmpty());
        QTest::qWait(50);
        QVERIFY(entry(0).zhTitle().isEmpty());
    }

    void tokensUsedTodayAreCounted()
    {
        QSettings settings; // the day's count is kept in the settings: start this test from none
        SettingsKeys::DraftTokensDay.reset(settings);
        SettingsKeys::DraftTokensToday.reset(settings);
        m_server->route(QStringLiteral("/v1/chat/completions"),
                        streamed(QStringLiteral("llm/openai-stream.sse"), 0));
        m_controller->draftCurrent();
        QTRY_VERIFY(!m_controller->isDrafting());
        QCOMPARE(m_controller->service()->tokensUsedToday(), 508); // the recording's usage chunk
        QVERIFY2(m_statusBar->tokensText().contains(QLocale().toString(508)),
                 qPrintable(m_statusBar->tokensText()));
    }
};

QTEST_MAIN(TestDraftingController)
#include "tst_draftingcontroller.moc"
