// digestctl's command table and what it generates: every command is in --help and has `help COMMAND` and
// `COMMAND --help`; the usage errors of every command are worded alike, name its synopsis and exit 2 without
// touching the library; a library that cannot be opened is one message, the same for every command; the man
// page has a section per command. In this process (CtlRunner on strings).
#include "ctlcommandtable.h"
#include "ctlhelp.h"
#include "ctlmanpage.h"
#include "inprocessctl.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

namespace {

// `glossary import` as words.
QStringList words(const CtlCommand &command)
{
    QStringList out{command.name()};
    if (!command.subName().isEmpty())
        out.append(command.subName());
    return out;
}

QString flat(const QString &text)
{
    return text.simplified();
}

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7E || (c.unicode() < 0x20 && c != QLatin1Char('\n')))
            return false;
    }
    return true;
}

} // namespace

class TestCommandTable final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The runner on a library location that must not come to exist.
    Test::CtlRun runOn(const QString &db, const QStringList &arguments)
    {
        return Test::runCtl(QStringList{QStringLiteral("--db"), db} + arguments);
    }

    // A usage error as every command says it: the message, the command's synopsis, where to read more; exit
    // 2, nothing on stdout, no library made.
    void checkUsage(const CtlCommand &command, const QStringList &arguments, const QString &message)
    {
        const QString db = m_dir.filePath(QStringLiteral("untouched.sqlite"));
        const Test::CtlRun r = runOn(db, words(command) + arguments);
        QVERIFY2(r.status == 2, qPrintable(command.fullName() + QStringLiteral(": ") + r.err));
        const QString expected = QStringLiteral("digestctl: ") + message + QLatin1Char('\n');
        QVERIFY2(r.err.startsWith(expected), qPrintable(QStringLiteral("expected ") + expected + r.err));
        QVERIFY2(
            flat(r.err).contains(QStringLiteral("Usage: digestctl [GLOBAL OPTIONS] ") + command.synopsis()),
            qPrintable(r.err));
        QVERIFY2(r.err.endsWith(QStringLiteral("Run 'digestctl help ") + command.name() +
                                QStringLiteral("' for more.\n")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(!QFile::exists(db), qPrintable(command.fullName()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::useScratchSettings(m_dir.path()));
    }

    void everyCommandIsDeclaredOnceAndCompletely()
    {
        QSet<QString> seen;
        const QVector<CtlCommand> &commands = CtlCommandTable::instance().commands();
        QVERIFY(commands.size() >= 24);
        for (const CtlCommand &command : commands) {
            QVERIFY2(!seen.contains(command.fullName()), qPrintable(command.fullName()));
            seen.insert(command.fullName());
            QVERIFY(command.handler());
            QVERIFY2(!command.summary().isEmpty() && !command.help().isEmpty(),
                     qPrintable(command.fullName()));
            // Plain ASCII, so that the man page needs no special characters.
            QStringList texts{command.summary(), command.help()};
            for (const CtlArgument &argument : command.arguments())
                texts << argument.name << argument.help;
            for (const CtlOption &option : command.options()) {
                texts << option.name << option.valueName << option.help;
                QVERIFY2(option.name.startsWith(QLatin1String("--")) && !option.help.isEmpty(),
                         qPrintable(command.fullName() + QLatin1Char(' ') + option.name));
            }
            for (const QString &text : texts)
                QVERIFY2(isPlainAscii(text), qPrintable(command.fullName() + QStringLiteral(": ") + text));
            // A family is all sub-commands or none.
            for (const CtlCommand *row : CtlCommandTable::instance().family(command.name()))
                QCOMPARE(row->subName().isEmpty(), command.subName().isEmpty());
        }
        // The commands of the contract so far.
        for (const char *name : {"lookup",
                                 "listing",
                                 "new",
                                 "list",
                                 "add",
                                 "show",
                                 "set",
                                 "move",
                                 "remove",
                                 "import",
                                 "export",
                                 "check",
                                 "search",
                                 "draft",
                                 "glossary list",
                                 "glossary import",
                                 "glossary export",
                                 "glossary add",
                                 "glossary remove",
                                 "publish wechat",
                                 "suggest",
                                 "suggest-eval",
                                 "history import",
                                 "prepare",
                                 "schedule enable",
                                 "schedule disable",
                                 "schedule status",
                                 "help"})
            QVERIFY2(seen.contains(QString::fromLatin1(name)), name);
    }

    void everyCommandIsInTheOverview()
    {
        const Test::CtlRun r = Test::runCtl({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        const QString overview = flat(r.out);
        for (const CtlCommand &command : CtlCommandTable::instance().commands()) {
            QVERIFY2(overview.contains(command.synopsis()), qPrintable(command.synopsis()));
            QVERIFY2(overview.contains(flat(command.summary())), qPrintable(command.summary()));
        }
        for (const char *heading : {"Global options:", "Papers from arXiv:", "Publishing:", "Exit status:"})
            QVERIFY2(r.out.contains(QLatin1String(heading)), heading);
        // No line of it is wider than a terminal of 100 columns.
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 100, qPrintable(line));
    }

    void everyCommandHasItsHelp()
    {
        for (const CtlCommand &command : CtlCommandTable::instance().commands()) {
            const Test::CtlRun help = Test::runCtl(QStringList{QStringLiteral("help")} + words(command));
            QVERIFY2(help.status == 0, qPrintable(command.fullName() + help.err));
            const QString text = flat(help.out);
            QVERIFY2(
                text.startsWith(QStringLiteral("Usage: digestctl [GLOBAL OPTIONS] ") + command.synopsis()),
                qPrintable(help.out));
            QVERIFY2(text.contains(flat(command.help().split(QStringLiteral("\n\n")).first())),
                     qPrintable(help.out));
            for (const CtlOption &option : command.options())
                QVERIFY2(text.contains(option.synopsis() + QLatin1Char(' ') + flat(option.help).left(20)),
                         qPrintable(command.fullName() + QLatin1Char(' ') + option.name));
            for (const CtlArgument &argument : command.arguments())
                QVERIFY2(text.contains(argument.synopsis() + QLatin1Char(' ') + flat(argument.help).left(20)),
                         qPrintable(command.fullName() + QLatin1Char(' ') + argument.name));
            QCOMPARE(text.contains(flat(CtlHelp::libraryNote())),
                     command.needsLibrary() && !command.libraryOptional());
            QCOMPARE(text.contains(flat(CtlHelp::libraryNote(true))), command.libraryOptional());
            // COMMAND --help and COMMAND -h say the same.
            for (const char *flag : {"--help", "-h"}) {
                const Test::CtlRun asked = Test::runCtl(words(command) << QString::fromLatin1(flag));
                QCOMPARE(asked.status, 0);
                QCOMPARE(asked.out, help.out);
            }
        }
        // A family's help is every sub-command's.
        const Test::CtlRun family = Test::runCtl({QStringLiteral("help"), QStringLiteral("glossary")});
        QCOMPARE(family.status, 0);
        for (const CtlCommand *row : CtlCommandTable::instance().family(QStringLiteral("glossary")))
            QVERIFY2(flat(family.out).contains(row->synopsis()), qPrintable(row->synopsis()));
        QCOMPARE(Test::runCtl({QStringLiteral("glossary"), QStringLiteral("--help")}).out, family.out);
        QCOMPARE(Test::runCtl({QStringLiteral("help")}).out, Test::runCtl({QStringLiteral("--help")}).out);
    }

    void unknownOptionsAndMissingValuesAreWordedAlike()
    {
        for (const CtlCommand &command : CtlCommandTable::instance().commands()) {
            checkUsage(command, {QStringLiteral("--no-such-option")},
                       QStringLiteral("unknown option --no-such-option"));
            for (const CtlOption &option : command.options()) {
                if (option.isFlag())
                    checkUsage(command, {option.name + QStringLiteral("=yes")},
                               QStringLiteral("option ") + option.name + QStringLiteral(" takes no value"));
                else
                    checkUsage(command, {option.name},
                               QStringLiteral("option ") + option.name + QStringLiteral(" needs a value"));
            }
        }
    }

    void wrongArityIsWordedAlike()
    {
        for (const CtlCommand &command : CtlCommandTable::instance().commands()) {
            if (command.minArguments() > 0)
                checkUsage(command, {},
                           command.fullName() + QStringLiteral(" needs ") + command.argumentSynopsis());
            const int most = command.maxArguments();
            if (most < 0)
                continue;
            QStringList many;
            for (int i = 0; i <= most; ++i)
                many.append(QStringLiteral("a%1").arg(i));
            checkUsage(command, many,
                       command.fullName() +
                           (most == 0 ? QStringLiteral(" takes no arguments")
                                      : QStringLiteral(" takes ") + command.argumentSynopsis()) +
                           QStringLiteral(": unexpected argument 'a%1'").arg(most));
        }
    }

    void aRequiredOptionIsNamed()
    {
        const CtlCommand *exportCommand = CtlCommandTable::instance().find(QStringLiteral("export"));
        QVERIFY(exportCommand);
        checkUsage(*exportCommand, {QStringLiteral("1")}, QStringLiteral("option --format is required"));
    }

    void subCommandsAndCommandsThatDoNotExist()
    {
        const QString db = m_dir.filePath(QStringLiteral("untouched.sqlite"));
        Test::CtlRun r = runOn(db, {QStringLiteral("glossary")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(
                     QStringLiteral("digestctl: glossary needs one of: list, import, export, add, remove\n")),
                 qPrintable(r.err));
        for (const CtlCommand *row : CtlCommandTable::instance().family(QStringLiteral("glossary")))
            QVERIFY2(flat(r.err).contains(row->synopsis()), qPrintable(r.err));
        r = runOn(db, {QStringLiteral("glossary"), QStringLiteral("rename"), QStringLiteral("x")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("digestctl: unknown glossary command 'rename'")),
                 qPrintable(r.err));
        // Options may come before the sub-command, as before the table.
        r = runOn(db, {QStringLiteral("publish"), QStringLiteral("--force"), QStringLiteral("wechat")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("digestctl: publish wechat needs DIGEST\n")),
                 qPrintable(r.err));
        r = runOn(db, {QStringLiteral("frobnicate")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("digestctl: unknown command 'frobnicate'\n")),
                 qPrintable(r.err));
        r = runOn(db, {QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(r.status, 2);
        QVERIFY(!QFile::exists(db));
    }

    // Valid invocations of commands that use the library, on a library that cannot be opened: each says the
    // same one line and exits 1.
    void aLibraryThatCannotBeOpenedIsOneMessage_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("cause");
        QTest::newRow("not a database") << QStringLiteral("text") << QStringLiteral("not a SQLite database");
        QTest::newRow("unreachable server")
            << QStringLiteral("postgresql://digest:hunter2@127.0.0.1:1/digest")
            << QStringLiteral("cannot be reached");
    }
    void aLibraryThatCannotBeOpenedIsOneMessage()
    {
        QFETCH(QString, location);
        QFETCH(QString, cause);
        if (location == QLatin1String("text")) {
            location = m_dir.filePath(QStringLiteral("notes.sqlite"));
            QFile file(location);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a library\n");
        }
        const QString post = m_dir.filePath(QStringLiteral("2022-10-14.txt"));
        const QString csv = m_dir.filePath(QStringLiteral("terms.csv"));
        const QString history = m_dir.filePath(QStringLiteral("history.jsonl"));
        for (const auto &[path, bytes] :
             {std::pair<QString, QByteArray>{post,
                                             Test::fixture(QStringLiteral("published/digest-sample.txt"))},
              {csv, QByteArrayLiteral("english,chinese\ndropout,dropout\n")},
              {history, QByteArrayLiteral("{\"date\":\"2026-01-05\",\"listing\":[{\"id\":\"2601.00001\"}],"
                                          "\"picked\":[]}\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const QString digest = QStringLiteral("2022-10-14");
        const QList<QStringList> invocations{
            {QStringLiteral("new"), digest},
            {QStringLiteral("list")},
            {QStringLiteral("show"), digest},
            {QStringLiteral("set"), digest, QStringLiteral("1"), QStringLiteral("tag"), QStringLiteral("CV")},
            {QStringLiteral("move"), digest, QStringLiteral("1"), QStringLiteral("2")},
            {QStringLiteral("remove"), digest, QStringLiteral("1")},
            {QStringLiteral("search"), QStringLiteral("graph")},
            {QStringLiteral("add"), digest, QStringLiteral("2210.06441")},
            {QStringLiteral("import"), post},
            {QStringLiteral("export"), digest, QStringLiteral("--format"), QStringLiteral("text")},
            {QStringLiteral("check"), digest},
            {QStringLiteral("draft"), digest},
            {QStringLiteral("glossary"), QStringLiteral("list")},
            {QStringLiteral("glossary"), QStringLiteral("import"), csv},
            {QStringLiteral("glossary"), QStringLiteral("export"), m_dir.filePath(QStringLiteral("out.csv"))},
            {QStringLiteral("glossary"), QStringLiteral("add"), QStringLiteral("dropout"),
             QStringLiteral("x")},
            {QStringLiteral("glossary"), QStringLiteral("remove"), QStringLiteral("dropout")},
            {QStringLiteral("publish"), QStringLiteral("wechat"), digest},
            {QStringLiteral("suggest"), QStringLiteral("--date"), digest},
            {QStringLiteral("suggest-eval")},
            {QStringLiteral("history"), QStringLiteral("import"), history},
        };
        QString first;
        for (const QStringList &invocation : invocations) {
            const Test::CtlRun r = runOn(location, invocation);
            const QString what = invocation.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
            QVERIFY2(r.status == 1, qPrintable(what));
            QVERIFY2(r.err.startsWith(QStringLiteral("digestctl: ")) && r.err.count(QLatin1Char('\n')) == 1,
                     qPrintable(what));
            QVERIFY2(r.err.contains(cause) && !r.err.contains(QStringLiteral("hunter2")), qPrintable(what));
            if (first.isEmpty())
                first = r.err;
            QCOMPARE(r.err, first);
            QVERIFY(r.out.isEmpty());
        }
    }

    void theManPageHasASectionPerCommand()
    {
        const QString page = CtlManPage::text();
        QVERIFY(page.startsWith(QStringLiteral(".\\\" digestctl.1")));
        QVERIFY(page.contains(QStringLiteral("\n.TH DIGESTCTL 1 ")));
        QVERIFY(isPlainAscii(page));
        for (const CtlCommand &command : CtlCommandTable::instance().commands()) {
            QVERIFY2(page.contains(QStringLiteral("\n.SS \"") + command.fullName() + QStringLiteral("\"\n")),
                     qPrintable(command.fullName()));
            for (const CtlOption &option : command.options())
                QVERIFY2(page.contains(CtlManPage::escape(option.name)), qPrintable(option.name));
        }
        for (const char *section :
             {"\n.SH NAME\n", "\n.SH SYNOPSIS\n", "\n.SH DESCRIPTION\n", "\n.SH \"GLOBAL OPTIONS\"\n",
              "\n.SH COMMANDS\n", "\n.SH ENVIRONMENT\n", "\n.SH \"EXIT STATUS\"\n",
              "\\fB\\-\\-db\\fR \\fILOCATION\\fR", "DIGEST_DB"})
            QVERIFY2(page.contains(QLatin1String(section)), section);
        // The same on every machine: no home folder in it.
        QVERIFY(!page.contains(QDir::homePath()));
        // `digestctl --man` prints it.
        const Test::CtlRun r = Test::runCtl({QStringLiteral("--man")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, page);
    }

    void troffIsEscaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("options") << QStringLiteral("--json or -h") << QStringLiteral("\\-\\-json or \\-h");
        QTest::newRow("hyphens in words")
            << QStringLiteral("full-text 2022-10-14") << QStringLiteral("full-text 2022-10-14");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\eb");
        QTest::newRow("leading dot") << QStringLiteral(".hidden") << QStringLiteral("\\&.hidden");
        QTest::newRow("leading quote") << QStringLiteral("'quoted'") << QStringLiteral("\\&'quoted'");
        QTest::newRow("past ASCII") << QStringLiteral("File \u25B8 Export\u2026 \U0001F600")
                                    << QStringLiteral("File \\[u25B8] Export\\[u2026] \\[u1F600]");
    }
    void troffIsEscaped()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(CtlManPage::escape(text), escaped);
    }
};

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
