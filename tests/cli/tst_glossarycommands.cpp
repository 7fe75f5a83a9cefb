// digestctl glossary in this process: add, list, remove, export and import the GUI's CSV; a bad file
// changes nothing.
#include "formats/glossarycsv.h"
#include "inprocessctl.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestGlossaryCommands final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;

    Test::CtlRun ctl(const QStringList &command)
    {
        return Test::runCtl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("glossary")} + command);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::useScratchSettings(m_dir.path()));
    }
    void init() { m_db = m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_count)); }

    void addListRemove()
    {
        QCOMPARE(ctl({QStringLiteral("add"), QStringLiteral("dropout"), QStringLiteral("随机失活"),
                      QStringLiteral("not 辍学")})
                     .out,
                 QStringLiteral("added dropout\n"));
        QCOMPARE(ctl({QStringLiteral("add"), QStringLiteral("LLM"), QStringLiteral("大模型")}).status, 0);
        QCOMPARE(ctl({QStringLiteral("add"), QStringLiteral("llm"), QStringLiteral("大语言模型")}).out,
                 QStringLiteral("replaced llm\n"));
        QCOMPARE(ctl({QStringLiteral("list")}).out,
                 QStringLiteral("dropout\t随机失活\tnot 辍学\nllm\t大语言模型\t\n"));
        QCOMPARE(ctl({QStringLiteral("remove"), QStringLiteral("LLM")}).status, 0);
        const Test::CtlRun missing = ctl({QStringLiteral("remove"), QStringLiteral("GAN")});
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.contains(QStringLiteral("'GAN' is not in the glossary")));
        QCOMPARE(ctl({QStringLiteral("list")}).out, QStringLiteral("dropout\t随机失活\tnot 辍学\n"));
    }

    void exportImportRoundTrip()
    {
        ctl({QStringLiteral("add"), QStringLiteral("attention"), QStringLiteral("注意力"),
             QStringLiteral("a, \"quoted\" note")});
        ctl({QStringLiteral("add"), QStringLiteral("dropout"), QStringLiteral("随机失活")});
        QCOMPARE(ctl({QStringLiteral("export"), path(QStringLiteral("terms.csv"))}).status, 0);
        QFile file(path(QStringLiteral("terms.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVector<GlossaryTerm> terms;
        QString error;
        QVERIFY(GlossaryCsv::read(file.readAll(), &terms, &error));
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.first().note(), QStringLiteral("a, \"quoted\" note"));

        m_db = m_dir.filePath(QStringLiteral("library-other.sqlite"));
        ctl({QStringLiteral("add"), QStringLiteral("old"), QStringLiteral("旧")});
        const Test::CtlRun imported = ctl({QStringLiteral("import"), path(QStringLiteral("terms.csv"))});
        QCOMPARE(imported.status, 0);
        QCOMPARE(imported.out, QStringLiteral("2 terms imported (1 replaced)\n"));
        QCOMPARE(ctl({QStringLiteral("list")}).out,
                 QStringLiteral("attention\t注意力\ta, \"quoted\" note\ndropout\t随机失活\t\n"));
    }

    void badFileChangesNothing()
    {
        ctl({QStringLiteral("add"), QStringLiteral("dropout"), QStringLiteral("随机失活")});
        QFile bad(path(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("english,chinese\nLLM,大语言模型\n\"unterminated,x\n");
        bad.close();
        const Test::CtlRun run = ctl({QStringLiteral("import"), path(QStringLiteral("bad.csv"))});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("bad.csv")) &&
                     run.err.contains(QStringLiteral("nothing imported")),
                 qPrintable(run.err));
        QCOMPARE(ctl({QStringLiteral("list")}).out, QStringLiteral("dropout\t随机失活\t\n"));
        QCOMPARE(ctl({QStringLiteral("import"), path(QStringLiteral("missing.csv"))}).status, 1);
    }

    void usage()
    {
        QCOMPARE(ctl({}).status, 2);
        QCOMPARE(ctl({QStringLiteral("add"), QStringLiteral("x")}).status, 2);
        QCOMPARE(ctl({QStringLiteral("add"), QStringLiteral("x"), QStringLiteral(" ")}).status, 2);
        QCOMPARE(ctl({QStringLiteral("rename"), QStringLiteral("x")}).status, 2);
        QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("extra")}).status, 2);
    }
};

QTEST_MAIN(TestGlossaryCommands)
#include "tst_glossarycommands.moc"
