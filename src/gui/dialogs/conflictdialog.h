// Shown when an entry was changed elsewhere since it was loaded: both texts of every differing field side by
// side, and a result to store that starts as the user's text; nothing typed on either side is thrown away.
#pragma once

#include "model/digestentry.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QHBoxLayout;
class QPlainTextEdit;

namespace DigestStudio {

class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    // `ours` is the entry as this editor has it, `theirs` as it is stored now.
    ConflictDialog(const DigestEntry &ours, const DigestEntry &theirs, QWidget *parent = nullptr);

    // The text fields that differ, in the entry's order.
    QList<DigestEntry::Field> conflictingFields() const { return m_fields; }
    bool statusDiffers() const { return m_statusBox != nullptr; }
    // The entry to store: theirs with each differing field set to its result (and the chosen status); its
    // revision is theirs, so saving it is based on what is stored now.
    DigestEntry resolved() const;
    // The result editor of a field (tests, and the buttons).
    QPlainTextEdit *resultEdit(DigestEntry::Field field) const
    {
        return m_results.value(static_cast<int>(field));
    }

public Q_SLOTS:
    // For every field at once.
    void useMine();
    void useTheirs();
    // Mine, a blank line, then theirs: to merge by hand.
    void useBoth();

private:
    // The differing fields side by side (and the status when it differs).
    QWidget *buildComparison();
    // Use Mine, Use Theirs, Use Both.
    QHBoxLayout *buildChoices();
    static QString joined(const QString &mine, const QString &theirs);

    DigestEntry m_ours;
    DigestEntry m_theirs;
    QList<DigestEntry::Field> m_fields;
    QHash<int, QPlainTextEdit *> m_results;
    QComboBox *m_statusBox = nullptr;
};

} // namespace DigestStudio
