// English spelling with the system's Hunspell en_US dictionary.
#include "text/spellchecker.h"

#include <QtTest>

using namespace DigestStudio;

class TestSpellChecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(SpellChecker::defaultDictionary() + QLatin1String(".dic")))
            QFAIL("hunspell-en-us is not installed (/usr/share/hunspell/en_US.dic)");
    }

    void words_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("correct");
        QTest::newRow("common word") << QStringLiteral("augmentation") << true;
        QTest::newRow("capitalised") << QStringLiteral("Despite") << true;
        QTest::newRow("misspelt") << QStringLiteral("performnce") << false;
        QTest::newRow("acronym exempt") << QStringLiteral("GPT") << true;
        QTest::newRow("camel case exempt") << QStringLiteral("ResNet") << true;
        QTest::newRow("with digits exempt") << QStringLiteral("x86abc") << true;
        QTest::newRow("typographic apostrophe") << QStringLiteral("model\u2019s") << true;
    }

    void words()
    {
        QFETCH(QString, word);
        QFETCH(bool, correct);
        SpellChecker checker;
        QVERIFY(checker.isValid());
        QCOMPARE(checker.isCorrect(word), correct);
    }

    void suggestsTheRightWord()
    {
        SpellChecker checker;
        QVERIFY(checker.suggestions(QStringLiteral("performnce")).contains(QStringLiteral("performance")));
    }

    void ignoredWordsCount()
    {
        SpellChecker checker;
        QVERIFY(!checker.isCorrect(QStringLiteral("qwzx")));
        checker.ignore(QStringLiteral("qwzx"));
        QVERIFY(checker.isCorrect(QStringLiteral("qwzx")));
    }

    void missingDictionaryAcceptsEverything()
    {
        SpellChecker checker(QStringLiteral("/nonexistent/xx_XX"));
        QVERIFY(!checker.isValid());
        QVERIFY(checker.isCorrect(QStringLiteral("performnce")));
    }
};

QTEST_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
