#include "checks/checkregistry.h"
#include "formats/digestimporter.h"
#include "testsupport.h"
#include "text/glossarymatcher.h"

#include <QtTest>

#include <algorithm>
#include <functional>

using namespace DigestStudio;

using Field = DigestEntry::Field;
using Edit = std::function<void(CheckContext &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

// A clean two-entry digest: no rule finds anything in it.
CheckContext cleanContext()
{
    CheckContext c;
    Digest d;
    d.setTitle(QStringLiteral("今日推介"));
    DigestEntry a;
    a.setArxivId(QStringLiteral("2401.00001"));
    a.setTag(QStringLiteral("LG"));
    a.setTitle(QStringLiteral("Sparse Models at Scale"));
    a.setAuthorsLine(QStringLiteral("A Author"));
    a.setAffiliations(QStringLiteral("MIT"));
    a.setZhTitle(QStringLiteral("大规模稀疏模型"));
    a.setZhSummary(
        QStringLiteral("本文在12个数据集上将误差降低了37.5%\uFF08相对\uFF09\uFF0C耗时减少1,000小时。"));
    a.setAbstract(
        QStringLiteral("On 12 datasets we cut the error by 37.5% (relative) and save 1,000 hours with GPT-3 "
                       "and 3 runs."));
    a.setLink(QStringLiteral("https://arxiv.org/abs/2401.00001"));
    DigestEntry b = a;
    b.setArxivId(QStringLiteral("2401.00002"));
    b.setLink(QStringLiteral("https://arxiv.org/abs/2401.00002"));
    b.setAbstract(QStringLiteral("We study transformers."));
    b.setZhTitle(QStringLiteral("注意力模型研究"));
    b.setZhSummary(QStringLiteral("本文研究了Transformer模型。"));
    d.entries() = {a, b};
    c.digest = d;
    return c;
}

void set(CheckContext &c, int entry, Field field, const QString &value)
{
    c.digest.entries()[entry].setField(field, value);
}

} // namespace

class TestCheckRegistry final : public QObject
{
    Q_OBJECT

private:
    // rules_data: missing translations and ASCII punctuation.
    static void translationAndPunctuationRows()
    {
        const int warning = static_cast<int>(Finding::Severity::Warning);
        const int error = static_cast<int>(Finding::Severity::Error);
        QTest::newRow("missing Chinese title")
            << Edit([](CheckContext &c) { set(c, 1, Field::ZhTitle, QString()); })
            << QStringLiteral("missing-translation") << 1 << error << 0 << 0 << QString();
        QTest::newRow("missing Chinese summary")
            << Edit([](CheckContext &c) { set(c, 0, Field::ZhSummary, QStringLiteral("  ")); })
            << QStringLiteral("missing-translation") << 1 << error << 0 << 0 << QString();
        QTest::newRow("empty short title")
            << Edit([](CheckContext &c) { set(c, 1, Field::ZhTitle, QStringLiteral(":变换器")); })
            << QStringLiteral("missing-translation") << 1 << error << 0 << 0 << QString();
        QTest::newRow("stored short title, none missing")
            << Edit([](CheckContext &c) { set(c, 1, Field::ZhShortTitle, QStringLiteral("变换器")); })
            << QStringLiteral("missing-translation") << 0 << error << -1 << 0 << QString();

        QTest::newRow("ASCII comma in Chinese")
            << Edit([](CheckContext &c) {
                   set(c, 1, Field::ZhSummary, QStringLiteral("本文研究了模型, 并提出Transformer方法。"));
               })
            << QStringLiteral("ascii-punctuation") << 1 << warning << 7 << 2
            << QStringLiteral("本文研究了模型\uFF0C并提出Transformer方法。");
        QTest::newRow("ASCII colon after Latin before Chinese")
            << Edit([](CheckContext &c) {
                   set(c, 1, Field::ZhTitle, QStringLiteral("KNN-Diffusion: 通过检索生成图像"));
               })
            << QStringLiteral("ascii-punctuation") << 1 << warning << 13 << 2
            << QStringLiteral("KNN-Diffusion\uFF1A通过检索生成图像");
        QTest::newRow("ASCII question mark") << Edit([](CheckContext &c) {
            set(c, 1, Field::ZhTitle, QStringLiteral("变换器有用吗?一项研究"));
        }) << QStringLiteral("ascii-punctuation")
                                             << 1 << warning << 6 << 1
                                             << QStringLiteral("变换器有用吗\uFF1F一项研究");
        QTest::newRow("ASCII parentheses as a pair") << Edit([](CheckContext &c) {
            set(c, 1, Field::ZhSummary, QStringLiteral("随机梯度下降法(SGD)在训练中。"));
        }) << QStringLiteral("ascii-punctuation") << 2
                                                     << warning << 7 << 1
                                                     << QStringLiteral("随机梯度下降法\uFF08SGD)在训练中。");
        QTest::newRow("numbers, ratios and URLs are not Chinese punctuation") << Edit([](CheckContext &c) {
            set(c, 1, Field::ZhSummary, QStringLiteral("比例为3:1\uFF0C共1,000个\uFF0C见https://x.org 等"));
        }) << QStringLiteral("ascii-punctuation") << 0 << warning << -1 << 0 << QString();
        QTest::newRow("English fields are not checked for punctuation") << Edit([](CheckContext &c) {
            set(c, 1, Field::Abstract, QStringLiteral("We, too: why? (yes)"));
        }) << QStringLiteral("ascii-punctuation") << 0 << warning << -1 << 0
                                                                        << QString();
    }

