// InstitutionReducer: the house's affiliation line, row by row from tests/fixtures/fulltext/institutions.tsv
// (written by hand from the house rule), then aliases, duplicates and order.
#include "fulltext/institutionreducer.h"
#include "testsupport.h"

#include <QtTest>

using namespace DigestStudio;

class TestInstitutionReducer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QString>("affiliation");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QString>("expected");
        const QString table = QString::fromUtf8(Test::fixture(QStringLiteral("fulltext/institutions.tsv")));
        int rows = 0;
        for (const QString &line : table.split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList columns = line.split(QLatin1Char('\t'));
            QVERIFY2(columns.size() == 3, qPrintable(line));
            QString affiliation = columns.at(1);
            affiliation.replace(QLatin1String("\\n"), QLatin1String("\n"));
            QTest::newRow(qPrintable(columns.at(0) + QLatin1String(": ") + columns.at(1)))
                << affiliation << (columns.at(0) == QLatin1String("strict")) << columns.at(2);
            ++rows;
        }
        QVERIFY(rows >= 100);
    }

    void rows()
    {
        QFETCH(QString, affiliation);
        QFETCH(bool, strict);
        QFETCH(QString, expected);
        const auto mode = strict ? InstitutionReducer::Mode::Strict : InstitutionReducer::Mode::Lenient;
        QCOMPARE(InstitutionReducer::institutions(affiliation, mode).join(QStringLiteral(" & ")), expected);
        // Reducing what was reduced changes nothing.
        for (const QString &name : InstitutionReducer::institutions(affiliation, mode))
            QCOMPARE(InstitutionReducer::institutions(name, mode), QStringList{name});
    }

    // Deduplicated in order of first appearance over the authors, joined with " & ".
    void houseLineOrderAndDuplicates()
    {
        const QStringList affiliations{
            QStringLiteral("Department of Computer Science, University of Maryland, College Park, MD, USA"),
            QStringLiteral("Center for Data Science, New York University"),
            QStringLiteral("UMIACS, University of Maryland"),
            QStringLiteral("Google Research"),
            QStringLiteral("new york university, New York, NY"),
        };
        QCOMPARE(InstitutionReducer::houseLine(affiliations, {}),
                 QStringLiteral("University of Maryland & New York University & Google Research"));
    }

    void noneStated()
    {
        QCOMPARE(InstitutionReducer::houseLine({}, {}), QString());
        QCOMPARE(InstitutionReducer::houseLine({QStringLiteral("Beijing, China"), QString()}, {}), QString());
    }

    // Aliases the house prefers apply after the reduction; LONG's case does not matter; two names that an
    // alias makes one appear once.
    void aliases()
    {
        const QMap<QString, QString> aliases{
            {QStringLiteral("University of Maryland"), QStringLiteral("UMD")},
            {QStringLiteral("university of california, berkeley"), QStringLiteral("UC Berkeley")},
            {QStringLiteral("UC Berkeley"), QStringLiteral("UC Berkeley")},
        };
        const QStringList affiliations{
            QStringLiteral("Department of Computer Science, University of Maryland, College Park, MD, USA"),
            QStringLiteral("EECS, University of California, Berkeley, CA 94720"),
            QStringLiteral("UC Berkeley"),
            QStringLiteral("Meta AI"),
        };
        QCOMPARE(InstitutionReducer::houseLine(affiliations, aliases),
                 QStringLiteral("UMD & UC Berkeley & Meta AI"));
        // An alias for a department does nothing: aliases name institutions, after the reduction.
        const QMap<QString, QString> department{
            {QStringLiteral("Department of Computer Science"), QStringLiteral("CS")}};
        QCOMPARE(InstitutionReducer::houseLine(affiliations.mid(0, 1), department),
                 QStringLiteral("University of Maryland"));
    }

    // Long runs that a regular expression anchored at the end would read quadratically: still at once
    // (a generous bound: quadratic over a megabyte would take hours).
    void hostileRunsBounded()
    {
        const QString dots =
            QStringLiteral("University of X") + QString(1 << 20, QLatin1Char('.')) + QLatin1Char('a');
        QCOMPARE(InstitutionReducer::institutions(dots).size(), 1);
        QString ands = QStringLiteral("Beijing");
        for (int i = 0; i < 100000; ++i)
            ands += QStringLiteral(" and x");
        InstitutionReducer::institutions(ands);
        QString parentheses = QStringLiteral("Kyoto University ") + QString(1 << 20, QLatin1Char(')'));
        const QStringList kyoto = InstitutionReducer::institutions(parentheses);
        QCOMPARE(kyoto.size(), 1);
        QVERIFY(kyoto.first().startsWith(QLatin1String("Kyoto University")));
    }

    void notes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("note");
        QTest::newRow("equal contribution") << QStringLiteral("Equal contribution.") << true;
        QTest::newRow("these authors") << QStringLiteral("These authors contributed equally.") << true;
        QTest::newRow("corresponding") << QStringLiteral("Corresponding author: a@b.org") << true;
        QTest::newRow("work done") << QStringLiteral("Work done while at Google.") << true;
        QTest::newRow("an affiliation") << QStringLiteral("Google Research, Mountain View") << false;
        QTest::newRow("a university") << QStringLiteral("Kyoto University, Kyoto, Japan") << false;
    }

    void notes()
    {
        QFETCH(QString, text);
        QFETCH(bool, note);
        QCOMPARE(InstitutionReducer::isNote(text), note);
    }
};

QTEST_GUILESS_MAIN(TestInstitutionReducer)
#include "tst_institutionreducer.moc"
