#include "model/tagtable.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace DigestStudio;

class TestTagTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultMapping_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("tag");
        QTest::newRow("cs.LG") << QStringLiteral("cs.LG") << QStringLiteral("LG");
        QTest::newRow("cs.CV") << QStringLiteral("cs.CV") << QStringLiteral("CV");
        QTest::newRow("cs.IR") << QStringLiteral("cs.IR") << QStringLiteral("IR");
        QTest::newRow("stat.ML is LG") << QStringLiteral("stat.ML") << QStringLiteral("LG");
        QTest::newRow("eess.AS is AS") << QStringLiteral("eess.AS") << QStringLiteral("AS");
        QTest::newRow("cs.SD is AS") << QStringLiteral("cs.SD") << QStringLiteral("AS");
        QTest::newRow("eess.IV is CV") << QStringLiteral("eess.IV") << QStringLiteral("CV");
        QTest::newRow("other archive") << QStringLiteral("math.OC") << QStringLiteral("MATH");
        QTest::newRow("archive without class") << QStringLiteral("hep-th") << QStringLiteral("HEP-TH");
    }

    void defaultMapping()
    {
        QFETCH(QString, category);
        QFETCH(QString, tag);
        QCOMPARE(TagTable().tagForCategory(category), tag);
    }

    void legendOfTheSample()
    {
        const TagTable table;
        QCOMPARE(table.legendFor({QStringLiteral("LG"), QStringLiteral("CV"), QStringLiteral("CL")}),
                 QStringLiteral("LG - 机器学习   CV - 计算机视觉   CL - 计算与语言"));
        QCOMPARE(table.chineseName(QStringLiteral("RO")), QStringLiteral("机器人"));
        QCOMPARE(table.legendFor({QStringLiteral("ZZ")}), QStringLiteral("ZZ"));
    }
};

QTEST_APPLESS_MAIN(TestTagTable)
#include "tst_tagtable.moc"
