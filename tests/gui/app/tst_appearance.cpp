#include "app/appearance.h"
#include "editor/syntaxrepository.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QStyle>
#include <QtTest>

using namespace DigestStudio;

class TestAppearance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("theme");
        QTest::newRow("system") << QStringLiteral("system") << int(Appearance::Theme::System);
        QTest::newRow("light") << QStringLiteral("light") << int(Appearance::Theme::Light);
        QTest::newRow("dark") << QStringLiteral("dark") << int(Appearance::Theme::Dark);
    }

    void namesRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, theme);
        QCOMPARE(int(Appearance::fromName(name)), theme);
        QCOMPARE(Appearance::name(static_cast<Appearance::Theme>(theme)), name);
    }

    void unknownNameIsTheSystemTheme()
    {
        QCOMPARE(Appearance::fromName(QStringLiteral("neon")), Appearance::Theme::System);
    }

    void darkAndLightReachTheWidgets()
    {
        QPlainTextEdit edit;
        Appearance::apply(Appearance::Theme::Dark);
        QCOMPARE(Appearance::current(), Appearance::Theme::Dark);
        QCOMPARE(QApplication::style()->objectName().toLower(), QStringLiteral("fusion"));
        // Editors and highlighters decide light or dark from the palette they get.
        // Qt 6 hands the new palette to existing widgets through posted events.
        QTRY_VERIFY(SyntaxRepository::isDark(edit.palette()));
        QVERIFY(edit.palette().color(QPalette::Base).lightness() < 64);

        Appearance::apply(Appearance::Theme::Light);
        QTRY_VERIFY(!SyntaxRepository::isDark(edit.palette()));
        QVERIFY(edit.palette().color(QPalette::Base).lightness() > 192);

        Appearance::apply(Appearance::Theme::System);
        QCOMPARE(Appearance::current(), Appearance::Theme::System);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
