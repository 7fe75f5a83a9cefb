#include "docks/previewdock.h"

#include "common/plaintext.h"
#include "docks/imagepreview.h"
#include "editor/syntaxrepository.h"
#include "formats/formatregistry.h"
#include "formats/imageexporter.h"
#include "formats/wechatexporter.h"
#include "services/exportservice.h"
#include "services/preferences.h"
#include "services/settingskeys.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QSettings>
#endif

namespace DigestStudio {

PreviewDock::PreviewDock(QWidget *parent)
    : QDockWidget(tr("Preview"), parent)
{
    setObjectName(QStringLiteral("PreviewDock"));
    m_options = Preferences::exportOptions(QSettings());

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    m_formats = new QComboBox(content);
    m_formats->setObjectName(QStringLiteral("formats"));
    for (const DigestExporter *format : FormatRegistry::instance().formats())
        m_formats->addItem(format->name(), format->id());
    m_formats->setToolTip(tr("The export format shown"));
    // Long format names must not widen the dock (and so the window) beyond a small screen at 200 %.
    m_formats->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_formats->setMinimumContentsLength(8);
    top->addWidget(m_formats, 1);
    m_copy = new QPushButton(tr("&Copy"), content);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copy->setToolTip(tr("Copy the whole post (WeChat: formatted, with a plain-text twin)"));
    m_attach = new QCheckBox(tr("&Images"), content);
    m_attach->setObjectName(QStringLiteral("attachImages"));
    m_attach->setToolTip(tr("Attach the long images to the thread: each goes with the post where its first "
                            "entry begins"));
    m_attach->setChecked(m_options.weiboAttachImages);
    top->addWidget(m_attach);
    top->addWidget(m_copy);
    m_save = new QPushButton(tr("&Save…"), content);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Save the post, with the figures as numbered files beside it"));
    top->addWidget(m_save);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, content);
    m_view = new QPlainTextEdit(split);
    m_view->setObjectName(QStringLiteral("view"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_rendered = new QTextBrowser(split);
    m_rendered->setObjectName(QStringLiteral("renderedView"));
    m_rendered->setOpenLinks(false);
    // A WeChat article is read on white, whatever the window's theme: its inline colours (#333333 text) are
    // chosen for that page.
    QPalette page = m_rendered->palette();
    page.setColor(QPalette::Base, Qt::white);
    page.setColor(QPalette::Text, QColor(0x33, 0x33, 0x33));
    m_rendered->setPalette(page);
    m_images = new ImagePreview(split);
    split->addWidget(m_rendered);
    split->addWidget(m_view);
    split->addWidget(m_images);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_counter = PlainText::label(new QLabel(content));
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setWordWrap(true);
    bottom->addWidget(m_counter, 1);
    m_part = new QSpinBox(content);
    m_part->setObjectName(QStringLiteral("part"));
    m_part->setPrefix(tr("Part "));
    m_part->setToolTip(tr("The Weibo post to count and copy"));
    bottom->addWidget(m_part);
    m_copyPart = new QPushButton(tr("Copy &part"), content);
    m_copyPart->setObjectName(QStringLiteral("copyPart"));
    m_copyPart->setToolTip(tr("Copy this Weibo post of the thread"));
    bottom->addWidget(m_copyPart);
    layout->addLayout(bottom);
    setWidget(content);

    connectControls();

    updateHighlighter();
    render();
}

PreviewDock::~PreviewDock() = default;

void PreviewDock::connectControls()
{
    connect(m_formats, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        updateHighlighter();
        render();
    });
    connect(m_part, QOverload<int>::of(&QSpinBox::valueChanged), this, [this] {
        updateCounter();
        updateImages();
    });
    connect(m_attach, &QCheckBox::toggled, this, &PreviewDock::setAttachImages);
    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(500);
    connect(m_renderTimer, &QTimer::timeout, this, &PreviewDock::render);
    connect(m_copy, &QPushButton::clicked, this, &PreviewDock::copyAll);
    connect(m_copyPart, &QPushButton::clicked, this, [this] { copyPart(currentPart()); });
    connect(m_save, &QPushButton::clicked, this, &PreviewDock::saveWithDialog);
}

void PreviewDock::setDigest(const Digest &digest)
{
    m_digest = digest;
    // Drawing the images takes a while: not on every keystroke.
    if (showsImages() && isVisible())
        m_renderTimer->start();
    else
        render();
}

void PreviewDock::setOptions(const ExportOptions &options)
{
    const QHash<QString, QByteArray> figures = m_options.figures;
    m_options = options;
    if (m_options.figures.isEmpty())
        m_options.figures = figures;
    {
        const QSignalBlocker blocker(m_attach);
        m_attach->setChecked(m_options.weiboAttachImages);
    }
    render();
}

void PreviewDock::setFigures(const QHash<QString, QByteArray> &figures)
{
    if (figures == m_options.figures)
        return;
    m_options.figures = figures;
    if (showsImages())
        render();
}

void PreviewDock::setEntryFigures(const QHash<qint64, QVector<QByteArray>> &figures)
{
    if (figures == m_entryFigures)
        return;
    m_entryFigures = figures;
    if (currentFormat() == QLatin1String("wechat"))
        render();
}

void PreviewDock::showRendered(const DigestExporter &format)
{
    // The figures at the places the draft upload puts them, from the library (`figure:ENTRY/N`); the copied
    // HTML has none, since WeChat's editor cannot fetch a file of this machine.
    ExportOptions options = m_options;
    QTextDocument *document = m_rendered->document();
    const int width = qMax(120, m_rendered->viewport()->width() - 24);
    for (auto it = m_entryFigures.constBegin(); it != m_entryFigures.constEnd(); ++it) {
        QStringList urls;
        for (int i = 0; i < it.value().size(); ++i) {
            const QString url = QStringLiteral("figure:%1/%2").arg(it.key()).arg(i + 1);
            QImage image = QImage::fromData(it.value().at(i));
            if (image.width() > width)
                image = image.scaledToWidth(width, Qt::SmoothTransformation);
            document->addResource(QTextDocument::ImageResource, QUrl(url), image);
            urls.append(url);
        }
        options.wechatFigureUrls.insert(it.key(), urls);
    }
    const int scroll = m_rendered->verticalScrollBar()->value();
    m_rendered->setHtml(format.render(m_digest, options).text);
    m_rendered->verticalScrollBar()->setValue(scroll);
}

void PreviewDock::setAttachImages(bool attach)
{
    if (m_attach->isChecked() != attach) {
        m_attach->setChecked(attach); // comes back here through toggled()
        return;
    }
    if (m_options.weiboAttachImages == attach)
        return;
    m_options.weiboAttachImages = attach;
    SettingsKeys::WeiboAttachImages.setValue(attach);
    render();
}

bool PreviewDock::showsImages() const
{
    const QString id = currentFormat();
    return id == QLatin1String("image") || (id == QLatin1String("weibo") && m_options.weiboAttachImages);
}

QStringList PreviewDock::imageCaptions() const
{
    return m_images->captions();
}

int PreviewDock::imagesShown() const
{
    return m_images->isHidden() ? 0 : m_images->count();
}

QString PreviewDock::currentFormat() const
{
    return m_formats->currentData().toString();
}

void PreviewDock::setCurrentFormat(const QString &formatId)
{
    const int index = m_formats->findData(formatId);
    if (index >= 0)
        m_formats->setCurrentIndex(index);
}

QString PreviewDock::previewText() const
{
    return m_view->toPlainText();
}

QString PreviewDock::counterText() const
{
    return m_counter->text();
}

int PreviewDock::currentPart() const
{
    return m_part->value() - 1;
}

void PreviewDock::setCurrentPart(int index)
{
    m_part->setValue(index + 1);
}

void PreviewDock::render()
{
    m_renderTimer->stop();
    const DigestExporter *format = FormatRegistry::instance().format(currentFormat());
    m_result = format ? format->render(m_digest, m_options) : ExportResult();
    // Keep the reader's place while the text changes under it.
    const int scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;
    m_view->setPlainText(m_result.text);
    if (m_view->verticalScrollBar())
        m_view->verticalScrollBar()->setValue(scroll);
    const bool weibo = currentFormat() == QLatin1String("weibo");
    m_part->setVisible(weibo);
    m_copyPart->setVisible(weibo);
    m_attach->setVisible(weibo);
    // WeChat: the article as it reads, and below it its HTML (what Copy takes).
    const bool wechat = currentFormat() == QLatin1String("wechat");
    m_rendered->setVisible(wechat);
    if (wechat && format)
        showRendered(*format);
    m_view->setVisible(currentFormat() != QLatin1String("image"));
    // The clipboard takes text, not a set of images: those are saved (Save…).
    m_copy->setEnabled(currentFormat() != QLatin1String("image"));
    const int parts = static_cast<int>(m_result.parts.size());
    {
        const QSignalBlocker blocker(m_part);
        m_part->setRange(1, qMax(1, parts));
        m_part->setSuffix(QStringLiteral("/%1").arg(qMax(1, parts)));
    }
    m_copyPart->setEnabled(parts > 0);
    updateCounter();
    updateImages();
}

void PreviewDock::updateImages()
{
    QVector<QImage> images;
    QStringList captions;
    const auto caption = [this](int i) {
        const ExportImage &image = m_result.images.at(i);
        QString entries = image.firstEntry == 0 ? tr("header")
                          : image.firstEntry == image.lastEntry
                              ? tr("entry %1").arg(image.firstEntry)
                              : tr("entries %1–%2").arg(image.firstEntry).arg(image.lastEntry);
        return tr("%1 · %2 · %3 × %4 px")
            .arg(ImageExporter::fileName(i), entries)
            .arg(image.image.width())
            .arg(image.image.height());
    };
    if (currentFormat() == QLatin1String("image")) {
        for (int i = 0; i < m_result.images.size(); ++i) {
            images.append(m_result.images.at(i).image);
            captions.append(caption(i));
        }
    } else if (currentFormat() == QLatin1String("weibo") && m_options.weiboAttachImages) {
        // The pictures that go with the part shown.
        const int part = currentPart();
        if (part >= 0 && part < m_result.parts.size()) {
            for (const int i : m_result.parts.at(part).images) {
                images.append(m_result.images.at(i).image);
                captions.append(tr("With part %1: %2").arg(part + 1).arg(caption(i)));
            }
        }
    }
    m_images->setVisible(showsImages() && !images.isEmpty());
    m_images->setImages(images, captions);
}

void PreviewDock::updateCounter()
{
    QStringList lines;
    if (currentFormat() == QLatin1String("weibo")) {
        const int index = currentPart();
        if (index >= 0 && index < m_result.parts.size())
            lines.append(tr("Part %1 of %2: %3 of %4")
                             .arg(index + 1)
                             .arg(m_result.parts.size())
                             .arg(m_result.parts.at(index).weight)
                             .arg(m_options.weiboLimit));
        if (m_options.weiboAttachImages && index >= 0 && index < m_result.parts.size()) {
            QStringList names;
            for (const int i : m_result.parts.at(index).images)
                names.append(ImageExporter::fileName(i));
            lines.append(names.isEmpty()
                             ? tr("No image goes with this part")
                             : tr("Images with this part: %1").arg(names.join(QStringLiteral(", "))));
        }
    } else if (currentFormat() == QLatin1String("image")) {
        const int width = m_result.images.isEmpty() ? 0 : m_result.images.first().image.width();
        lines.append(
            tr("%n image(s), %1 px wide", nullptr, static_cast<int>(m_result.images.size())).arg(width));
    } else {
        lines.append(tr("%n character(s)", nullptr, static_cast<int>(m_result.text.size())));
    }
    for (const QString &warning : m_result.warnings)
        lines.append(tr("Warning: %1").arg(warning));
    m_counter->setText(lines.join(QLatin1Char('\n')));
}

void PreviewDock::updateHighlighter()
{
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    const DigestExporter *format = FormatRegistry::instance().format(currentFormat());
    QString name = format ? format->syntaxName() : QString();
    if (name.isEmpty())
        name = SyntaxRepository::digestDefinitionName();
    KSyntaxHighlighting::Repository &repository = SyntaxRepository::repository();
    const KSyntaxHighlighting::Definition definition = repository.definitionForName(name);
    if (!m_highlighter) {
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_view->document());
        m_highlighter->setTheme(SyntaxRepository::themeForPalette(m_view->palette()));
    }
    m_highlighter->setDefinition(definition);
    m_highlighter->rehighlight();
#endif
}

