#include "docks/figurecandidatespanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace DigestStudio {

FigureCandidatesPanel::FigureCandidatesPanel(QWidget *parent)
    : QWidget(parent)
    , m_read(new QPushButton(tr("&Read the Paper"), this))
    , m_attach(new QPushButton(tr("A&ttach"), this))
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("figureCandidatesPanel"));
    m_read->setObjectName(QStringLiteral("readPaperButton"));
    m_read->setToolTip(tr("Read the paper's figures from arXiv (its HTML page, else its PDF's first page)"));
    m_attach->setObjectName(QStringLiteral("attachFigureButton"));
    m_attach->setToolTip(tr("Put the chosen figure on the entry, after its others (undoable)"));
    m_list->setObjectName(QStringLiteral("candidatesList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setIconSize(QSize(ThumbnailWidth, ThumbnailHeight));
    m_list->setGridSize(QSize(ThumbnailWidth + 16, ThumbnailHeight + 3 * fontMetrics().lineSpacing() + 12));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->installEventFilter(this);
    m_message->setObjectName(QStringLiteral("candidatesMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_read);
    buttons->addStretch(1);
    buttons->addWidget(m_attach);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);

    m_viewTimer.setSingleShot(true);
    m_viewTimer.setInterval(120);
    connect(&m_viewTimer, &QTimer::timeout, this, &FigureCandidatesPanel::viewChanged);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, &m_viewTimer,
            qOverload<>(&QTimer::start));
    connect(m_read, &QPushButton::clicked, this, &FigureCandidatesPanel::readRequested);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (currentCandidate() >= 0)
            Q_EMIT attachRequested(currentCandidate());
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT attachRequested(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &FigureCandidatesPanel::updateButtons);
    setPaper(QString());
}

void FigureCandidatesPanel::setPaper(const QString &arxivId)
{
    m_arxivId = arxivId;
    m_list->clear();
    setMessage(arxivId.isEmpty() ? tr("This entry has no arXiv id: there is no paper to read.")
                                 : tr("Read the paper to see its figures here."));
    updateButtons();
}

void FigureCandidatesPanel::setCandidates(const QStringList &labels, const QStringList &captions)
{
    m_list->clear();
    QPixmap placeholder(ThumbnailWidth, ThumbnailHeight);
    placeholder.fill(palette().color(QPalette::AlternateBase));
    for (int i = 0; i < labels.size(); ++i) {
        const QString caption = captions.value(i);
        // The label and the start of the caption under the thumbnail (the grid keeps three lines).
        const QString shortCaption =
            caption.size() > CaptionChars ? QString(caption.left(CaptionChars) + QChar(0x2026)) : caption;
        const QString text =
            caption.isEmpty() ? labels.at(i) : QString(labels.at(i) + QStringLiteral(": ") + shortCaption);
        auto *item = new QListWidgetItem(QIcon(placeholder), text, m_list);
        // Outside text shown as plain text: the tooltip of a QListWidgetItem would read markup.
        item->setToolTip(caption.isEmpty() ? QString()
                                           : QString(QStringLiteral("<p>") + caption.toHtmlEscaped() +
                                                     QStringLiteral("</p>")));
        item->setData(Qt::AccessibleDescriptionRole, caption);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    if (!labels.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
    m_viewTimer.start();
}

void FigureCandidatesPanel::setThumbnail(int index, const QImage &image)
{
    QListWidgetItem *item = m_list->item(index);
    if (!item || image.isNull())
        return;
    item->setIcon(QIcon(QPixmap::fromImage(
        image.scaled(ThumbnailWidth, ThumbnailHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
}

void FigureCandidatesPanel::setThumbnailProblem(int index, const QString &problem)
{
    if (QListWidgetItem *item = m_list->item(index))
        item->setToolTip(QString(QStringLiteral("<p>") + problem.toHtmlEscaped() + QStringLiteral("</p>")));
}

void FigureCandidatesPanel::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString FigureCandidatesPanel::message() const
{
    return m_message->text();
}

void FigureCandidatesPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

QList<int> FigureCandidatesPanel::visibleCandidates() const
{
    QList<int> visible;
    const QRect view = m_list->viewport()->rect();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->visualItemRect(m_list->item(i)).intersects(view))
            visible.append(i);
    }
    return visible;
}

int FigureCandidatesPanel::currentCandidate() const
{
    return m_list->currentRow();
}

int FigureCandidatesPanel::candidateCount() const
{
    return m_list->count();
}

bool FigureCandidatesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_viewTimer.start();
    return QWidget::eventFilter(watched, event);
}

void FigureCandidatesPanel::updateButtons()
{
    m_read->setEnabled(!m_arxivId.isEmpty() && !m_busy);
    m_attach->setEnabled(m_list->currentRow() >= 0 && !m_busy);
}

} // namespace DigestStudio
