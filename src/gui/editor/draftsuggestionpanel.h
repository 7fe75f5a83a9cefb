// Beside the Chinese fields: the mark of untouched machine text (drafted_by), and a machine draft as it
// streams in (appended, never laid out again whole) or as it is offered beside a person's text, with Accept
// and Dismiss.
#pragma once

#include "drafting/draftfields.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace DigestStudio {

class DraftSuggestionPanel final : public QFrame
{
    Q_OBJECT

public:
    enum class Mode { Hidden, Streaming, Offered, Failed };

    explicit DraftSuggestionPanel(QWidget *parent = nullptr);

    // The model whose untouched draft the shown entry holds (empty: none; the mark hides).
    void setDraftedBy(const QString &model);
    QString draftedBy() const { return m_draftedBy; }

    // While a draft streams, at most this many characters of each field are shown (a real summary is a few
    // hundred; a server may send megabytes): the rest is said to be there, not shown, until it is offered.
    // Each piece appended lays out the paragraph it ends, so this also bounds the work per piece.
    static constexpr int MaxStreamedChars = 4000;

    // The draft of `model` so far, shown as it arrives.
    void showStreaming(const QString &model, const DraftFields &soFar);
    // The text that arrived since, appended to what showStreaming() showed (only in Mode::Streaming).
    void appendStreaming(const DraftFields &added);
    // A finished draft offered beside text a person wrote (only the non-empty fields are shown).
    void showOffer(const QString &model, const DraftFields &suggestions);
    // Why the shown entry's draft failed, in words.
    void showFailure(const QString &message);
    void hideSuggestion();

    Mode mode() const { return m_mode; }
    // What the suggestion shows (tests, accessibility): the three parts, labelled, one per line.
    QString suggestionText() const;
    // The visible text of the drafted_by mark.
    QString markText() const;

Q_SIGNALS:
    void acceptRequested();
    void dismissRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFields(const DraftFields &fields);
    // Appends to a streamed title line what fits under MaxStreamedChars.
    void appendTitle(QLabel *label, QString *soFar, const QString &added);
    void appendSummary(const QString &added);
    void fitSummaryHeight();
    void retranslate();
    void updateTint();

    Mode m_mode = Mode::Hidden;
    QString m_draftedBy;
    QString m_model;
    QLabel *m_mark = nullptr;
    QFrame *m_box = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_shortTitle = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QString m_streamedTitle;      // while streaming: the title so far, up to MaxStreamedChars
    QString m_streamedShortTitle; // the same for the short title
    int m_streamedSummary = 0;    // characters of the summary shown while streaming
    bool m_summaryCut = false;    // the streamed summary went past MaxStreamedChars
    QPushButton *m_accept = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace DigestStudio
