// CtlArguments: the one parser of digestctl's global options and commands.
#include "ctlarguments.h"

#include <QtTest>

using namespace DigestStudio;
using Error = CtlArguments::Error;

class TestCtlArguments final : public QObject
{
    Q_OBJECT

private:
    static CtlArguments command()
    {
        CtlArguments args;
        args.addFlag({QStringLiteral("--json")}).addOption(QStringLiteral("--title"));
        return args;
    }

private Q_SLOTS:
    void optionsInBothFormsFlagsAndPositional()
    {
        CtlArguments args = command();
        QVERIFY(args.parse({QStringLiteral("2026-11-30"), QStringLiteral("--title"), QStringLiteral("周五"),
                            QStringLiteral("--json"), QStringLiteral("-5")}));
        QCOMPARE(args.value(QStringLiteral("--title")), QStringLiteral("周五"));
        QVERIFY(args.isSet(QStringLiteral("--json")));
        QCOMPARE(args.positional(), (QStringList{QStringLiteral("2026-11-30"), QStringLiteral("-5")}));
        QVERIFY(args.parse({QStringLiteral("--title=a=b"), QStringLiteral("--title=last")}));
        QCOMPARE(args.value(QStringLiteral("--title")), QStringLiteral("last"));
        QVERIFY(!args.isSet(QStringLiteral("--json")));
        QCOMPARE(args.values(), (QHash<QString, QString>{{QStringLiteral("title"), QStringLiteral("last")}}));
        QVERIFY(args.value(QStringLiteral("--other")).isNull());
    }

    void doubleDashEndsTheOptions()
    {
        CtlArguments args = command();
        QVERIFY(args.parse({QStringLiteral("1"), QStringLiteral("--"), QStringLiteral("--json")}));
        QVERIFY(!args.isSet(QStringLiteral("--json")));
        QCOMPARE(args.positional(), (QStringList{QStringLiteral("1"), QStringLiteral("--json")}));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--yaml")} << int(Error::UnknownOption)
                                 << QStringLiteral("unknown option --yaml");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("x"), QStringLiteral("--title")} << int(Error::MissingValue)
            << QStringLiteral("option --title needs a value");
        QTest::newRow("flag with value")
            << QStringList{QStringLiteral("--json=yes")} << int(Error::UnexpectedValue)
            << QStringLiteral("option --json takes no value");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, error);
        QFETCH(QString, text);
        CtlArguments args = command();
        QVERIFY(!args.parse(arguments));
        QCOMPARE(int(args.error()), error);
        QCOMPARE(args.errorText(), text);
        QVERIFY(args.parse({}));
        QVERIFY(args.error() == Error::None);
        QVERIFY(args.errorText().isEmpty());
    }

    void theRunnerStopsAtTheCommand()
    {
        CtlArguments global;
        global.addFlag({QStringLiteral("-h"), QStringLiteral("--help")})
            .addOption(QStringLiteral("--db"))
            .stopAtFirstPositional();
        QVERIFY(global.parse({QStringLiteral("--db=x.sqlite"), QStringLiteral("-h"), QStringLiteral("show"),
                              QStringLiteral("1"), QStringLiteral("--json")}));
        QVERIFY(global.isSet(QStringLiteral("--help")));
        QVERIFY(global.isSet(QStringLiteral("-h")));
        QCOMPARE(global.value(QStringLiteral("--db")), QStringLiteral("x.sqlite"));
        QCOMPARE(global.positional(),
                 (QStringList{QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}));
    }
};

QTEST_GUILESS_MAIN(TestCtlArguments)
#include "tst_ctlarguments.moc"