void PreviewDock::copyAll()
{
    QClipboard *clipboard = QApplication::clipboard();
    if (currentFormat() == QLatin1String("wechat"))
        clipboard->setMimeData(WeChatExporter::mimeData(m_result));
    else
        clipboard->setText(m_result.text);
    Q_EMIT copied(tr("the whole post"));
}

void PreviewDock::copyPart(int index)
{
    if (index < 0 || index >= m_result.parts.size())
        return;
    QApplication::clipboard()->setText(m_result.parts.at(index).text);
    Q_EMIT copied(tr("part %1 of %2").arg(index + 1).arg(m_result.parts.size()));
    // The next part is the one to paste next.
    if (index + 1 < m_result.parts.size())
        setCurrentPart(index + 1);
}

void PreviewDock::saveWithDialog()
{
    const DigestExporter *format = FormatRegistry::instance().format(currentFormat());
    if (!format)
        return;
    const QString filter = tr("%1 (*.%2)").arg(format->name(), format->fileExtension());
    // Images: `post.png` is written as post-01.png, post-02.png ...
    const QString suggested = ExportService::writesImages(*format) ? QStringLiteral("post.png") : QString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Post"), suggested, filter);
    if (path.isEmpty())
        return;
    Q_EMIT saveRequested(path);
}

} // namespace DigestStudio
