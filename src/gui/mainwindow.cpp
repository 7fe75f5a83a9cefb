#include "mainwindow.h"

#include "aboutdialog.h"
#include "settingskeys.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace DigestStudio {

MainWindow::MainWindow(const QString &libraryLocation, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryLocation(libraryLocation)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Digest Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/digest-studio.svg")));

    auto *welcome =
        new QLabel(tr("<h2>Digest Studio</h2><p>Curate, translate and publish the daily digest of "
                      "new arXiv papers.</p>"),
                   this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    setCentralWidget(welcome);

    createMenus();

    m_libraryLabel = new QLabel(this);
    m_libraryLabel->setText(tr("Library: %1").arg(m_libraryLocation));
    statusBar()->addPermanentWidget(m_libraryLabel);

    resize(1200, 800);
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_digestMenu = menuBar()->addMenu(tr("&Digest"));
    m_digestMenu->setObjectName(QStringLiteral("digestMenu"));

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = m_helpMenu->addAction(tr("&About Digest Studio"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = SettingsKeys::MainWindowGeometry.value(settings);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = SettingsKeys::MainWindowState.value(settings);
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    SettingsKeys::MainWindowGeometry.setValue(settings, saveGeometry());
    SettingsKeys::MainWindowState.setValue(settings, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace DigestStudio
