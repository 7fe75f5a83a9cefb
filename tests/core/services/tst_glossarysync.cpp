// GlossarySync on real libraries: every edit of the glossary is stored, an import replaces the stored
// glossary, and an import the database refuses half-way leaves the stored glossary whole and shown.
#include "librarytests.h"
#include "scratchlibraries.h"
#include "services/glossarysync.h"
#include "storage/library.h"
#include "text/glossary.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QtTest>

using namespace DigestStudio;
using DigestStudio::Test::ScratchLibraries;

class TestGlossarySync final : public QObject
{
    Q_OBJECT

private:
    ScratchLibraries m_scratch;

    static void backends() { Test::addBackendRows(); }

private Q_SLOTS:
    void cleanup() { m_scratch.dropAll(); }

    void editsAreStored_data() { backends(); }
    void editsAreStored()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        Glossary glossary;
        GlossarySync sync(library.get(), &glossary);
        QSignalSpy failed(&sync, &GlossarySync::failed);
        glossary.addTerm(GlossaryTerm(QStringLiteral("dropout"), QStringLiteral("丢弃法")));
        const int loss = glossary.addTerm(GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失")));
        glossary.setTerm(loss, GlossaryTerm(QStringLiteral("loss"), QStringLiteral("损失函数")));
        glossary.removeTerms({0});
        QCOMPARE(failed.count(), 0);
        const QVector<GlossaryTerm> stored = library->glossaryTerms();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).chinese(), QStringLiteral("损失函数"));

        glossary.setTerms({GlossaryTerm(QStringLiteral("LLM"), QStringLiteral("大语言模型")),
                           GlossaryTerm(QStringLiteral("token"), QStringLiteral("词元"))});
        QCOMPARE(failed.count(), 0);
        QCOMPARE(library->glossaryTerms(), glossary.terms());
        QVERIFY(glossary.term(0).id() > 0);
    }

    void aRefusedImportKeepsTheStoredGlossary_data() { backends(); }
    void aRefusedImportKeepsTheStoredGlossary()
    {
        FRESH_LOCATION(location);
        OPEN_LIBRARY(library, location);
        GlossaryTerm kept(QStringLiteral("dropout"), QStringLiteral("丢弃法"));
        QVERIFY(library->addGlossaryTerm(&kept));
        Glossary glossary;
        GlossarySync sync(library.get(), &glossary);
        QCOMPARE(glossary.terms(), QVector<GlossaryTerm>{kept});
        QSqlDatabase db = m_scratch.openRaw(location);
        QVERIFY(ScratchLibraries::refuseInserts(db, QStringLiteral("glossary"),
                                                QStringLiteral("NEW.english = 'poison'")));
        m_scratch.closeRaw(db);
        QSignalSpy failed(&sync, &GlossarySync::failed);
        glossary.setTerms({GlossaryTerm(QStringLiteral("LLM"), QStringLiteral("大语言模型")),
                           GlossaryTerm(QStringLiteral("poison"), QStringLiteral("投毒"))});
        QCOMPARE(failed.count(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(library->location()) && message.contains(QLatin1String("poison")),
                 qPrintable(message));
        QCOMPARE(library->glossaryTerms(), QVector<GlossaryTerm>{kept});
        QCOMPARE(glossary.terms(), QVector<GlossaryTerm>{kept});
    }
};

QTEST_GUILESS_MAIN(TestGlossarySync)
#include "tst_glossarysync.moc"
