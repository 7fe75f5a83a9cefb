// InstitutionGazetteer: places, companies and acronyms as written in affiliations, and what they are not.
#include "fulltext/institutiongazetteer.h"

#include <QtTest>

using namespace DigestStudio;

class TestInstitutionGazetteer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookups_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("known");
        QTest::newRow("USA") << QStringLiteral("country") << QStringLiteral("USA") << true;
        QTest::newRow("U.S.A.") << QStringLiteral("country") << QStringLiteral("U.S.A.") << true;
        QTest::newRow("P. R. China") << QStringLiteral("country") << QStringLiteral("P. R. China") << true;
        QTest::newRow("the Netherlands")
            << QStringLiteral("country") << QStringLiteral("the Netherlands") << true;
        QTest::newRow("Republic of Korea")
            << QStringLiteral("country") << QStringLiteral("Republic of Korea") << true;
        QTest::newRow("not a country")
            << QStringLiteral("country") << QStringLiteral("New York University") << false;
        QTest::newRow("MD") << QStringLiteral("region") << QStringLiteral("MD") << true;
        QTest::newRow("md is not a code") << QStringLiteral("region") << QStringLiteral("md") << false;
        QTest::newRow("Guangdong") << QStringLiteral("region") << QStringLiteral("Guangdong") << true;
        QTest::newRow("Bavaria") << QStringLiteral("region") << QStringLiteral("bavaria") << true;
        QTest::newRow("College Park") << QStringLiteral("city") << QStringLiteral("College Park") << true;
        QTest::newRow("Tübingen") << QStringLiteral("city") << QStringLiteral("Tübingen") << true;
        QTest::newRow("Zürich") << QStringLiteral("city") << QStringLiteral("Zürich") << true;
        QTest::newRow("not a city") << QStringLiteral("city") << QStringLiteral("ETH Zürich") << false;
        QTest::newRow("Google") << QStringLiteral("company") << QStringLiteral("Google") << true;
        QTest::newRow("google in lower case")
            << QStringLiteral("company") << QStringLiteral("google") << false;
        QTest::newRow("CNRS") << QStringLiteral("company") << QStringLiteral("CNRS") << true;
        QTest::newRow("MIT") << QStringLiteral("acronym") << QStringLiteral("MIT") << true;
        QTest::newRow("mit is a German word") << QStringLiteral("acronym") << QStringLiteral("mit") << false;
        QTest::newRow("University of California")
            << QStringLiteral("system") << QStringLiteral("University of California") << true;
        QTest::newRow("the University of Texas")
            << QStringLiteral("system") << QStringLiteral("The University of Texas") << true;
        QTest::newRow("University of Maryland")
            << QStringLiteral("system") << QStringLiteral("University of Maryland") << false;
    }

    void lookups()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(bool, known);
        bool found = false;
        if (kind == QLatin1String("country"))
            found = InstitutionGazetteer::isCountry(text);
        else if (kind == QLatin1String("region"))
            found = InstitutionGazetteer::isRegion(text);
        else if (kind == QLatin1String("city"))
            found = InstitutionGazetteer::isCity(text);
        else if (kind == QLatin1String("company"))
            found = InstitutionGazetteer::isCompanyWord(text);
        else if (kind == QLatin1String("acronym"))
            found = InstitutionGazetteer::isUniversityAcronym(text);
        else
            found = InstitutionGazetteer::isUniversitySystem(text);
        QCOMPARE(found, known);
    }
};

QTEST_GUILESS_MAIN(TestInstitutionGazetteer)
#include "tst_institutiongazetteer.moc"
