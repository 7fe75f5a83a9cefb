#include "checks/checkregistry.h"
#include "formatcommands.h"
#include "formats/digestimporter.h"
#include "formats/formatregistry.h"
#include "services/postexport.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

namespace {

// digestctl's streams on strings, as CtlRunner gives them to a command.
struct Streams
{
    QString out;
    QString err;
    QTextStream outStream{&out};
    QTextStream errStream{&err};
    CtlContext context;
    Streams()
    {
        context.out = &outStream;
        context.err = &errStream;
    }
};

Digest sample()
{
    return DigestImporter::parse(Test::fixture(QStringLiteral("published/digest-sample.txt"))).digest;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFormatCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The settings-reading overloads must not see the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DigestStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_formatcommands"));
        QSettings().clear();
    }

    void exportWritesEachFormatToStdout_data()
    {
        QTest::addColumn<QString>("format");
        // The text formats: images do not go to stdout (exportOfImagesNeedsAnOutput).
        for (const DigestExporter *format : FormatRegistry::instance().formats()) {
            if (!PostExport::writesImages(*format))
                QTest::newRow(qPrintable(format->id())) << format->id();
        }
    }

    void exportOfImagesNeedsAnOutput()
    {
        Streams s;
        QCOMPARE(FormatCommands::exportDigest(s.context, sample(),
                                              {QStringLiteral("--format"), QStringLiteral("image")},
                                              ExportOptions()),
                 int(CtlUsage));
        QVERIFY2(s.err.contains(QStringLiteral("--output DIR or FILE.png")), qPrintable(s.err));
        QVERIFY(s.out.isEmpty());
        Streams bad;
        QCOMPARE(FormatCommands::exportDigest(bad.context, sample(),
                                              {QStringLiteral("--format=image"), QStringLiteral("--output=x"),
                                               QStringLiteral("--scale"), QStringLiteral("9")},
                                              ExportOptions()),
                 int(CtlUsage));
        QVERIFY2(bad.err.contains(QStringLiteral("--scale takes a whole number from 1 to 4")),
                 qPrintable(bad.err));
    }

    void exportWritesEachFormatToStdout()
    {
        QFETCH(QString, format);
        Streams s;
        const int status =
            FormatCommands::exportDigest(s.context, sample(), {QStringLiteral("--format"), format});
        QCOMPARE(status, int(CtlOk));
        QCOMPARE(s.out, FormatRegistry::instance().format(format)->render(sample(), ExportOptions()).text);
    }

    void exportToAFileThroughQSaveFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("post.txt"));
        Streams s;
        QCOMPARE(FormatCommands::exportDigest(
                     s.context, sample(),
                     {QStringLiteral("--format=weibo"), QStringLiteral("--output"), path}, ExportOptions()),
                 int(CtlOk));
        QVERIFY(s.out.isEmpty());
        const QByteArray written = readFile(path);
        QVERIFY(written.startsWith("(1/8)\n"));
        QCOMPARE(QString::fromUtf8(written), FormatRegistry::instance()
                                                 .format(QStringLiteral("weibo"))
                                                 ->render(sample(), ExportOptions())
                                                 .text);
        // Nothing but the file: QSaveFile's temporary is gone.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("post.txt")});
    }

    // Untouched machine text: a warning naming the entries on stderr; the post is still written (exit 0).
    void exportWarnsOfUntouchedDraftsAndStillWrites_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("wechat") << QStringLiteral("wechat") << QStringLiteral("post.html");
        QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("day.md");
    }
    void exportWarnsOfUntouchedDraftsAndStillWrites()
    {
        QFETCH(QString, format);
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Digest digest = sample();
        digest.entries()[1].setDraftedBy(QStringLiteral("deepseek-chat"));
        const QString id = digest.entries().at(1).arxivId();
        Streams s;
        QCOMPARE(FormatCommands::exportDigest(
                     s.context, digest,
                     {QStringLiteral("--format"), format, QStringLiteral("--output"), dir.filePath(name)},
                     ExportOptions()),
                 int(CtlOk));
        const QStringList warnings = s.err.split(QLatin1Char('\n')).filter(QStringLiteral("deepseek-chat"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("digestctl: warning: ")), qPrintable(s.err));
        QVERIFY2(warnings.first().contains(QStringLiteral("entry 2 (") + id), qPrintable(s.err));
        QVERIFY(!QDir(dir.path()).entryList(QDir::Files).isEmpty());

        // Without machine text, no such line.
        Streams clean;
        QCOMPARE(FormatCommands::exportDigest(
                     clean.context, sample(),
                     {QStringLiteral("--format"), format, QStringLiteral("--output"), dir.filePath(name)},
                     ExportOptions()),
                 int(CtlOk));
        QVERIFY2(!clean.err.contains(QStringLiteral("Machine drafts")), qPrintable(clean.err));
    }

    void exportFailureWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/post.txt"));
        Streams s;
        QCOMPARE(FormatCommands::exportDigest(
                     s.context, sample(),
                     {QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--output"), path},
                     ExportOptions()),
                 int(CtlFailed));
        QVERIFY2(s.err.contains(QStringLiteral("cannot write")) && s.err.contains(path), qPrintable(s.err));
        QVERIFY(!QFile::exists(path));
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}
                                        << QStringLiteral("unknown format 'pdf'");
        QTest::newRow("no format") << QStringList() << QStringLiteral("--format is required");
        QTest::newRow("format without value")
            << QStringList{QStringLiteral("--format")} << QStringLiteral("--format needs a value");
        QTest::newRow("unexpected argument")
            << QStringList{QStringLiteral("--format=text"), QStringLiteral("--pretty")}
            << QStringLiteral("unknown option --pretty");
    }

    void exportUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        Streams s;
        QCOMPARE(FormatCommands::exportDigest(s.context, sample(), args, ExportOptions()), int(CtlUsage));
        QVERIFY2(s.err.contains(message), qPrintable(s.err));
        QVERIFY(s.out.isEmpty());
    }

    void exportOptionsComeFromTheSettings()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("Export/separatorLines"), false);
        settings.sync();
        Streams s;
        QCOMPARE(FormatCommands::exportDigest(s.context, sample(), {QStringLiteral("--format=text")}),
                 int(CtlOk));
        QVERIFY(!s.out.contains(QChar(0x00A0) + QStringLiteral("\n")));
        settings.remove(QStringLiteral("Export/separatorLines"));
    }

    void checkText()
    {
        Streams s;
        QCOMPARE(FormatCommands::checkDigest(s.context, sample(), {}), int(CtlOk));
        QVERIFY(s.out.contains(QStringLiteral("WARNING 6 zh_title 13+2: ASCII : in Chinese text")));
    }

    void checkExitsOneOnErrors()
    {
        Digest d = sample();
        d.entries()[2].setZhSummary(QString());
        d.entries().append(d.entries().at(0));
        Streams s;
        QCOMPARE(FormatCommands::checkDigest(s.context, d, {QStringLiteral("--json")}), int(CtlFailed));
        QVERIFY2(s.err.contains(QStringLiteral("check found 2 errors")), qPrintable(s.err));
        const QJsonArray findings = QJsonDocument::fromJson(s.out.toUtf8()).array();
        QVERIFY(!findings.isEmpty());
        QStringList errors;
        for (const QJsonValue &v : findings) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("severity")).toString() == QLatin1String("error"))
                errors.append(o.value(QStringLiteral("rule")).toString() + QLatin1Char('@') +
                              QString::number(o.value(QStringLiteral("entry")).toInt()));
        }
        QCOMPARE(errors, (QStringList{QStringLiteral("missing-translation@3"),
                                      QStringLiteral("duplicate-paper@10")}));
    }

    void checkUsesTheGivenGlossaryAndFeatures()
    {
        CheckContext checks;
        FeaturedIn earlier;
        earlier.date = QDate(2022, 10, 1);
        earlier.position = 2;
        checks.featuredBefore.insert(QStringLiteral("2210.06441"), {earlier});
        Streams s;
        QCOMPARE(FormatCommands::checkDigest(s.context, sample(), {}, checks), int(CtlOk));
        QVERIFY2(s.out.contains(QStringLiteral("2210.06441 was featured before: 2022-10-01 (#2)")),
                 qPrintable(s.out));
    }

    void checkUsageError()
    {
        Streams s;
        QCOMPARE(FormatCommands::checkDigest(s.context, sample(), {QStringLiteral("--yaml")}), int(CtlUsage));
    }

    void importSample()
    {
        Streams s;
        Digest d;
        QCOMPARE(FormatCommands::importFile(
                     s.context, QStringLiteral(DIGEST_FIXTURES_DIR "/published/digest-sample.txt"), &d),
                 int(CtlOk));
        QCOMPARE(d.entryCount(), 9);
        QVERIFY(s.err.isEmpty());
    }

    void importFailures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a digest") << QStringLiteral(DIGEST_FIXTURES_DIR "/formats/not-a-digest.txt")
                                      << QStringLiteral("not-a-digest.txt:1: expected a digest post");
        QTest::newRow("missing file") << QStringLiteral(DIGEST_FIXTURES_DIR "/formats/nothing-here.txt")
                                      << QStringLiteral("cannot read");
    }

    void importFailures()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        Streams s;
        Digest d;
        d.setTitle(QStringLiteral("untouched"));
        QCOMPARE(FormatCommands::importFile(s.context, file, &d), int(CtlFailed));
        QVERIFY2(s.err.contains(message), qPrintable(s.err));
        QCOMPARE(d.title(), QStringLiteral("untouched"));
        QCOMPARE(d.entryCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFormatCommands)
#include "tst_formatcommands.moc"
