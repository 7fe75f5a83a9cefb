// The preview dock: the digest rendered live in the chosen export format, with copy, per-part copy and save.
#pragma once

#include "formats/exportoptions.h"
#include "formats/exportresult.h"
#include "model/digest.h"

#include <QDockWidget>
#include <QHash>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}
#endif

namespace DigestStudio {

class PreviewDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit PreviewDock(QWidget *parent = nullptr);
    ~PreviewDock() override;

    // Renders again at once: the preview follows every change of the digest.
    void setDigest(const Digest &digest);
    const Digest &digest() const { return m_digest; }
    void setOptions(const ExportOptions &options);
    const ExportOptions &options() const { return m_options; }

    // A format id of the FormatRegistry (`text`, `weibo`, `wechat`, `markdown`).
    QString currentFormat() const;
    void setCurrentFormat(const QString &formatId);

    const ExportResult &result() const { return m_result; }
    QString previewText() const;
    // The counter line (Weibo: the part's weighted count and the limit; WeChat: the limits exceeded).
    QString counterText() const;
    // The Weibo part shown by the part selector (0-based).
    int currentPart() const;
    void setCurrentPart(int index);

    // Images to export beside the post: arXiv id → image file; saved as `01-2210.06441.png` and so on.
    void setFigures(const QHash<QString, QString> &figures) { m_figures = figures; }

    // The whole rendering on the clipboard (WeChat: text/html with its text/plain twin).
    void copyAll();
    // One Weibo part on the clipboard.
    void copyPart(int index);
    // Writes the rendering to `path` (QSaveFile) and the figures beside it. False with `error` on failure.
    bool saveTo(const QString &path, QString *error);

Q_SIGNALS:
    void copied(const QString &what);
    void saved(const QString &path);

private:
    void render();
    void updateCounter();
    void updateHighlighter();
    void saveWithDialog();

    Digest m_digest;
    ExportOptions m_options;
    ExportResult m_result;
    QHash<QString, QString> m_figures;
    QComboBox *m_formats = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QLabel *m_counter = nullptr;
    QSpinBox *m_part = nullptr;
    QPushButton *m_copyPart = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
#endif
};

} // namespace DigestStudio
