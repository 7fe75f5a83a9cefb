// The problems dock: the pre-flight findings of the open digest, re-checked as it changes, with safe fixes.
#pragma once

#include "checks/checkcontext.h"
#include "checks/finding.h"

#include <QDockWidget>
#include <QVector>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace DigestStudio {

class ProblemsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProblemsDock(QWidget *parent = nullptr);

    // Schedules a check of `context` (checks run 300 ms after the last change, not on every keystroke).
    void setContext(const CheckContext &context);
    // Runs the checks now (tests, and after a save).
    void checkNow();

    QVector<Finding> findings() const { return m_findings; }
    // The findings of one entry (0-based), for underlines in the editor.
    QVector<Finding> findingsFor(int entry) const;
    int errorCount() const;
    int warningCount() const;
    QString summaryText() const;

Q_SIGNALS:
    // The user chose a finding: show that entry, field and range.
    void findingActivated(const DigestStudio::Finding &finding);
    // The user asked for the safe fix of a finding (the document applies it as an undoable edit).
    void fixRequested(const DigestStudio::Finding &finding);
    void findingsChanged();

private:
    void rebuild();
    void updateButtons();
    QString locationText(const Finding &finding) const;

    CheckContext m_context;
    QVector<Finding> m_findings;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_fixButton = nullptr;
    QPushButton *m_fixAllButton = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::Finding)
