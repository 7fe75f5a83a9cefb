// The entry editor: the English side and the Chinese side of one digest entry next to each other, with the
// sentence at the caret and its counterpart marked, synchronised scrolling and glossary help.
#pragma once

#include "checks/finding.h"
#include "model/digestentry.h"
#include "text/glossarymatcher.h"
#include "text/sentencealigner.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QTimer;

namespace DigestStudio {

class DigestDocument;
class DraftSuggestionPanel;
class FieldEdit;
class Glossary;
class SpellChecker;

class EntryEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit EntryEditor(QWidget *parent = nullptr);
    ~EntryEditor() override;

    // The document edited (not owned); shows nothing until setCurrentEntry().
    void setDocument(DigestDocument *document);
    DigestDocument *document() const { return m_document; }
    // Marks and offers terms from this glossary (not owned).
    void setGlossary(Glossary *glossary);
    // Checks the spelling of the English side (not owned; null turns it off).
    void setSpellChecker(SpellChecker *checker);
    // Affiliations offered while typing the affiliations line.
    void setAffiliationCompletions(const QStringList &affiliations);
    // Tags offered in the tag box.
    void setTags(const QStringList &tags);

    int currentEntry() const { return m_index; }
    FieldEdit *fieldEdit(DigestEntry::Field field) const { return m_edits.value(static_cast<int>(field)); }
    QComboBox *tagBox() const { return m_tagBox; }
    QComboBox *statusBox() const { return m_statusBox; }
    QSplitter *splitter() const { return m_splitter; }
    // The drafted_by mark and the machine draft streaming in or offered beside the Chinese fields.
    DraftSuggestionPanel *draftPanel() const { return m_draftPanel; }

    // Sentence alignment between the abstract and the Chinese summary: the index marked on both sides
    // (-1 when neither has the caret or a side is empty) and the span marked in each. Updated once the event
    // that moved a caret is handled (call updateAlignment() to have it at once).
    int alignedSentence() const { return m_alignedSentence; }
    SentenceAligner::Span markedSpan(DigestEntry::Field field) const;
    // Glossary terms in the marked English sentence (the whole abstract when none is marked), in order, each
    // term once: what Ctrl+1…9 insert.
    QVector<int> termsHere() const { return m_termsHere; }
    // Inserts the Chinese rendering of termsHere()[n] at the caret of the Chinese field that has (or last
    // had) the focus. False when there is no such term.
    bool insertTermRendering(int n);
    // Puts `banner` (a feature's line about the shown paper) between the top row and the fields.
    void addBanner(QWidget *banner);
    // The field with the focus, or the last one that had it.
    FieldEdit *lastFocusedField() const { return m_lastFocused; }
    // Pre-flight findings of the current entry, underlined in their fields (wavy: red errors, amber
    // warnings).
    void setFindings(const QVector<Finding> &findings);
    QVector<Finding> findings() const { return m_findings; }

public Q_SLOTS:
    // Shows the entry at this row (-1: none).
    void setCurrentEntry(int index);
    // Recomputes the aligned sentence pair from the caret of the abstract or summary.
    void updateAlignment();

Q_SIGNALS:
    // Editing of a field ended (focus left it): autosave saves now rather than after the delay.
    void fieldEditingFinished(int index, DigestStudio::DigestEntry::Field field);
    // A person typed in a field and left it with other text than it had when they began: `before` is that
    // text (the field now holds what they typed).
    void fieldEdited(int index, DigestStudio::DigestEntry::Field field, const QString &before);
    void termsHereChanged();
    // Images were pasted or dropped onto a field of the shown entry.
    void imagesPasted(const QVector<QByteArray> &data, const QStringList &mimeTypes);
    void imagesRefused(const QString &why);
    // Another entry (or none: -1) is shown.
    void currentEntryChanged(int index);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FieldEdit *addField(DigestEntry::Field field, int lines);
    // Label, field (or `fieldWidget` holding it) and character count on one row of a side's grid.
    void addRow(QGridLayout *grid, int row, FieldEdit *edit, const QString &label,
                QWidget *fieldWidget = nullptr);
    QHBoxLayout *buildTopRow();
    // The mark under the affiliation line that a model read it (hidden when `model` is empty).
    void showAffiliationsBy(const QString &model);
    void connectTagAndStatus();
    void connectAlignment();
    void createTermActions();
    QWidget *buildEnglishSide();
    QWidget *buildChineseSide();
    void loadEntry();
    void updateCount(DigestEntry::Field field);
    void onEntryChanged(int index, DigestEntry::Field field);
    void onStatusChanged(int index);
    void updateShortTitlePlaceholder();
    void syncScroll(FieldEdit *from, FieldEdit *to);
    void updateTermsStrip(bool force = false);
    void applyMarks();

    DigestDocument *m_document = nullptr; // not owned
    Glossary *m_glossary = nullptr;       // not owned
    SpellChecker *m_spell = nullptr;      // not owned
    int m_index = -1;
    QHash<int, FieldEdit *> m_edits;
    QVector<Finding> m_findings;
    QHash<int, QLabel *> m_counts;
    QComboBox *m_tagBox = nullptr;
    QComboBox *m_statusBox = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_termsLabel = nullptr;
    QLabel *m_affiliationsMark = nullptr;
    QSplitter *m_splitter = nullptr;
    DraftSuggestionPanel *m_draftPanel = nullptr;
    FieldEdit *m_lastFocused = nullptr;
    FieldEdit *m_lastChineseFocused = nullptr;
    bool m_syncingScroll = false;
    QTimer *m_alignTimer = nullptr;
    DigestEntry::Field m_alignSide = DigestEntry::Field::Abstract;
    bool m_loading = false;
    QHash<int, QString> m_editedFrom; // per field being typed in: its text when the typing began
    bool m_narrow = false;
    int m_alignedSentence = -1;
    SentenceAligner::Span m_abstractSpan;
    SentenceAligner::Span m_summarySpan;
    QVector<int> m_termsHere;
};

} // namespace DigestStudio
