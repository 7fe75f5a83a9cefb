// The preview dock: the digest rendered live in the chosen export format, with copy, per-part copy and save;
// the long images (and the Weibo thread's attached ones) shown as pictures.
#pragma once

#include "formats/exportoptions.h"
#include "formats/exportresult.h"
#include "model/digest.h"

#include <QDockWidget>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTimer;

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}
#endif

namespace DigestStudio {

class DigestExporter;
class ImagePreview;

class PreviewDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit PreviewDock(QWidget *parent = nullptr);
    ~PreviewDock() override;

    // Renders again: the preview follows every change of the digest (at once for text; images, which take
    // longer, half a second after the last change while the dock is shown).
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

    // Each entry's first figure, by arXiv id: the long images draw them.
    void setFigures(const QHash<QString, QByteArray> &figures);
    // Every figure of each entry, by entry id: the WeChat article shows them as the draft upload places them.
    void setEntryFigures(const QHash<qint64, QVector<QByteArray>> &figures);
    // The WeChat article as it reads (rich text, its figures from the library); the text view holds its HTML.
    QTextBrowser *renderedView() const { return m_rendered; }
    // The Weibo thread carries the long images (a saved setting).
    void setAttachImages(bool attach);
    bool attachImages() const { return m_options.weiboAttachImages; }
    // The captions of the pictures shown (image format: every image; Weibo: the current part's).
    QStringList imageCaptions() const;
    int imagesShown() const;

    // The whole rendering on the clipboard (WeChat: text/html with its text/plain twin).
    void copyAll();
    // One Weibo part on the clipboard.
    void copyPart(int index);

Q_SIGNALS:
    void copied(const QString &what);
    // Save… chose `path` for the current format; the export controller writes it (ExportService), as File ▸
    // Export… does.
    void saveRequested(const QString &path);

private:
    void connectControls();
    void render();
    void updateCounter();
    void updateImages();
    void showRendered(const DigestExporter &format);
    bool showsImages() const;
    void updateHighlighter();
    void saveWithDialog();

    Digest m_digest;
    ExportOptions m_options;
    ExportResult m_result;
    QComboBox *m_formats = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QTextBrowser *m_rendered = nullptr;
    QHash<qint64, QVector<QByteArray>> m_entryFigures;
    QLabel *m_counter = nullptr;
    QSpinBox *m_part = nullptr;
    QPushButton *m_copyPart = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QCheckBox *m_attach = nullptr;
    ImagePreview *m_images = nullptr;
    QTimer *m_renderTimer = nullptr;
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
#endif
};

} // namespace DigestStudio
