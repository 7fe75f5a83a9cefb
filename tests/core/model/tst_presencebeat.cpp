// PresenceBeat: a message goes to bytes and back unchanged; every malformed or oversized payload from the
// wire is refused with what is wrong, and names that are too long are cut when sent.
#include "model/presencebeat.h"

#include <QtTest>

using namespace DigestStudio;
using Field = DigestEntry::Field;

class TestPresenceBeat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        PresenceBeat beat;
        beat.session = QStringLiteral("3f2b1c9e-0d4a-4e8b-9a7c-5d6e7f801234");
        beat.person = QStringLiteral("wangfang");
        beat.displayName = QStringLiteral("王芳");
        beat.digestId = 12;
        beat.entryId = 345;
        beat.position = 3;
        beat.field = Field::ZhSummary;
        beat.typing = true;
        PresenceBeat back;
        QString problem;
        QVERIFY2(PresenceBeat::parse(beat.toPayload(), &back, &problem), qPrintable(problem));
        QCOMPARE(back.kind, PresenceBeat::Kind::Beat);
        QCOMPARE(back.session, beat.session);
        QCOMPARE(back.person, beat.person);
        QCOMPARE(back.displayName, QStringLiteral("王芳"));
        QCOMPARE(back.digestId, 12);
        QCOMPARE(back.entryId, 345);
        QCOMPARE(back.position, 3);
        QVERIFY(back.field == Field::ZhSummary);
        QVERIFY(back.typing);

        beat.kind = PresenceBeat::Kind::Leave;
        beat.field.reset();
        beat.typing = false;
        QVERIFY(PresenceBeat::parse(beat.toPayload(), &back));
        QCOMPARE(back.kind, PresenceBeat::Kind::Leave);
        QVERIFY(!back.field);
    }

    void cutsLongNames()
    {
        PresenceBeat beat;
        beat.session = QStringLiteral("s1");
        beat.person = QString(500, QLatin1Char('p'));
        beat.displayName = QString(500, QChar(0x738B)); // 王 × 500: 1500 bytes of UTF-8 uncut
        const QByteArray payload = beat.toPayload();
        QVERIFY(payload.size() <= PresenceBeat::MaxPayloadBytes);
        PresenceBeat back;
        QVERIFY(PresenceBeat::parse(payload, &back));
        QCOMPARE(back.person.size(), PresenceBeat::MaxNameChars);
        QCOMPARE(back.displayName.size(), PresenceBeat::MaxNameChars);
    }

    // Written by hand from the message's rules in presencebeat.h; each must be refused.
    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("problem");
        const QByteArray good = R"("v":1,"k":"beat","s":"abc-1","who":"li","name":"Li","d":1,"e":2,"p":1)";
        auto row = [](const char *name, const QByteArray &payload, const char *problem) {
            QTest::newRow(name) << payload << QString::fromLatin1(problem);
        };
        row("empty", QByteArray(), "not a JSON object");
        row("not JSON", "1:2", "not a JSON object");
        row("array", "[1,2]", "not a JSON object");
        row("truncated", "{" + good, "not a JSON object");
        row("other version", R"({"v":2,"k":"beat","s":"a","who":"li","name":"","d":0,"e":0,"p":0,"t":false})",
            "not version 1");
        row("unknown kind", "{" + QByteArray(good).replace("beat", "wave") + ",\"t\":false}", "unknown kind");
        row("session with a quote", "{" + QByteArray(good).replace("abc-1", "a\\\"b") + ",\"t\":false}",
            "bad session id");
        row("empty session", "{" + QByteArray(good).replace("abc-1", "") + ",\"t\":false}", "bad session id");
        row("person not a string", "{" + QByteArray(good).replace("\"li\"", "7") + ",\"t\":false}",
            "bad person or display name");
        row("name with a newline", "{" + QByteArray(good).replace("\"Li\"", "\"L\\ni\"") + ",\"t\":false}",
            "bad person or display name");
        row("negative digest", "{" + QByteArray(good).replace("\"d\":1", "\"d\":-1") + ",\"t\":false}",
            "bad digest, entry or position");
        row("fractional entry", "{" + QByteArray(good).replace("\"e\":2", "\"e\":2.5") + ",\"t\":false}",
            "bad digest, entry or position");
        row("huge position", "{" + QByteArray(good).replace("\"p\":1", "\"p\":1e300") + ",\"t\":false}",
            "bad digest, entry or position");
        row("entry without position", "{" + QByteArray(good).replace("\"p\":1", "\"p\":0") + ",\"t\":false}",
            "an entry without a digest or position");
        row("unknown field", "{" + good + R"(,"f":"body","t":false})", "bad field");
        row("field alias", "{" + good + R"(,"f":"authors","t":false})", "bad field");
        row("typing without field", "{" + good + R"(,"t":true})", "bad typing flag");
        row("typing not a bool", "{" + good + R"(,"f":"zh_title","t":1})", "bad typing flag");
        row("too long", "{" + good + ",\"t\":false,\"x\":\"" + QByteArray(2000, 'x') + "\"}",
            "longer than 1024 bytes");
    }
    void refusesMalformed()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, problem);
        PresenceBeat beat;
        beat.session = QStringLiteral("untouched");
        QString why;
        QVERIFY(!PresenceBeat::parse(payload, &beat, &why));
        QCOMPARE(why, problem);
        QCOMPARE(beat.session, QStringLiteral("untouched"));
    }
};

QTEST_GUILESS_MAIN(TestPresenceBeat)
#include "tst_presencebeat.moc"
