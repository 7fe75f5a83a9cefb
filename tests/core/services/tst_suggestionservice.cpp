// SuggestionService over a SQLite library: training in the background with progress, listings stored and
// retrained on, "not for us" marks, and a bad history file that changes nothing.
#include "formats/digestimporter.h"
#include "scratchlibraries.h"
#include "services/publishingservice.h"
#include "services/suggestionservice.h"
#include "services/wechatcredentials.h"
#include "storage/library.h"
#include "synthetichistory.h"
#include "testsupport.h"
#include "wechatapiserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::ScratchLibraries;
using DigestStudio::Test::SyntheticHistory;

namespace {

QByteArray jsonl(const QVector<ListingDay> &days)
{
    QByteArray out;
    for (const ListingDay &day : days) {
        QJsonArray listing;
        for (const Paper &p : day.listing)
            listing.append(p.toJson());
        const QJsonObject line{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                               {QStringLiteral("listing"), listing},
                               {QStringLiteral("picked"), QJsonArray::fromStringList(day.picked)}};
        out += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

SyntheticHistory::Options small()
{
    SyntheticHistory::Options options;
    options.days = 25;
    options.papersPerDay = 120;
    return options;
}

} // namespace

#define OPEN_LIBRARY_OR_FAIL                                                                                 \
    LibraryError openError;                                                                                  \
    auto library = Library::open(m_scratch.create(QStringLiteral("sqlite")), &openError);                    \
    QVERIFY2(library, qPrintable(openError.message))

class TestSuggestionService final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

private Q_SLOTS:
    void trainsInTheBackground()
    {
        OPEN_LIBRARY_OR_FAIL;
        SyntheticHistory synthetic(small());
        SuggestionService service(library.get());
        int days = 0;
        QString error;
        QVERIFY2(service.importHistory(jsonl(synthetic.history()), &days, &error), qPrintable(error));
        QCOMPARE(days, 25);
        QSignalSpy started(&service, &SuggestionService::trainingStarted);
        QSignalSpy progress(&service, &SuggestionService::trainingProgress);
        QSignalSpy trained(&service, &SuggestionService::trained);
        service.retrain(QDate(2026, 3, 1));
        QCOMPARE(started.count(), 1);
        QVERIFY(service.isTraining()); // returned at once: the editor is not kept waiting
        QVERIFY(trained.wait(60000));
        QVERIFY(!service.isTraining());
        QVERIFY(progress.count() > 0);
        QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
        QCOMPARE(service.model().stage(), SuggestionModel::Stage::Model);
        QCOMPARE(service.model().picks(), 25 * 9);

        // A listing stored retrains; the day's papers are ranked, none lost.
        const QVector<Paper> today = synthetic.listing(80, QDate(2026, 3, 1));
        QVERIFY(service.storeListing(QDate(2026, 3, 1), today, &error));
        QCOMPARE(started.count(), 2);
        QVERIFY(trained.wait(60000));
        QCOMPARE(library->listingHistory(QDate(2026, 3, 1), QDate(2026, 3, 1)).constFirst().listing.size(),
                 80);
        const QVector<Suggestion> ranked = service.rank(today);
        QCOMPARE(ranked.size(), 80);

        // Not for us: stored, and the paper goes last.
        QVERIFY(service.setNotForUs(ranked.constFirst().id, true, &error));
        QCOMPARE(library->notForUs(), QStringList{ranked.constFirst().id});
        QVERIFY(trained.wait(60000));
        QCOMPARE(service.rank(today).constLast().id, ranked.constFirst().id);
    }

    // A digest published to the WeChat draft box holds the day's picks: the model learns from it at once.
    // Nothing published (already sent, refused) trains nothing.
    void retrainsAfterAPublish()
    {
        QStandardPaths::setTestModeEnabled(true);
        WeChatCredentials::forgetAllTokens();
        ScratchLibraries scratch;
        auto library = Library::open(scratch.create(QStringLiteral("sqlite")));
        QVERIFY(library);
        Digest digest =
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
        digest.setDate(QDate(2022, 10, 14));
        WeChatPublishRequest request;
        request.digestId = library->createDigest(digest);
        Test::WeChatApiServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        PublishingService publishing(library.get(), &network, server.url());
        publishing.setCredentials({Test::WeChatApiServer::appId(), Test::WeChatApiServer::secret()});
        SuggestionService suggestions(library.get());
        suggestions.watch(&publishing);
        QSignalSpy trained(&suggestions, &SuggestionService::trained);
        const PublishOutcome outcome = publishing.publishAndWait(request);
        QVERIFY2(outcome.published(), qPrintable(outcome.message + outcome.problems.join(QLatin1Char(' '))));
        QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 20000);
        QCOMPARE(publishing.publishAndWait(request).status, PublishOutcome::Status::AlreadyPublished);
        QTest::qWait(200);
        QVERIFY(!suggestions.isTraining());
        QCOMPARE(trained.count(), 1);
    }

    void badHistoryChangesNothing()
    {
        OPEN_LIBRARY_OR_FAIL;
        SyntheticHistory synthetic(small());
        SuggestionService service(library.get());
        QString error;
        QVERIFY(service.importHistory(jsonl(synthetic.history().mid(0, 2)), nullptr, &error));
        const QVector<ListingDay> before = library->listingHistory();
        QByteArray bad = jsonl(synthetic.history().mid(2, 3));
        bad += "{\"date\":\"2026-02-30\",\"listing\":[],\"picked\":[]}\n";
        QVERIFY(!service.importHistory(bad, nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("line 4:")), qPrintable(error));
        QCOMPARE(library->listingHistory().size(), before.size());
        // Valid lines whose storing fails also leave nothing behind (a day already imported is fine: merged).
        QCOMPARE(library->listingHistory().size(), 2);
    }
};

QTEST_MAIN(TestSuggestionService) // a GUI application: publishing draws a title card
#include "tst_suggestionservice.moc"
