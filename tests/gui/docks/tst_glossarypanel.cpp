// The glossary dock: editing in the table, CSV import and export through files, bad files change nothing.
#include "common/guiresources.h"
#include "docks/glossarypanel.h"
#include "models/glossarymodel.h"
#include "text/glossary.h"

#include "testsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestGlossaryPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }
    // The filter's clear button fades in as a test types (see Test::settleAnimations).
    void cleanup() { Test::settleAnimations(); }

    void exportThenImportRestoresTheGlossary()
    {
        QTemporaryDir dir;
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失"), QStringLiteral("n.")),
                           GlossaryTerm(QStringLiteral("a, b"), QStringLiteral("甲\"乙\""))});
        GlossaryPanel panel(&glossary);
        const QString path = dir.filePath(QStringLiteral("g.csv"));
        QString error;
        QVERIFY2(panel.exportCsv(path, &error), qPrintable(error));
        const QVector<GlossaryTerm> before = glossary.terms();
        glossary.setTerms({});
        QVERIFY2(panel.importCsv(path, &error), qPrintable(error));
        QCOMPARE(glossary.terms(), before);
        QCOMPARE(panel.view()->model()->rowCount(), 2);
    }

    void aBrokenFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("english,chinese\nloss,损失\n\"never closed,x\n");
        file.close();
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("kept"), QStringLiteral("保留"))});
        GlossaryPanel panel(&glossary);
        QString error;
        QVERIFY(!panel.importCsv(path, &error));
        QVERIFY2(error.contains(QStringLiteral("bad.csv")) && error.contains(QStringLiteral("Line 3")),
                 qPrintable(error));
        QCOMPARE(glossary.count(), 1);
        QVERIFY(!panel.importCsv(dir.filePath(QStringLiteral("missing.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.csv")));
    }

    void editingInTheTableChangesTheTerm()
    {
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失"))});
        GlossaryPanel panel(&glossary);
        QSignalSpy changed(&glossary, &Glossary::changed);
        QAbstractItemModel *model = panel.view()->model();
        QVERIFY(model->setData(model->index(0, GlossaryModel::ChineseColumn), QStringLiteral("损耗")));
        QCOMPARE(glossary.term(0).chinese(), QStringLiteral("损耗"));
        QCOMPARE(changed.count(), 1);
        // An empty English term is refused.
        QVERIFY(!model->setData(model->index(0, GlossaryModel::EnglishColumn), QStringLiteral(" ")));
        QCOMPARE(glossary.term(0).english(), QStringLiteral("loss"));
        // The matcher follows the change.
        QCOMPARE(glossary.matcher().matches(QStringLiteral("the loss")).size(), 1);
    }

    void addFilterRemove()
    {
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失")),
                           GlossaryTerm(QStringLiteral("attention"), QStringLiteral("注意力"))});
        GlossaryPanel panel(&glossary);
        panel.show();
        panel.addTerm();
        QCOMPARE(glossary.count(), 3);
        panel.filterEdit()->setText(QStringLiteral("注意"));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        panel.view()->selectRow(0);
        panel.removeSelected();
        QCOMPARE(glossary.count(), 2);
        QCOMPARE(glossary.matcher().matches(QStringLiteral("attention")).size(), 0);
    }

    void doubleClickRequestsTheRendering()
    {
        Glossary glossary;
        glossary.setTerms({GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失"))});
        GlossaryPanel panel(&glossary);
        QSignalSpy requested(&panel, &GlossaryPanel::renderingRequested);
        Q_EMIT panel.view()->doubleClicked(panel.view()->model()->index(0, GlossaryModel::ChineseColumn));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("损失"));
    }
};

QTEST_MAIN(TestGlossaryPanel)
#include "tst_glossarypanel.moc"