    // rules_data: brackets and quotes, numbers missing from the summary.
    static void bracketAndNumberRows()
    {
        const int warning = static_cast<int>(Finding::Severity::Warning);
        QTest::newRow("unclosed bracket")
            << Edit([](CheckContext &c) { set(c, 1, Field::ZhSummary, QStringLiteral("本文(研究了模型。")); })
            << QStringLiteral("unbalanced-brackets") << 1 << warning << 2 << 1 << QString();
        QTest::newRow("stray closer in the abstract")
            << Edit([](CheckContext &c) { set(c, 1, Field::Abstract, QStringLiteral("We study models].")); })
            << QStringLiteral("unbalanced-brackets") << 1 << warning << 15 << 1 << QString();
        QTest::newRow("unclosed Chinese quote") << Edit([](CheckContext &c) {
            set(c, 1, Field::ZhSummary, QStringLiteral("本文提出\u201C稀疏注意力。"));
        }) << QStringLiteral("unbalanced-brackets")
                                                << 1 << warning << 4 << 1 << QString();
        QTest::newRow("odd ASCII quotes")
            << Edit([](CheckContext &c) { set(c, 1, Field::Title, QStringLiteral("The \"Best\" \"Model")); })
            << QStringLiteral("unbalanced-brackets") << 1 << warning << 11 << 1 << QString();
        QTest::newRow("mixed-width parentheses pair, nested brackets balance") << Edit([](CheckContext &c) {
            set(c, 1, Field::ZhSummary, QStringLiteral("方法(SGD)与【模型《书》】。"));
            set(c, 1, Field::Abstract, QStringLiteral("A [b (c) d] \u201Ce\u201D it\u2019s."));
        }) << QStringLiteral("unbalanced-brackets") << 0 << warning << -1 << 0 << QString();

        QTest::newRow("percentage missing from the summary") << Edit([](CheckContext &c) {
            set(c, 0, Field::ZhSummary,
                QStringLiteral("本文在12个数据集上降低了误差\uFF0C耗时减少1000小时。"));
        }) << QStringLiteral("missing-numbers") << 1 << warning
                                                             << 35 << 5 << QString();
        QTest::newRow("number missing, digit-group commas and full-width digits accepted")
            << Edit([](CheckContext &c) {
                   set(c, 0, Field::ZhSummary,
                       QStringLiteral("本文在12个数据集上将误差降低了37.5%\uFF0C耗时减少1,000小时。"));
               })
            << QStringLiteral("missing-numbers") << 0 << warning << -1 << 0 << QString();
        QTest::newRow("a longer number does not count as present") << Edit([](CheckContext &c) {
            set(c, 0, Field::ZhSummary, QStringLiteral("在120个数据集上误差降低37.5%\uFF0C减少1000小时。"));
        }) << QStringLiteral("missing-numbers") << 1 << warning << 3
                                                                   << 2 << QString();
    }

