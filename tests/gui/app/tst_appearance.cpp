#include "app/appearance.h"
#include "editor/syntaxrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleOptionButton>
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

    // An unticked check box must show in both palettes, in a form and in a list: Fusion's own outline is as
    // dark as a dark window.
    void anUntickedCheckBoxShowsInBothPalettes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Appearance::Theme::Light);
        QTest::newRow("dark") << int(Appearance::Theme::Dark);
    }

    void anUntickedCheckBoxShowsInBothPalettes()
    {
        QFETCH(int, theme);
        Appearance::apply(static_cast<Appearance::Theme>(theme));
        QCheckBox box;
        QCoreApplication::processEvents();
        QStyleOptionButton option;
        option.initFrom(&box);
        option.state |= QStyle::State_Off;
        option.rect = QRect(0, 0, 20, 20);
        QImage image(20, 20, QImage::Format_RGB32);
        image.fill(box.palette().color(QPalette::Base));
        {
            QPainter painter(&image);
            QApplication::style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &option, &painter,
                                                 &box);
        }
        const int base = box.palette().color(QPalette::Base).lightness();
        int contrast = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                contrast = qMax(contrast, qAbs(QColor(image.pixel(x, y)).lightness() - base));
        }
        QVERIFY2(contrast >= 60, qPrintable(QString::number(contrast)));
        Appearance::apply(Appearance::Theme::System);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
