#include "common/guiresources.h"
#include "dialogs/aboutdialog.h"

#include <QLabel>
#include <QtTest>

using namespace DigestStudio;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiResources::init(); }

    void showsVersions()
    {
        AboutDialog dialog;
        QCOMPARE(dialog.versionText(), QStringLiteral(DIGEST_VERSION));
        QVERIFY(dialog.qtVersionText().startsWith(QString::fromLatin1(qVersion())));
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
        QCOMPARE(dialog.syntaxHighlightingText(), QStringLiteral(DIGEST_KSH_VERSION));
        QVERIFY(dialog.syntaxHighlightingText().contains(QLatin1Char('.')));
#else
        QCOMPARE(dialog.syntaxHighlightingText(), QStringLiteral("not available"));
#endif
    }

    void showsTheIcon()
    {
        AboutDialog dialog;
        const auto *icon = dialog.findChild<QLabel *>(QStringLiteral("iconLabel"));
        QVERIFY(icon);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        QVERIFY(!icon->pixmap().isNull());
#else
        QVERIFY(icon->pixmap(Qt::ReturnByValue).isNull() == false);
#endif
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