    // rules_data: glossary terms.
    static void glossaryRows()
    {
        const int warning = static_cast<int>(Finding::Severity::Warning);
        QTest::newRow("glossary term rendered differently") << Edit([](CheckContext &c) {
            c.glossary = {GlossaryTerm(QStringLiteral("transformers"), QStringLiteral("变换器"))};
        }) << QStringLiteral("glossary") << 1 << warning << 9
                                                            << 12 << QString();
        QTest::newRow("glossary term rendered as the glossary says") << Edit([](CheckContext &c) {
            c.glossary = {GlossaryTerm(QStringLiteral("transformers"), QStringLiteral("变换器"))};
            set(c, 1, Field::ZhSummary, QStringLiteral("本文研究了变换器。"));
        }) << QStringLiteral("glossary") << 0 << warning << -1 << 0 << QString();
        QTest::newRow("glossary term only as part of a word") << Edit([](CheckContext &c) {
            c.glossary = {GlossaryTerm(QStringLiteral("transform"), QStringLiteral("变换"))};
        }) << QStringLiteral("glossary") << 0 << warning << -1 << 0
                                                              << QString();
        // The check finds a term where the editor marks it (GlossaryMatcher): these used to disagree.
        QTest::newRow("glossary term in the plural, as the editor marks it") << Edit([](CheckContext &c) {
            c.glossary = {GlossaryTerm(QStringLiteral("transformer"), QStringLiteral("变换器"))};
        }) << QStringLiteral("glossary") << 1 << warning << 9 << 12 << QString();
        QTest::newRow("glossary term right before a Chinese character, as the editor marks it")
            << Edit([](CheckContext &c) {
                   c.glossary = {GlossaryTerm(QStringLiteral("graph"), QStringLiteral("图"))};
                   set(c, 1, Field::Abstract, QStringLiteral("We study graph学习."));
               })
            << QStringLiteral("glossary") << 1 << warning << 9 << 5 << QString();
        QTest::newRow("hyphenated glossary term covers its part, as the editor marks it")
            << Edit([](CheckContext &c) {
                   c.glossary = {GlossaryTerm(QStringLiteral("attention"), QStringLiteral("关注")),
                                 GlossaryTerm(QStringLiteral("self-attention"), QStringLiteral("自注意力"))};
                   set(c, 1, Field::Abstract, QStringLiteral("We study self-attention."));
               })
            << QStringLiteral("glossary") << 1 << warning << 9 << 14 << QString();
    }

