// DraftPrompt: the glossary terms of this paper only, each with its rendering; the house style; the
// summary length.
#include "drafting/draftprompt.h"

#include <QtTest>

using namespace DigestStudio;

class TestDraftPrompt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheTermsOfThisPaper()
    {
        const QVector<GlossaryTerm> glossary{
            {QStringLiteral("LLM"), QStringLiteral("大语言模型")},
            {QStringLiteral("dropout"), QStringLiteral("随机失活"), QStringLiteral("not 辍学")},
            {QStringLiteral("transformer"), QStringLiteral("Transformer")},
            {QStringLiteral("attention"), QStringLiteral("注意力")},
            {QStringLiteral("diffusion model"), QStringLiteral("扩散模型")},
            {QStringLiteral("head"), QString()}, // no rendering: nothing to require
        };
        const QString title = QStringLiteral("Sparse Attention Scales");
        const QString abstract = QStringLiteral("LLMs with dropout and many heads; a retransformer.");
        const QVector<GlossaryTerm> terms = DraftPrompt::termsIn(title, abstract, glossary);
        QStringList english;
        for (const GlossaryTerm &t : terms)
            english.append(t.english());
        QCOMPARE(english, (QStringList{QStringLiteral("LLM"), QStringLiteral("dropout"),
                                       QStringLiteral("attention")}));

        DraftInput input{title, abstract, QStringLiteral("CL"), terms};
        const DraftPrompt prompt = DraftPrompt::build(input);
        QVERIFY(prompt.user.contains(QStringLiteral("- LLM → 大语言模型\n")));
        QVERIFY(prompt.user.contains(QStringLiteral("- dropout → 随机失活 (not 辍学)\n")));
        QVERIFY(!prompt.user.contains(QStringLiteral("Transformer")));
        QVERIFY(!prompt.user.contains(QStringLiteral("扩散模型")));
        QVERIFY(prompt.user.contains(QStringLiteral("Tag: CL\nTitle: Sparse Attention Scales\nAbstract: ")));
        for (const char *key : {"\"zh_title\"", "\"zh_short_title\"", "\"zh_summary\"", "JSON", "⟦M1⟧"})
            QVERIFY2(prompt.system.contains(QString::fromUtf8(key)), key);
    }

    void noGlossarySectionWithoutTerms()
    {
        const DraftPrompt prompt =
            DraftPrompt::build(DraftInput{QStringLiteral("T"), QStringLiteral("A"), {}, {}});
        QVERIFY(!prompt.user.contains(QStringLiteral("Glossary")));
    }

    void summaryLengthFollowsTheAbstract()
    {
        QCOMPARE(DraftPrompt::summaryLength(QString(1000, QLatin1Char('a'))), 400);
        QCOMPARE(DraftPrompt::summaryLength(QStringLiteral("short")), 40);
        const DraftPrompt prompt =
            DraftPrompt::build(DraftInput{QStringLiteral("T"), QString(1000, QLatin1Char('a')), {}, {}});
        QVERIFY(prompt.user.contains(QStringLiteral("about 400 Chinese characters")));
    }
};

QTEST_APPLESS_MAIN(TestDraftPrompt)
#include "tst_draftprompt.moc"
