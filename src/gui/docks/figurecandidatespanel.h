// The paper's own figures beside the entry: a strip of thumbnails with their captions, read from the paper on
// request; the thumbnails come in as they are scrolled into view, and Attach (or a double click, or Enter)
// puts the chosen figure on the entry.
#pragma once

#include <QImage>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace DigestStudio {

class FigureCandidatesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FigureCandidatesPanel(QWidget *parent = nullptr);

    // A new paper is shown (empty: the entry has no arXiv id): the strip empties and Read offers itself.
    void setPaper(const QString &arxivId);
    // What reading found: one candidate per figure, `Figure 2` and its caption (shown as `Figure 2: …`).
    void setCandidates(const QStringList &labels, const QStringList &captions);
    void setThumbnail(int index, const QImage &image);
    // The thumbnail of `index` could not be fetched: why, in words (its tooltip).
    void setThumbnailProblem(int index, const QString &problem);
    // A line under the strip: what is under way or what went wrong (plain text).
    void setMessage(const QString &message);
    QString message() const;
    void setBusy(bool busy);

    // The candidates whose place in the strip is in view now.
    QList<int> visibleCandidates() const;
    int currentCandidate() const;
    int candidateCount() const;

    static constexpr int ThumbnailWidth = 180;
    static constexpr int ThumbnailHeight = 120;
    // Characters of a caption under its thumbnail (the tooltip has it whole).
    static constexpr int CaptionChars = 60;

Q_SIGNALS:
    void readRequested();
    void attachRequested(int index);
    // The strip was scrolled or resized: other thumbnails may be in view.
    void viewChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QPushButton *m_read;
    QPushButton *m_attach;
    QListWidget *m_list;
    QLabel *m_message;
    QTimer m_viewTimer; // scrolling emits viewChanged() once it settles
    QString m_arxivId;
    bool m_busy = false;
};

} // namespace DigestStudio
