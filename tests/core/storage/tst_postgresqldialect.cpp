// PostgreSqlDialect's pure parts: identifiers quoted so that no name can end the quote early.
#include "storage/postgresqldialect.h"

#include <QtTest>

using namespace DigestStudio;

class TestPostgreSqlDialect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Regression: the schema name was put between quotes as it was.
    void identifiersAreQuoted_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("team") << QStringLiteral("\"team\"");
        QTest::newRow("double quote doubled") << QStringLiteral("a\"; DROP SCHEMA public; --")
                                              << QStringLiteral("\"a\"\"; DROP SCHEMA public; --\"");
    }

    void identifiersAreQuoted()
    {
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(PostgreSqlDialect::quotedIdentifier(name), quoted);
    }
};

QTEST_GUILESS_MAIN(TestPostgreSqlDialect)
#include "tst_postgresqldialect.moc"
