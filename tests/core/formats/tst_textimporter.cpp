// TextImporter: the published post read back through the importer interface the registry hands out.
#include "formats/formatregistry.h"
#include "formats/textimporter.h"
#include "testsupport.h"

#include <QtTest>

using namespace DigestStudio;

class TestTextImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity()
    {
        const TextImporter importer;
        QCOMPARE(importer.id(), QStringLiteral("text"));
        QVERIFY(!importer.name().isEmpty());
        QCOMPARE(importer.fileExtensions(), QStringList{QStringLiteral("txt")});
    }

    void readsThePublishedSample()
    {
        const ImportResult result =
            TextImporter().read(Test::fixture(QStringLiteral("published/digest-sample.txt")));
        QVERIFY(result.ok);
        QCOMPARE(result.digest.entryCount(), 9);
        QCOMPARE(result.digest.entries().first().arxivId(), QStringLiteral("2210.06441"));
    }

    void saysWhereAFileIsNotADigest()
    {
        const ImportResult result =
            TextImporter().read(Test::fixture(QStringLiteral("formats/not-a-digest.txt")));
        QVERIFY(!result.ok);
        QCOMPARE(result.line, 1);
        QVERIFY2(result.expected.contains(QStringLiteral("a digest post")), qPrintable(result.expected));
        QCOMPARE(result.digest.entryCount(), 0);
    }

    void theRegistryHandsItOut()
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        QCOMPARE(registry.importerIds(), QStringList{QStringLiteral("text")});
        QCOMPARE(registry.importers().size(), 1);
        QVERIFY(registry.importer(QStringLiteral("text")));
        QVERIFY(!registry.importer(QStringLiteral("wechat")));
        QCOMPARE(registry.importerForFile(QStringLiteral("/tmp/post-2022-10-14.TXT")),
                 registry.importer(QStringLiteral("text")));
        // A post saved under any other name is plain text too.
        QCOMPARE(registry.importerForFile(QStringLiteral("notes")),
                 registry.importer(QStringLiteral("text")));
    }

    void aRegisteredImporterReplacesOneWithItsId()
    {
        FormatRegistry registry;
        registry.addImporter(std::make_unique<TextImporter>());
        QCOMPARE(registry.importerIds(), QStringList{QStringLiteral("text")});
    }
};

QTEST_GUILESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