    // rules_data: earlier features, duplicates, post limits, house style, disabled rules.
    static void publishingRows()
    {
        const int warning = static_cast<int>(Finding::Severity::Warning);
        const int error = static_cast<int>(Finding::Severity::Error);
        const int info = static_cast<int>(Finding::Severity::Info);
        QTest::newRow("featured in an earlier digest") << Edit([](CheckContext &c) {
            FeaturedIn f;
            f.digestId = 7;
            f.date = QDate(2024, 1, 3);
            f.position = 4;
            c.featuredBefore.insert(QStringLiteral("2401.00002"), {f});
            c.featuredBefore.insert(QStringLiteral("2401.09999"), {f});
        }) << QStringLiteral("featured-before") << 1 << warning
                                                       << 0 << 0 << QString();
        QTest::newRow("the same paper twice") << Edit([](CheckContext &c) {
            set(c, 1, Field::Link, QString());
            c.digest.entries()[1].setArxivId(QStringLiteral("2401.00001"));
        }) << QStringLiteral("duplicate-paper")
                                              << 1 << error << 0 << 0 << QString();

        QTest::newRow("entry longer than a Weibo post") << Edit([](CheckContext &c) {
            set(c, 1, Field::ZhSummary, QString(2100, QChar(0x6587)) + QChar(0x3002));
        }) << QStringLiteral("weibo-limit") << 1 << warning
                                                        << -1 << 0 << QString();
        QTest::newRow("Weibo limit is a setting")
            << Edit([](CheckContext &c) { c.settings.weiboLimit = 40; }) << QStringLiteral("weibo-limit") << 2
            << warning << -1 << 0 << QString();
        QTest::newRow("WeChat title limit")
            << Edit([](CheckContext &c) { c.digest.setTitle(QString(65, QChar(0x6587))); })
            << QStringLiteral("wechat-limits") << 1 << warning << -1 << 0 << QString();

        QTest::newRow("house style off: no spacing findings")
            << Edit([](CheckContext &) {}) << QStringLiteral("cjk-latin-spacing") << 0 << info << -1 << 0
            << QString();
        QTest::newRow("house style on: Chinese beside Latin")
            << Edit([](CheckContext &c) {
                   c.settings.cjkLatinSpacing = true;
                   set(c, 0, Field::ZhSummary, QStringLiteral("本文研究稀疏模型。"));
               })
            << QStringLiteral("cjk-latin-spacing") << 2 << info << 4 << 2
            << QStringLiteral("本文研究了 Transformer模型。");
        QTest::newRow("machine draft no one revised") << Edit([](CheckContext &c) {
            c.digest.entries()[1].setDraftedBy(QStringLiteral("deepseek-chat"));
        }) << QStringLiteral("untouched-draft") << 1 << warning
                                                      << 0 << 0 << QString();
        QTest::newRow("machine draft revised by a person") << Edit([](CheckContext &c) {
            c.digest.entries()[1].setDraftedBy(QStringLiteral("deepseek-chat"));
            c.digest.entries()[1].setFieldByPerson(Field::ZhSummary, QStringLiteral("本文改写。"));
        }) << QStringLiteral("untouched-draft") << 0 << warning
                                                           << -1 << 0 << QString();
        QTest::newRow("machine draft marked reviewed") << Edit([](CheckContext &c) {
            c.digest.entries()[0].setDraftedBy(QStringLiteral("qwen-plus"));
            c.digest.entries()[0].setStatusByPerson(DigestEntry::Status::Reviewed);
        }) << QStringLiteral("untouched-draft") << 0 << warning
                                                       << -1 << 0 << QString();
        QTest::newRow("affiliation line a model read") << Edit([](CheckContext &c) {
            c.digest.entries()[0].setAffiliationsBy(QStringLiteral("block-reader"));
        }) << QStringLiteral("machine-affiliations") << 1
                                                       << warning << 0 << 0 << QString();
        QTest::newRow("affiliation line a model read, edited by a person") << Edit([](CheckContext &c) {
            c.digest.entries()[0].setAffiliationsBy(QStringLiteral("block-reader"));
            c.digest.entries()[0].setFieldByPerson(Field::Affiliations, QStringLiteral("Nimbus AS"));
        }) << QStringLiteral("machine-affiliations") << 0 << warning << -1 << 0
                                                                           << QString();
        QTest::newRow("disabled rule finds nothing") << Edit([](CheckContext &c) {
            c.settings.disabledRules = QStringList{QStringLiteral("missing-translation")};
            set(c, 1, Field::ZhTitle, QString());
        }) << QStringLiteral("missing-translation") << 0
                                                     << error << -1 << 0 << QString();
    }

