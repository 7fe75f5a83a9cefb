// AuthorBlockPrompt: the block sent line by line and cut at a whole line, the request a plain (unstreamed)
// chat completion with the key only in its Authorization header.
#include "drafting/authorblockprompt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace DigestStudio;

class TestAuthorBlockPrompt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockTextJoinsTrimmedLines()
    {
        QCOMPARE(AuthorBlockPrompt::blockText({QStringLiteral("  Mira Okafor "), QString(),
                                               QStringLiteral("Nimbus"), QStringLiteral("   ")}),
                 QStringLiteral("Mira Okafor\nNimbus"));
    }

    void aLongBlockIsCutAtAWholeLine()
    {
        const QString line(99, QLatin1Char('a'));
        QStringList lines;
        for (int i = 0; i < 100; ++i)
            lines.append(line);
        const QString text = AuthorBlockPrompt::blockText(lines);
        QVERIFY(text.size() <= AuthorBlockPrompt::MaxBlockChars);
        // 60 lines of 99 characters and 59 line breaks make 5999 characters; a 61st would pass 6000.
        QCOMPARE(text.count(QLatin1Char('\n')), 59);
        QVERIFY(text.endsWith(line));
    }

    void theRequestIsAnUnstreamedChatCompletion()
    {
        DraftSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://llm.example/v1/"));
        settings.model = QStringLiteral("block-reader");
        settings.apiKey = QStringLiteral("sk-secret-123");
        const DraftRequest request = AuthorBlockPrompt::request(settings, QStringLiteral("Ann Lee\nNimbus"));
        QCOMPARE(request.request.url(), QUrl(QStringLiteral("https://llm.example/v1/chat/completions")));
        QCOMPARE(request.request.rawHeader("Authorization"), QByteArray("Bearer sk-secret-123"));
        QCOMPARE(request.request.rawHeader("Accept"), QByteArray("application/json"));
        QVERIFY(!request.body.contains("sk-secret-123"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("stream")).toBool(true), false);
        QVERIFY(!body.contains(QStringLiteral("stream_options")));
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("block-reader"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages.at(0)
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("exactly as it stands in the block")));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Author block:\nAnn Lee\nNimbus"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorBlockPrompt)
#include "tst_authorblockprompt.moc"
