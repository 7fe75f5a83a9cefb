#include "model/digestentry.h"

#include <QJsonDocument>
#include <QtTest>

using namespace DigestStudio;

class TestDigestEntry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultShortTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("shortTitle");
        QTest::newRow("ascii colon") << QStringLiteral("揭开彩票假说的面纱:中奖彩票的掩码编码了什么?")
                                     << QStringLiteral("揭开彩票假说的面纱");
        QTest::newRow("ascii question mark")
            << QStringLiteral("数据增强相当于增加了多少数据?对缩放率、不变性和隐式正则化的研究")
            << QStringLiteral("数据增强相当于增加了多少数据");
        QTest::newRow("full-width colon")
            << QStringLiteral("看、规划、预测：语言引导的认知规划") << QStringLiteral("看、规划、预测");
        QTest::newRow("full-width question mark")
            << QStringLiteral("什么是好的表示？一项研究") << QStringLiteral("什么是好的表示");
        QTest::newRow("no stop keeps the whole title")
            << QStringLiteral("基于大步长SGD的稀疏特征学习") << QStringLiteral("基于大步长SGD的稀疏特征学习");
        QTest::newRow("empty") << QString() << QString();
        // The post's reader drops a trailing U+FEFF from the summary line: the short title leaves it out too.
        QTest::newRow("stray byte-order mark before the colon (found by fuzz-digestimporter)")
            << QStringLiteral("看、规划、预\uFEFF:语言引导的认知规划") << QStringLiteral("看、规划、预");
    }

    void defaultShortTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, shortTitle);
        QCOMPARE(DigestEntry::defaultShortTitle(title), shortTitle);
    }

    void storedShortTitleWinsOverTheDefault()
    {
        DigestEntry e;
        e.setZhTitle(QStringLiteral("KNN-Diffusion: 通过大规模检索生成图像"));
        QCOMPARE(e.effectiveShortTitle(), QStringLiteral("KNN-Diffusion"));
        e.setZhShortTitle(QStringLiteral("通过大规模检索生成图像"));
        QCOMPARE(e.effectiveShortTitle(), QStringLiteral("通过大规模检索生成图像"));
    }

    void fieldNamesFollowTheContract()
    {
        const QStringList names = {QStringLiteral("tag"),
                                   QStringLiteral("title"),
                                   QStringLiteral("authors_line"),
                                   QStringLiteral("affiliations"),
                                   QStringLiteral("affiliations_note"),
                                   QStringLiteral("zh_title"),
                                   QStringLiteral("zh_short_title"),
                                   QStringLiteral("zh_summary"),
                                   QStringLiteral("abstract"),
                                   QStringLiteral("link")};
        for (int i = 0; i < DigestEntry::FieldCount; ++i) {
            const auto field = static_cast<DigestEntry::Field>(i);
            QCOMPARE(DigestEntry::fieldName(field), names.at(i));
            DigestEntry::Field parsed = DigestEntry::Field::Link;
            QVERIFY(DigestEntry::fieldFromName(names.at(i), &parsed));
            QCOMPARE(parsed, field);
        }
        DigestEntry::Field parsed = DigestEntry::Field::Tag;
        QVERIFY(DigestEntry::fieldFromName(QStringLiteral("authors"), &parsed));
        QCOMPARE(parsed, DigestEntry::Field::AuthorsLine);
        QVERIFY(!DigestEntry::fieldFromName(QStringLiteral("nonsense"), &parsed));
    }

    void statusNames()
    {
        DigestEntry::Status s = DigestEntry::Status::Draft;
        QVERIFY(DigestEntry::statusFromName(QStringLiteral("reviewed"), &s));
        QCOMPARE(s, DigestEntry::Status::Reviewed);
        QCOMPARE(DigestEntry::statusName(DigestEntry::Status::Translated), QStringLiteral("translated"));
        QVERIFY(!DigestEntry::statusFromName(QStringLiteral("done"), &s));
    }

    void jsonRoundTrip()
    {
        DigestEntry e;
        e.setArxivId(QStringLiteral("2210.03044"));
        e.setVersion(3);
        e.setTag(QStringLiteral("LG"));
        e.setTitle(QStringLiteral("Unmasking the Lottery Ticket Hypothesis"));
        e.setAuthorsLine(QStringLiteral("M Paul, F Chen, B W. Larsen"));
        e.setAffiliations(QStringLiteral("Stanford & MosaicML & Google Research"));
        e.setAffiliationsNote(QStringLiteral(" (2022)"));
        e.setZhTitle(QStringLiteral("揭开彩票假说的面纱:中奖彩票的掩码编码了什么?"));
        e.setZhSummary(QStringLiteral("现代深度学习涉及到训练昂贵的网络。"));
        e.setAbstract(QStringLiteral("Modern deep learning involves training costly networks."));
        e.setLink(QStringLiteral("https://arxiv.org/abs/2210.03044"));
        e.setStatus(DigestEntry::Status::Translated);
        const QJsonObject o = e.toJson(3);
        QCOMPARE(o.value(QStringLiteral("position")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("authors_line")).toString(),
                 QStringLiteral("M Paul, F Chen, B W. Larsen"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("translated"));
        QCOMPARE(o.value(QStringLiteral("affiliations_note")).toString(), QStringLiteral(" (2022)"));
        const DigestEntry back =
            DigestEntry::fromJson(QJsonDocument::fromJson(QJsonDocument(o).toJson()).object());
        QCOMPARE(back, e);
        DigestEntry changed = back;
        changed.setZhSummary(QStringLiteral("改过"));
        QVERIFY(changed != e);
    }

    // assignee and reviewer: in the entry JSON, null when unset; bookkeeping, not content.
    void assignmentInJson()
    {
        DigestEntry e;
        QVERIFY(e.toJson(1).contains(QStringLiteral("assignee")));
        QVERIFY(e.toJson(1).value(QStringLiteral("assignee")).isNull());
        QVERIFY(e.toJson(1).value(QStringLiteral("reviewer")).isNull());
        DigestEntry assigned = e;
        assigned.setAssignee(QStringLiteral("wang"));
        assigned.setReviewer(QStringLiteral("li"));
        QCOMPARE(assigned.toJson(1).value(QStringLiteral("assignee")).toString(), QStringLiteral("wang"));
        QCOMPARE(assigned.toJson(1).value(QStringLiteral("reviewer")).toString(), QStringLiteral("li"));
        QCOMPARE(DigestEntry::fromJson(assigned.toJson(1)).reviewer(), QStringLiteral("li"));
        QCOMPARE(assigned, e);
    }

    // drafted_by: the contract's JSON field (null when by hand) and the person-edit rules that clear it.
    void draftedByMark()
    {
        DigestEntry e;
        QVERIFY(e.toJson(1).contains(QStringLiteral("drafted_by")));
        QVERIFY(e.toJson(1).value(QStringLiteral("drafted_by")).isNull());
        e.setDraftedBy(QStringLiteral("deepseek-chat"));
        QCOMPARE(e.toJson(1).value(QStringLiteral("drafted_by")).toString(), QStringLiteral("deepseek-chat"));
        QCOMPARE(DigestEntry::fromJson(e.toJson(1)).draftedBy(), QStringLiteral("deepseek-chat"));
        e.setFieldByPerson(DigestEntry::Field::Tag, QStringLiteral("CL"));
        e.setFieldByPerson(DigestEntry::Field::Abstract, QStringLiteral("An abstract."));
        e.setStatusByPerson(DigestEntry::Status::Translated);
        QCOMPARE(e.draftedBy(), QStringLiteral("deepseek-chat"));
        for (const auto field :
             {DigestEntry::Field::ZhTitle, DigestEntry::Field::ZhShortTitle, DigestEntry::Field::ZhSummary}) {
            DigestEntry edited = e;
            edited.setFieldByPerson(field, QStringLiteral("改"));
            QCOMPARE(edited.draftedBy(), QString());
            QCOMPARE(edited.field(field), QStringLiteral("改"));
        }
        e.setStatusByPerson(DigestEntry::Status::Reviewed);
        QCOMPARE(e.draftedBy(), QString());
    }
};

QTEST_APPLESS_MAIN(TestDigestEntry)
#include "tst_digestentry.moc"
