// Every file digestctl reads (history import, suggest --listing, import, glossary import, publish --cover) is
// read with its named cap, in chunks: /dev/zero and an endless FIFO end at once with "... is larger than N
// MB: refused" and exit 1; a file of exactly the cap is read; one byte more is refused. In this process, on a
// scratch SQLite library.
#include "formats/digestimporter.h"
#include "formats/glossarycsv.h"
#include "formats/historyjsonl.h"
#include "inprocessctl.h"
#include "services/wechatdraftplan.h"
#include "suggestcommands.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace DigestStudio;

namespace {

// One file input: the command with FILE where the path goes, its cap, and a file of any size that the
// command takes (head + padding its format ignores + tail).
struct Input
{
    QStringList arguments;
    qint64 cap = 0;
    QByteArray head;
    char padding = ' ';
    QByteArray tail;
    // What the command prints on stdout when it took the file at the cap (a regular expression); empty: it
    // refused it for its content, not for its size (the cover: zeros are no image).
    QString acceptedOut;
};

const QString File = QStringLiteral("FILE");

QHash<QString, Input> inputs()
{
    QHash<QString, Input> rows;
    rows.insert(QStringLiteral("history import"),
                {{QStringLiteral("history"), QStringLiteral("import"), File},
                 HistoryJsonl::MaxBytes,
                 "{\"date\":\"2026-01-05\",\"listing\":[{\"id\":\"2601.00001\",\"title\":\"A\"},"
                 "{\"id\":\"2601.00002\",\"title\":\"B\"}],\"picked\":[\"2601.00001\"]}\n",
                 ' ',
                 "\n",
                 QStringLiteral("^1\n$")});
    rows.insert(QStringLiteral("suggest --listing"),
                {{QStringLiteral("suggest"), QStringLiteral("--listing"), File},
                 SuggestCommands::MaxListingBytes,
                 "[{\"id\":\"2601.00003\",\"title\":\"A listing of one\"}]",
                 ' ',
                 "\n",
                 QStringLiteral("^2601\\.00003\t")});
    rows.insert(QStringLiteral("import"), {{QStringLiteral("import"), File},
                                           DigestImporter::MaxPostBytes,
                                           Test::fixture(QStringLiteral("published/digest-sample.txt")),
                                           '\n',
                                           QByteArray(),
                                           QStringLiteral("^\\d+\n$")});
    rows.insert(
        QStringLiteral("glossary import"),
        {{QStringLiteral("glossary"), QStringLiteral("import"), File},
         GlossaryCsv::MaxBytes,
         QByteArray("english,chinese,note\r\ndropout,\xe9\x9a\x8f\xe6\x9c\xba\xe5\xa4\xb1\xe6\xb4\xbb,\""),
         ' ',
         "\"\r\n",
         QStringLiteral("^1 terms imported \\(0 replaced\\)\n$")});
    rows.insert(
        QStringLiteral("publish --cover"),
        {{QStringLiteral("--wechat-api"), QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("publish"),
          QStringLiteral("wechat"), QStringLiteral("2026-01-05"), QStringLiteral("--cover"), File},
         WeChatDraftPlan::MaxCoverFileBytes,
         QByteArray(),
         '\0',
         QByteArray(),
         QString()});
    return rows;
}

QStringList withFile(const QStringList &arguments, const QString &path)
{
    QStringList out = arguments;
    out.replaceInStrings(QRegularExpression(QStringLiteral("^FILE$")), path);
    return out;
}

QString refusal(const QString &path, qint64 cap)
{
    return path + QStringLiteral(" is larger than %1 MB: refused").arg(cap / (1024 * 1024));
}

} // namespace