    // rules_data: what the team and the morning run leave open.
    static void teamAndMorningRows()
    {
        const int error = static_cast<int>(Finding::Severity::Error);
        QTest::newRow("unresolved comments")
            << Edit([](CheckContext &c) { c.unresolvedComments.insert(1, 2); })
            << QStringLiteral("unresolved-comment") << 1 << static_cast<int>(Finding::Severity::Error) << -1
            << 0 << QString();
        QTest::newRow("every comment resolved")
            << Edit([](CheckContext &c) { c.unresolvedComments.insert(0, 0); })
            << QStringLiteral("unresolved-comment") << 0 << static_cast<int>(Finding::Severity::Error) << -1
            << 0 << QString();
        QTest::newRow("a proposal no one kept or dropped") << Edit([](CheckContext &c) {
            c.digest.entries()[1].setProposal(87.5, {QStringLiteral("term \"sparse\"")});
        }) << QStringLiteral("proposed-entry") << 1 << error
                                                           << -1 << 0 << QString();
        QTest::newRow("two proposals, each named") << Edit([](CheckContext &c) {
            c.digest.entries()[0].setProposal(90, {});
            c.digest.entries()[1].setProposal(40, {});
        }) << QStringLiteral("proposed-entry") << 2 << error
                                                   << -1 << 0 << QString();
        QTest::newRow("a kept proposal is an ordinary entry") << Edit([](CheckContext &c) {
            c.digest.entries()[1].setProposal(87.5, {});
            c.digest.entries()[1].clearProposal();
        }) << QStringLiteral("proposed-entry") << 0 << error << -1
                                                              << 0 << QString();
        QTest::newRow("a reviewed entry can still be a proposal") << Edit([](CheckContext &c) {
            c.digest.entries()[0].setStatusByPerson(DigestEntry::Status::Reviewed);
            c.digest.entries()[0].setProposal(12, {});
        }) << QStringLiteral("proposed-entry") << 1 << error << -1 << 0
                                                                  << QString();
    }

private Q_SLOTS:
    void cleanDigestHasNoFindings()
    {
        const QVector<Finding> findings = CheckRegistry::instance().run(cleanContext());
        for (const Finding &f : findings)
            qWarning("%s", qPrintable(f.toText()));
        QVERIFY(findings.isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("start");     // of the first finding; -1: not checked
        QTest::addColumn<int>("length");    // of the first finding
        QTest::addColumn<QString>("fixed"); // the first finding's field after its fix; empty: no fix
        translationAndPunctuationRows();
        bracketAndNumberRows();
        glossaryRows();
        publishingRows();
        teamAndMorningRows();
    }

    void rules()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, rule);
        QFETCH(int, count);
        QFETCH(int, severity);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(QString, fixed);
        CheckContext context = cleanContext();
        edit(context);
        QVector<Finding> mine;
        for (const Finding &f : CheckRegistry::instance().run(context)) {
            if (f.rule == rule)
                mine.append(f);
        }
        for (const Finding &f : mine)
            qDebug("%s", qPrintable(f.toText()));
        QCOMPARE(mine.size(), count);
        if (count == 0)
            return;
        const Finding &first = mine.first();
        QCOMPARE(static_cast<int>(first.severity), severity);
        QVERIFY(!first.message.isEmpty());
        if (start >= 0) {
            QCOMPARE(first.start, start);
            QCOMPARE(first.length, length);
        }
        QCOMPARE(first.hasFix, !fixed.isEmpty());
        if (first.hasFix) {
            DigestEntry entry = context.digest.entries().at(first.entry);
            QVERIFY(first.applyFix(&entry));
            QCOMPARE(entry.field(first.field), fixed);
            // A stale fix (the text changed) does nothing.
            QVERIFY(!first.applyFix(&entry) || first.original == first.replacement);
        }
    }

    void glossaryCheckFindsWhatTheEditorMarks_data()
    {
        QTest::addColumn<QStringList>("english");
        QTest::addColumn<QString>("abstract");
        QTest::newRow("plural") << QStringList{QStringLiteral("transformer")}
                                << QStringLiteral("Two transformers and a transformer.");
        QTest::newRow("beside Chinese characters")
            << QStringList{QStringLiteral("attention")} << QStringLiteral("用attention机制, attention学习");
        QTest::newRow("hyphenated term over its part")
            << QStringList{QStringLiteral("attention"), QStringLiteral("self-attention")}
            << QStringLiteral("self-attention, then attention-based models");
        QTest::newRow("longest of overlapping terms")
            << QStringList{QStringLiteral("transformer"), QStringLiteral("vision transformer")}
            << QStringLiteral("A Vision Transformer, a transformer.");
        QTest::newRow("not inside a word, but in a plural")
            << QStringList{QStringLiteral("loss"), QStringLiteral("transform")}
            << QStringLiteral("lossless glossy transformers transforms");
        QTest::newRow("any case; digits are word characters")
            << QStringList{QStringLiteral("3D"), QStringLiteral("GAN")}
            << QStringLiteral("3d scenes from gans, not 23D or GANs2");
    }

    // The glossary check warns about the words the editor marks, and only those.
    void glossaryCheckFindsWhatTheEditorMarks()
    {
        QFETCH(QStringList, english);
        QFETCH(QString, abstract);
        CheckContext context = cleanContext();
        context.digest.entries().resize(1);
        set(context, 0, Field::Title, QString());
        set(context, 0, Field::Abstract, abstract);
        QVector<GlossaryTerm> terms;
        for (int t = 0; t < english.size(); ++t)
            terms.append(GlossaryTerm(english.at(t), QStringLiteral("术语") + QString::number(t)));
        context.glossary = terms;

        // Each term's first mark in the editor.
        QVector<QPair<int, int>> marked;
        QVector<int> seen;
        for (const GlossaryMatcher::Match &m : GlossaryMatcher(terms).matches(abstract)) {
            if (!seen.contains(m.term)) {
                seen.append(m.term);
                marked.append({m.start, m.length});
            }
        }
        QVector<QPair<int, int>> warned;
        for (const Finding &f : CheckRegistry::instance().run(context)) {
            if (f.rule == QLatin1String("glossary"))
                warned.append({f.start, f.length});
        }
        std::sort(marked.begin(), marked.end());
        std::sort(warned.begin(), warned.end());
        QVERIFY(!marked.isEmpty());
        QCOMPARE(warned, marked);
    }

    void sampleFindings()
    {
        CheckContext context;
        context.digest =
            DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
        const QVector<Finding> findings = CheckRegistry::instance().run(context);
        QVERIFY(!CheckRegistry::hasErrors(findings));
        int punctuation = 0;
        for (const Finding &f : findings)
            punctuation += f.rule == QLatin1String("ascii-punctuation") ? 1 : 0;
        // The sample keeps ASCII , : ? () in its Chinese text: the checker finds them and offers fixes.
        QVERIFY(punctuation > 20);
        int applied = 0;
        const Digest fixed = CheckRegistry::applyFixes(context.digest, findings, &applied);
        QCOMPARE(applied, punctuation);
        context.digest = fixed;
        for (const Finding &f : CheckRegistry::instance().run(context))
            QVERIFY2(
                f.rule != QLatin1String("ascii-punctuation"),
                qPrintable(f.toText() + QLatin1Char(' ') +
                           (f.entry >= 0 ? fixed.entries().at(f.entry).field(f.field).mid(f.start - 10, 20)
                                         : QString())));
        QCOMPARE(fixed.entries().at(5).zhTitle(),
                 QStringLiteral("KNN-Diffusion\uFF1A通过大规模检索生成图像"));
    }

    void findingJson()
    {
        CheckContext context = cleanContext();
        set(context, 1, Field::ZhTitle, QStringLiteral("变换器?研究"));
        const QVector<Finding> findings = CheckRegistry::instance().run(context);
        QCOMPARE(findings.size(), 1);
        const QJsonObject o = findings.first().toJson();
        QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("ascii-punctuation"));
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(o.value(QStringLiteral("entry")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("field")).toString(), QStringLiteral("zh_title"));
        QCOMPARE(o.value(QStringLiteral("start")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("fix")).toObject().value(QStringLiteral("replacement")).toString(),
                 QStringLiteral("\uFF1F"));
        QCOMPARE(findings.first().toText(),
                 QStringLiteral("WARNING 2 zh_title 3+1: ") + findings.first().message);
    }
};

QTEST_GUILESS_MAIN(TestCheckRegistry)
#include "tst_checkregistry.moc"
