// The shipped "Digest Text" definition loads from resources and marks each construct it promises.
#include "common/guiresources.h"
#include "editor/syntaxrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>
#include <QtTest>

using namespace DigestStudio;

namespace {

// Records the format name of every character of one line.
class RecordingHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QVector<QString> formatOf(const QString &line)
    {
        m_formats = QVector<QString>(line.size());
        highlightLine(line, KSyntaxHighlighting::State());
        return m_formats;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        for (int i = offset; i < offset + length && i < m_formats.size(); ++i)
            m_formats[i] = format.name();
    }

private:
    QVector<QString> m_formats;
};

} // namespace

class TestSyntaxRepository final : public QObject
{
    Q_OBJECT

private:
    RecordingHighlighter m_highlighter;

    // The format name covering the whole of `part` inside `line`, or "mixed".
    QString formatOfPart(const QString &line, const QString &part)
    {
        const QVector<QString> formats = m_highlighter.formatOf(line);
        const int at = line.indexOf(part);
        if (at < 0)
            return QStringLiteral("<part not in line>");
        const QString first = formats.at(at);
        for (int i = at; i < at + part.size(); ++i) {
            if (formats.at(i) != first)
                return QStringLiteral("mixed: ") + first + QStringLiteral("/") + formats.at(i);
        }
        return first;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GuiResources::init();
        const KSyntaxHighlighting::Definition def =
            SyntaxRepository::repository().definitionForName(SyntaxRepository::digestDefinitionName());
        QVERIFY(def.isValid());
        m_highlighter.setDefinition(def);
        m_highlighter.setTheme(SyntaxRepository::repository().defaultTheme());
    }

    void definitionIsFoundByNameAndValid()
    {
        const auto def = SyntaxRepository::repository().definitionForName(QStringLiteral("Digest Text"));
        QVERIFY(def.isValid());
        QCOMPARE(def.name(), QStringLiteral("Digest Text"));
        QVERIFY(def.formats().size() >= 6);
        QVERIFY(SyntaxRepository::repository().definitionForName(QStringLiteral("Markdown")).isValid());
    }

    void constructs_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("format");
        const QString line = QStringLiteral("1、[LG] Scaling $O(n^2)$ to 12.5% on 2210.06441v2, see "
                                            "https://arxiv.org/abs/2210.06441 and hep-th/9901001.");
        QTest::newRow("tag") << line << QStringLiteral("[LG]") << QStringLiteral("Tag");
        QTest::newRow("inline math") << line << QStringLiteral("$O(n^2)$") << QStringLiteral("Math");
        QTest::newRow("percentage") << line << QStringLiteral("12.5%") << QStringLiteral("Number");
        QTest::newRow("new-style id with version")
            << line << QStringLiteral("2210.06441v2") << QStringLiteral("arXiv Id");
        QTest::newRow("url") << line << QStringLiteral("https://arxiv.org/abs/2210.06441")
                             << QStringLiteral("URL");
        QTest::newRow("old-style id")
            << line << QStringLiteral("hep-th/9901001") << QStringLiteral("arXiv Id");
        QTest::newRow("plain word") << line << QStringLiteral("Scaling") << QStringLiteral("Normal Text");
        QTest::newRow("number inside chinese")
            << QStringLiteral("准确率提升了12%以上") << QStringLiteral("12%") << QStringLiteral("Number");
        QTest::newRow("url stops at chinese punctuation")
            << QStringLiteral("代码见https://github.com/x/y。后文")
            << QStringLiteral("https://github.com/x/y") << QStringLiteral("URL");
        QTest::newRow("display math") << QStringLiteral("where $$\\sum_i x_i$$ holds")
                                      << QStringLiteral("$$\\sum_i x_i$$") << QStringLiteral("Math");
    }

    void constructs()
    {
        QFETCH(QString, line);
        QFETCH(QString, part);
        QFETCH(QString, format);
        QCOMPARE(formatOfPart(line, part), format);
    }

    void themeFollowsThePalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xef, 0xf0, 0xf1));
        QVERIFY(!SyntaxRepository::isDark(light));
        QVERIFY(SyntaxRepository::isDark(dark));
        const auto lightTheme = SyntaxRepository::themeForPalette(light);
        const auto darkTheme = SyntaxRepository::themeForPalette(dark);
        QVERIFY(lightTheme.isValid());
        QVERIFY(darkTheme.isValid());
        QVERIFY(lightTheme.name() != darkTheme.name());
        QVERIFY(QColor(darkTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128);
        QVERIFY(QColor(lightTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() >
                128);
    }
};

QTEST_MAIN(TestSyntaxRepository)
#include "tst_syntaxrepository.moc"
