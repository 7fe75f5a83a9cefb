// Shown when an entry was changed elsewhere since it was loaded: both texts of every differing field side by
// side, a result to store, and a merge where the two changed different sentences; nothing typed on either
// side is thrown away.
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
    // `ours` is the entry as this editor has it, `theirs` as it is stored now, `base` as it was when this
    // editor's changes started (id 0: unknown). With a base, a field only they changed starts as their text,
    // one only this editor changed as ours, and fields both changed in different sentences can merge.
    ConflictDialog(const DigestEntry &ours, const DigestEntry &theirs,
                   const DigestEntry &base = DigestEntry(), QWidget *parent = nullptr);

    // The text fields that differ, in the entry's order.
    QList<DigestEntry::Field> conflictingFields() const { return m_fields; }
    // The differing fields whose two changes touch different sentences (empty without a base).
    QList<DigestEntry::Field> mergeableFields() const;
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
    // Both changes in every mergeable field (the others keep their result); the status that changed.
    void useMerge();

private:
    // The differing fields side by side (and the status when it differs).
    QWidget *buildComparison();
    // Use Mine, Use Theirs, Use Both, Merge Sentences.
    QHBoxLayout *buildChoices();
    // What the base says about merging, in words (empty without a base).
    QString mergeNote() const;
    // The starting result of a field: with a base, the side that changed it when only one did.
    QString startingText(DigestEntry::Field field) const;
    DigestEntry::Status mergedStatus() const;
    static QString joined(const QString &mine, const QString &theirs);

    DigestEntry m_ours;
    DigestEntry m_theirs;
    DigestEntry m_base;
    QHash<int, QString> m_merged; // by field: both changes
    QList<DigestEntry::Field> m_fields;
    QHash<int, QPlainTextEdit *> m_results;
    QComboBox *m_statusBox = nullptr;
};

} // namespace DigestStudio
