// The main window: menus, docks and the workspace of one library.
#pragma once

#include <QMainWindow>

class QLabel;

namespace DigestStudio {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `libraryLocation` is the SQLite path or postgresql:// location the window works on.
    explicit MainWindow(const QString &libraryLocation, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString libraryLocation() const { return m_libraryLocation; }

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *digestMenu() const { return m_digestMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void readSettings();
    void writeSettings();

    QString m_libraryLocation;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_digestMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QLabel *m_libraryLabel = nullptr;
};

} // namespace DigestStudio
