// AliasOffer: which edits of an affiliation line offer to remember an alias for the team, and which do not.
// Expected values written by hand from the rule in services/aliasoffer.h.
#include "services/aliasoffer.h"

#include <QtTest>

using namespace DigestStudio;

class TestAliasOffer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offer_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("longName"); // empty: no offer
        QTest::addColumn<QString>("shortName");
        const QString umd = QStringLiteral("University of Maryland");
        const QString nyu = QStringLiteral("New York University");
        const QString both = umd + QStringLiteral(" & ") + nyu;
        QTest::newRow("one renamed") << both << QStringLiteral("UMD & ") + nyu << umd
                                     << QStringLiteral("UMD");
        QTest::newRow("the last renamed")
            << both << umd + QStringLiteral(" & NYU") << nyu << QStringLiteral("NYU");
        QTest::newRow("alone") << QStringLiteral("University of California, Berkeley")
                               << QStringLiteral("UC Berkeley")
                               << QStringLiteral("University of California, Berkeley")
                               << QStringLiteral("UC Berkeley");
        QTest::newRow("white space around & ignored")
            << both << QStringLiteral("UMD&  New  York University") << umd << QStringLiteral("UMD");
        QTest::newRow("Chinese name")
            << QStringLiteral("Tsinghua University & MIT") << QStringLiteral("清华大学 & MIT")
            << QStringLiteral("Tsinghua University") << QStringLiteral("清华大学");
        QTest::newRow("two renamed: an edit")
            << both << QStringLiteral("UMD & NYU") << QString() << QString();
        QTest::newRow("one added") << both << both + QStringLiteral(" & MIT") << QString() << QString();
        QTest::newRow("one removed") << both << umd << QString() << QString();
        QTest::newRow("emptied") << both << QStringLiteral(" & ") + nyu << QString() << QString();
        QTest::newRow("filled from empty") << QString() << QStringLiteral("MIT") << QString() << QString();
        QTest::newRow("letter case only")
            << both << QStringLiteral("University Of Maryland & ") + nyu << QString() << QString();
        QTest::newRow("nothing changed") << both << both << QString() << QString();
    }

    void offer()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, longName);
        QFETCH(QString, shortName);
        const AliasOffer offer = AliasOffer::fromEdit(before, after, {});
        QCOMPARE(offer.isValid(), !longName.isEmpty());
        QCOMPARE(offer.longName(), longName);
        QCOMPARE(offer.shortName(), shortName);
    }

    // An alias the team already has is not offered again (its LONG in any letter case); another SHORT for
    // the same LONG is offered, as a replacement.
    void knownAliasNotOfferedAgain()
    {
        const QString before = QStringLiteral("University of Maryland & MIT");
        QMap<QString, QString> aliases{{QStringLiteral("university of maryland"), QStringLiteral("UMD")}};
        QVERIFY(!AliasOffer::fromEdit(before, QStringLiteral("UMD & MIT"), aliases).isValid());
        const AliasOffer other = AliasOffer::fromEdit(before, QStringLiteral("UMCP & MIT"), aliases);
        QVERIFY(other.isValid());
        QCOMPARE(other.shortName(), QStringLiteral("UMCP"));
    }
};

QTEST_GUILESS_MAIN(TestAliasOffer)
#include "tst_aliasoffer.moc"
