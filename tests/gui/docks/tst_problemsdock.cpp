#include "docks/problemsdock.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace DigestStudio;

class TestProblemsDock final : public QObject
{
    Q_OBJECT

private:
    static CheckContext context()
    {
        Digest d;
        d.setDate(QDate(2026, 11, 30));
        DigestEntry untranslated;
        untranslated.setArxivId(QStringLiteral("2210.06441"));
        untranslated.setTitle(QStringLiteral("How Much Data Are Augmentations Worth?"));
        untranslated.setAbstract(QStringLiteral("We find augmentations are worth data."));
        untranslated.setLink(QStringLiteral("https://arxiv.org/abs/2210.06441"));
        DigestEntry punctuated;
        punctuated.setArxivId(QStringLiteral("2210.05337"));
        punctuated.setTitle(QStringLiteral("SGD with large step sizes learns sparse features"));
        punctuated.setZhTitle(QStringLiteral("基于大步长SGD的稀疏特征学习"));
        punctuated.setZhSummary(QStringLiteral("本文展示了随机梯度下降法,在神经网络训练中的特征。"));
        punctuated.setAbstract(QStringLiteral("We showcase features of SGD."));
        punctuated.setLink(QStringLiteral("https://arxiv.org/abs/2210.05337"));
        d.entries() = {untranslated, punctuated};
        CheckContext c;
        c.digest = d;
        return c;
    }

    static QTreeWidgetItem *itemFor(QTreeWidget *tree, const QString &text)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(1).contains(text))
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void listsFindingsAfterAPause()
    {
        ProblemsDock dock;
        QSignalSpy changed(&dock, &ProblemsDock::findingsChanged);
        dock.setContext(context());
        QVERIFY(dock.findings().isEmpty()); // not on every keystroke
        QVERIFY(changed.wait(2000));
        QVERIFY(dock.errorCount() >= 2); // no Chinese title, no Chinese summary
        QVERIFY(dock.warningCount() >= 1);
        auto *tree = dock.findChild<QTreeWidget *>(QStringLiteral("problemsTree"));
        QCOMPARE(tree->topLevelItemCount(), dock.findings().size());
        QVERIFY(itemFor(tree, QStringLiteral("Chinese title")));
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Paper ")));
        QVERIFY(dock.summaryText().contains(QStringLiteral("error")));
        QVERIFY(!dock.findingsFor(1).isEmpty());
        QVERIFY(dock.findingsFor(5).isEmpty());
    }

    void activatingAFindingNamesItsPlace()
    {
        ProblemsDock dock;
        dock.setContext(context());
        dock.checkNow();
        auto *tree = dock.findChild<QTreeWidget *>(QStringLiteral("problemsTree"));
        QSignalSpy activated(&dock, &ProblemsDock::findingActivated);
        QTreeWidgetItem *item = itemFor(tree, QStringLiteral("Chinese title"));
        QVERIFY(item);
        Q_EMIT tree->itemActivated(item, 0);
        QCOMPARE(activated.count(), 1);
        const auto finding = activated.at(0).at(0).value<Finding>();
        QCOMPARE(finding.entry, 0);
        QCOMPARE(finding.field, DigestEntry::Field::ZhTitle);
    }

    void fixIsOfferedOnlyWhereSafe()
    {
        ProblemsDock dock;
        dock.setContext(context());
        dock.checkNow();
        auto *tree = dock.findChild<QTreeWidget *>(QStringLiteral("problemsTree"));
        auto *fix = dock.findChildren<QPushButton *>().at(0);
        QCOMPARE(fix->text().remove(QLatin1Char('&')), QStringLiteral("Fix"));
        QSignalSpy requested(&dock, &ProblemsDock::fixRequested);

        tree->setCurrentItem(itemFor(tree, QStringLiteral("Chinese title")));
        QVERIFY(!fix->isEnabled());

        QTreeWidgetItem *punctuation = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const Finding f = dock.findings().at(i);
            if (f.rule == QLatin1String("ascii-punctuation"))
                punctuation = tree->topLevelItem(i);
        }
        QVERIFY(punctuation);
        tree->setCurrentItem(punctuation);
        QVERIFY(fix->isEnabled());
        fix->click();
        QCOMPARE(requested.count(), 1);
        const auto finding = requested.at(0).at(0).value<Finding>();
        QCOMPARE(finding.original, QStringLiteral(","));
        QCOMPARE(finding.replacement, QStringLiteral("，"));
        DigestEntry entry = dock.findings().isEmpty() ? DigestEntry() : context().digest.entries().at(1);
        QVERIFY(finding.applyFix(&entry));
        QVERIFY(entry.zhSummary().contains(QStringLiteral("下降法，在")));
    }

    void cleanDigestSaysSo()
    {
        ProblemsDock dock;
        dock.setContext(CheckContext());
        dock.checkNow();
        QCOMPARE(dock.findings().size(), 0);
        QCOMPARE(dock.summaryText(), QStringLiteral("No problems found"));
    }
};

QTEST_MAIN(TestProblemsDock)
#include "tst_problemsdock.moc"
