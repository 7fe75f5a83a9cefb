// AuthorBlockAnswer: a model's list of institutions is taken only when every name is text of the author block
// (white space aside, case kept); anything else is refused with a reason. The block is bare.pdf's
// (tests/fixtures/fulltext/src/bare/bare.tex) as AuthorBlockExtractor gives its lines; the expected values
// are written by hand from it.
#include "drafting/authorblockanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace DigestStudio;

namespace {

const QString Block = QStringLiteral("Mira Okafor\nNimbus\nmira@nimbus.example\nTomas Lindqvist\nQuarkwise\n"
                                     "Oslo, Norway\nCenter for Tiny Models, University of\nNowhere");

QByteArray completion(const QString &content, const QString &finish = QStringLiteral("stop"))
{
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), content}};
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("finish_reason"), finish}};
    return QJsonDocument(QJsonObject{{QStringLiteral("choices"), QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestAuthorBlockAnswer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taken_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QStringList>("institutions");
        const QStringList both{QStringLiteral("Nimbus"), QStringLiteral("Quarkwise")};
        QTest::newRow("two names") << QStringLiteral("{\"institutions\": [\"Nimbus\", \"Quarkwise\"]}")
                                   << both;
        QTest::newRow("fenced, after a think block")
            << QStringLiteral(
                   "<think>Nimbus? MIT?</think>\n```json\n{\"institutions\":[\"Nimbus\",\"Quarkwise\"]}\n```")
            << both;
        QTest::newRow("a name the PDF broke over two lines")
            << QStringLiteral("{\"institutions\": [\"University of Nowhere\"]}")
            << QStringList{QStringLiteral("University of Nowhere")};
        QTest::newRow("white space inside a name simplified")
            << QStringLiteral("{\"institutions\": [\"  Oslo,\\n Norway \"]}")
            << QStringList{QStringLiteral("Oslo, Norway")};
        QTest::newRow("a name twice, and an empty one, once")
            << QStringLiteral("{\"institutions\": [\"Nimbus\", \"\", \"Nimbus\", \"Quarkwise\"]}") << both;
        QTest::newRow("none named") << QStringLiteral("{\"institutions\": []}") << QStringList();
        QTest::newRow("the answer's order kept")
            << QStringLiteral("{\"institutions\": [\"Quarkwise\", \"Nimbus\"]}")
            << QStringList{QStringLiteral("Quarkwise"), QStringLiteral("Nimbus")};
    }
    void taken()
    {
        QFETCH(QString, content);
        QFETCH(QStringList, institutions);
        const AuthorBlockAnswer answer = AuthorBlockAnswer::read(completion(content), Block);
        QVERIFY2(answer.ok(), qPrintable(answer.error));
        QCOMPARE(answer.institutions, institutions);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a name the block does not hold")
            << completion(QStringLiteral("{\"institutions\": [\"Nimbus\", \"MIT\"]}"))
            << QStringLiteral("\"MIT\", which is not text of the author block");
        QTest::newRow("a name expanded")
            << completion(QStringLiteral("{\"institutions\": [\"Nimbus Inc.\"]}"))
            << QStringLiteral("\"Nimbus Inc.\", which is not text");
        QTest::newRow("a name in another case")
            << completion(QStringLiteral("{\"institutions\": [\"NIMBUS\"]}"))
            << QStringLiteral("\"NIMBUS\", which is not text");
        QTest::newRow("a name translated")
            << completion(QStringLiteral("{\"institutions\": [\"奥斯陆\"]}")) << QStringLiteral("\"奥斯陆\"");
        QTest::newRow("not JSON") << completion(QStringLiteral("Nimbus and Quarkwise."))
                                  << QStringLiteral("not a JSON object");
        QTest::newRow("another key") << completion(QStringLiteral(
                                            "{\"institutions\": [\"Nimbus\"], \"note\": \"sure\"}"))
                                     << QStringLiteral("not {\"institutions\": [...]}");
        QTest::newRow("a list of objects")
            << completion(QStringLiteral("{\"institutions\": [{\"name\": \"Nimbus\"}]}"))
            << QStringLiteral("not a string");
        QTest::newRow("cut at max tokens")
            << completion(QStringLiteral("{\"institutions\": [\"Nim"), QStringLiteral("length"))
            << QStringLiteral("cut off");
        QTest::newRow("an error object") << QByteArray("{\"error\":{\"message\":\"model not found\"}}")
                                         << QStringLiteral("model not found");
        QTest::newRow("not a completion") << QByteArray("<html>502</html>") << QStringLiteral("not a chat");
        QString many;
        for (int i = 0; i < 65; ++i)
            many += (i ? QStringLiteral(", ") : QString()) + QStringLiteral("\"Nimbus\"");
        QTest::newRow("65 names") << completion(QStringLiteral("{\"institutions\": [") + many +
                                                QLatin1Char(']') + QLatin1Char('}'))
                                  << QStringLiteral("65 institutions");
    }
    void refused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const AuthorBlockAnswer answer = AuthorBlockAnswer::read(body, Block);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error.contains(reason), qPrintable(answer.error));
        QVERIFY(answer.institutions.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuthorBlockAnswer)
#include "tst_authorblockanswer.moc"