class TestFileInputs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Test::CtlRun run(const QStringList &arguments)
    {
        QProcessEnvironment env = Test::cleanEnvironment();
        // The credentials from the environment: publishing never asks the keychain here, and never gets to
        // send anything (the cover is refused first).
        env.insert(QStringLiteral("DIGEST_WECHAT_APPID"), QStringLiteral("wx-test"));
        env.insert(QStringLiteral("DIGEST_WECHAT_SECRET"), QStringLiteral("secret-test"));
        return Test::runCtl(QStringList{QStringLiteral("--db"), m_db} + arguments, env);
    }

    // Writes `size` bytes: the row's head, its padding (a line break every 1024 bytes of spaces, so that line
    // formats see short blank lines), its tail. In chunks: the largest cap is 256 MB.
    bool writeSized(const QString &path, const Input &input, qint64 size)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        qint64 left = size - input.head.size() - input.tail.size();
        if (left < 0 || file.write(input.head) != input.head.size())
            return false;
        QByteArray chunk(1024 * 1024, input.padding);
        if (input.padding == ' ') {
            for (int i = 1023; i < chunk.size(); i += 1024)
                chunk[i] = '\n';
        }
        while (left > 0) {
            const qint64 n = qMin<qint64>(left, chunk.size());
            if (file.write(chunk.constData(), n) != n)
                return false;
            left -= n;
        }
        return file.write(input.tail) == input.tail.size() && file.size() == size;
    }

    QString endlessFifo(QProcess *writer)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("fifo-%1").arg(QRandomGenerator::global()->generate()));
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            return QString();
        writer->start(QStringLiteral("sh"),
                      {QStringLiteral("-c"), QStringLiteral("exec cat /dev/zero > '%1'").arg(path)});
        return writer->waitForStarted() ? path : QString();
    }

    static void rows()
    {
        QTest::addColumn<QString>("input");
        for (const QString &name :
             {QStringLiteral("history import"), QStringLiteral("suggest --listing"), QStringLiteral("import"),
              QStringLiteral("glossary import"), QStringLiteral("publish --cover")})
            QTest::newRow(qPrintable(name)) << name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::useScratchSettings(m_dir.path()));
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        const Test::CtlRun made = run({QStringLiteral("new"), QStringLiteral("2026-01-05")});
        QVERIFY2(made.status == 0, qPrintable(made.err));
    }

    void devZeroIsRefusedAtOnce_data() { rows(); }
    void devZeroIsRefusedAtOnce()
    {
        QFETCH(QString, input);
        const Input row = inputs().value(input);
        const QString zero = QStringLiteral("/dev/zero");
        const Test::CtlRun r = run(withFile(row.arguments, zero));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(refusal(zero, row.cap)), qPrintable(r.err));
    }

    void anEndlessFifoIsRefused_data() { rows(); }
    void anEndlessFifoIsRefused()
    {
        QFETCH(QString, input);
        const Input row = inputs().value(input);
        QProcess writer;
        const QString fifo = endlessFifo(&writer);
        QVERIFY(!fifo.isEmpty());
        const Test::CtlRun r = run(withFile(row.arguments, fifo));
        writer.kill();
        writer.waitForFinished();
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(refusal(fifo, row.cap)), qPrintable(r.err));
    }

    // The edge: exactly the cap is read (and then judged on its content), one byte more is refused.
    void theCapIsTheEdge_data() { rows(); }
    void theCapIsTheEdge()
    {
        QFETCH(QString, input);
        const Input row = inputs().value(input);
        const QString path = m_dir.filePath(QStringLiteral("input-%1")
                                                .arg(QString::fromLatin1(QTest::currentDataTag()))
                                                .replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(writeSized(path, row, row.cap));
        const Test::CtlRun atCap = run(withFile(row.arguments, path));
        QVERIFY2(!atCap.err.contains(QStringLiteral("is larger than")), qPrintable(atCap.err));
        if (row.acceptedOut.isEmpty()) {
            QCOMPARE(atCap.status, 1);
        } else {
            QVERIFY2(atCap.status == 0, qPrintable(atCap.err));
            QVERIFY2(QRegularExpression(row.acceptedOut).match(atCap.out).hasMatch(), qPrintable(atCap.out));
        }

        QVERIFY(writeSized(path, row, row.cap + 1));
        const Test::CtlRun past = run(withFile(row.arguments, path));
        QCOMPARE(past.status, 1);
        QVERIFY2(past.err.contains(refusal(path, row.cap)), qPrintable(past.err));
        QVERIFY(past.out.isEmpty());
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestFileInputs)
#include "tst_fileinputs.moc"
