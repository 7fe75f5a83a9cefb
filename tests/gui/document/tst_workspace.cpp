// The widget-free workspace of a window: the library opened or refused, the digest list, opening and creating
// digests, a retitled digest in the list, affiliations and the checks' context.
#include "document/autosavecontroller.h"
#include "document/digestdocument.h"
#include "document/entryfigures.h"
#include "document/workspace.h"
#include "services/settingskeys.h"
#include "storage/library.h"
#include "text/glossary.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestWorkspace final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newLibrary()
    {
        static int n = 0;
        return m_dir.filePath(QStringLiteral("workspace-%1.sqlite").arg(++n));
    }

    // Two digests (the 27th with one paper, the 28th with two); returns the path.
    QString libraryWithTwoDigests(qint64 *older = nullptr, qint64 *newer = nullptr)
    {
        const QString path = newLibrary();
        LibraryError error;
        auto library = Library::open(path, &error);
        const qint64 first = library->createDigest(QDate(2026, 11, 27), QStringLiteral("周五"));
        const qint64 second = library->createDigest(QDate(2026, 11, 28));
        for (int i = 0; i < 3; ++i) {
            DigestEntry entry;
            entry.setArxivId(QStringLiteral("2210.1000%1").arg(i));
            library->appendEntry(i == 0 ? first : second, entry);
        }
        if (older)
            *older = first;
        if (newer)
            *newer = second;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings of their own: other tests that run at the same time clear theirs.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("digest-studio-workspace-test"));
        QSettings().clear();
    }

    void listsAndOpensTheDigestsOfTheLibrary()
    {
        qint64 older = 0;
        qint64 newer = 0;
        Workspace workspace(libraryWithTwoDigests(&older, &newer));
        QVERIFY(workspace.library());
        QVERIFY(workspace.autosave());
        QVERIFY(workspace.figures());
        const QVector<Workspace::DigestChoice> choices = workspace.digestChoices();
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(0).id, newer);
        // Date, title and number of papers (the plural comes with the installed translation).
        QVERIFY2(choices.at(0).label.contains(QLatin1String("(2 paper")), qPrintable(choices.at(0).label));
        QVERIFY2(choices.at(1).label.contains(QStringLiteral(" · 周五 (1 paper")),
                 qPrintable(choices.at(1).label));
        QCOMPARE(workspace.latestDigestId(), newer);
        QCOMPARE(workspace.currentDigestId(), 0);

        QString error;
        QVERIFY(workspace.openStoredDigest(older, &error));
        QCOMPARE(workspace.currentDigestId(), older);
        QCOMPARE(workspace.document()->entryCount(), 1);
        QVERIFY(!workspace.openStoredDigest(9999, &error));
        QVERIFY(!error.isEmpty());

        // A digest that is not stored: the autosave stops following.
        Digest scratch;
        scratch.setDate(QDate(2026, 12, 1));
        workspace.openUnstoredDigest(scratch);
        QCOMPARE(workspace.currentDigestId(), 0);
        QCOMPARE(workspace.document()->digest().date(), QDate(2026, 12, 1));
    }

    void aNewDigestForTodayStartsFromTheTemplates()
    {
        SettingsKeys::DefaultAttribution.setValue(QStringLiteral("转自某某"));
        Workspace workspace(newLibrary());
        QSignalSpy listChanged(&workspace, &Workspace::digestListChanged);
        QString error;
        const qint64 id = workspace.createDigestForToday(&error);
        QVERIFY2(id != 0, qPrintable(error));
        QCOMPARE(listChanged.count(), 1);
        Digest stored;
        QVERIFY(workspace.library()->loadDigest(id, &stored));
        QCOMPARE(stored.date(), QDate::currentDate());
        QCOMPARE(stored.attribution(), QStringLiteral("转自某某"));
        QSettings().clear();
    }

    void aRetitledDigestChangesTheList()
    {
        qint64 newer = 0;
        Workspace workspace(libraryWithTwoDigests(nullptr, &newer));
        QString error;
        QVERIFY(workspace.openStoredDigest(newer, &error));
        QSignalSpy listChanged(&workspace, &Workspace::digestListChanged);
        Digest header = workspace.document()->digest();
        header.setTitle(QStringLiteral("周末版"));
        workspace.document()->setHeader(header);
        QCOMPARE(listChanged.count(), 1);
        QVERIFY(workspace.digestChoices().at(0).label.contains(QStringLiteral("周末版")));
    }

    void aLibraryThatCannotBeOpenedLeavesAnEmptyWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a database, only notes\n").repeated(100));
        file.close();
        Workspace workspace(path);
        QVERIFY(!workspace.library());
        QVERIFY(workspace.libraryError().contains(QStringLiteral("notes.sqlite")));
        QVERIFY(!workspace.autosave());
        QVERIFY(!workspace.figures());
        QVERIFY(workspace.digestChoices().isEmpty());
        QString error;
        QCOMPARE(workspace.createDigestForToday(&error), 0);
        QVERIFY(!workspace.openStoredDigest(1, &error));
        // The document and the glossary still work: a digest can be shown and checked.
        workspace.glossary()->addTerm(GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失")));
        QCOMPARE(workspace.checkContext().glossary.size(), 1);
    }

    void affiliationsAreRememberedAndOffered()
    {
        const QString path = newLibrary();
        Workspace workspace(path);
        Paper paper;
        paper.setId(QStringLiteral("2210.06441"));
        paper.setVersion(1);
        paper.setAuthors({QStringLiteral("Jonas Geiping"), QStringLiteral("Micah Goldblum")});
        LibraryError storeError;
        QVERIFY(workspace.library()->storePapers({paper}, &storeError));
        QString error;
        Digest digest;
        digest.setDate(QDate(2026, 11, 29));
        DigestEntry entry;
        entry.setArxivId(paper.id());
        entry.setAffiliations(QStringLiteral("University of Maryland & New York University"));
        digest.entries().append(entry);
        DigestEntry other;
        other.setArxivId(QStringLiteral("2210.05337"));
        other.setAffiliations(QStringLiteral("EPFL"));
        digest.entries().append(other);
        workspace.openUnstoredDigest(digest);

        QVERIFY2(workspace.rememberAffiliations(0, &error), qPrintable(error));
        QCOMPARE(workspace.library()->rememberedAffiliations(QStringLiteral("Micah Goldblum")),
                 QStringList{QStringLiteral("New York University")});
        // Remembered for this paper's authors first, then those used elsewhere in the digest.
        const QStringList offered = workspace.affiliationCompletions(0);
        QCOMPARE(offered.first(), QStringLiteral("University of Maryland"));
        QVERIFY(offered.contains(QStringLiteral("EPFL")));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
