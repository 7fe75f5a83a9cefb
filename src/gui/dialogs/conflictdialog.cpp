#include "dialogs/conflictdialog.h"

#include "common/fieldlabels.h"

#include "document/setstatuscommand.h"
#include "text/sentencemerge.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace DigestStudio {

namespace {

// The text as typed: QPlainTextEdit::toPlainText() would turn no-break spaces into spaces.
QString rawText(const QPlainTextEdit *edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

// Lines a text takes at about 40 characters a line.
int linesOf(const QString &text)
{
    return static_cast<int>(text.size()) / 40 + 1 + static_cast<int>(text.count(QLatin1Char('\n')));
}

// A pane as tall as `lines` (two to ten; more scrolls).
QPlainTextEdit *textPane(const QString &text, bool readOnly, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setReadOnly(readOnly);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(qRound(edit->fontMetrics().lineSpacing() * 1.4 * qBound(2, lines, 10)) + 12);
    return edit;
}

} // namespace

ConflictDialog::ConflictDialog(const DigestEntry &ours, const DigestEntry &theirs, const DigestEntry &base,
                               QWidget *parent)
    : QDialog(parent)
    , m_ours(ours)
    , m_theirs(theirs)
    , m_base(base)
{
    setObjectName(QStringLiteral("ConflictDialog"));
    setWindowTitle(tr("Conflicting Changes to %1").arg(ours.arxivId()));

    auto *intro =
        new QLabel(tr("Someone else changed this paper's entry since you opened it. Their text is on "
                      "the left, yours on the right. Edit the result on the right, or use the "
                      "buttons; what you do not keep stays in the undo history."),
                   this);
    intro->setWordWrap(true);

    QWidget *content = buildComparison();
    auto *note = new QLabel(mergeNote(), this);
    note->setObjectName(QStringLiteral("mergeNote"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setVisible(!note->text().isEmpty());
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    QHBoxLayout *choices = buildChoices();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Save Result"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(note);
    layout->addWidget(scroll, 1);
    layout->addLayout(choices);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().lineSpacing() * 32);
}

QWidget *ConflictDialog::buildComparison()
{
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    auto *theirsHeading = new QLabel(tr("<b>Saved by someone else</b>"), content);
    auto *oursHeading = new QLabel(m_base.id() == 0 ? tr("<b>Yours (the result to save)</b>")
                                                    : tr("<b>The result to save</b>"),
                                   content);
    grid->addWidget(theirsHeading, 0, 1);
    grid->addWidget(oursHeading, 0, 2);
    int row = 1;
    for (int i = 0; i < DigestEntry::FieldCount; ++i) {
        const auto field = static_cast<DigestEntry::Field>(i);
        if (m_ours.field(field) == m_theirs.field(field))
            continue;
        m_fields.append(field);
        QString merged;
        if (m_base.id() != 0 &&
            SentenceMerge::merge(m_base.field(field), m_ours.field(field), m_theirs.field(field), &merged))
            m_merged.insert(i, merged);
        auto *label = new QLabel(FieldLabels::title(field), content);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        // Both panes fit both texts: "Use Both" needs the room on the right.
        const int lines = linesOf(m_ours.field(field)) + linesOf(m_theirs.field(field));
        QPlainTextEdit *theirPane = textPane(m_theirs.field(field), true, lines, content);
        theirPane->setObjectName(DigestEntry::fieldName(field) + QLatin1String("_theirs"));
        QPlainTextEdit *result = textPane(startingText(field), false, lines, content);
        result->setObjectName(DigestEntry::fieldName(field) + QLatin1String("_result"));
        label->setBuddy(result);
        m_results.insert(i, result);
        grid->addWidget(theirPane, row, 1);
        grid->addWidget(result, row, 2);
        ++row;
    }
    if (m_ours.status() != m_theirs.status()) {
        grid->addWidget(new QLabel(tr("Status"), content), row, 0);
        grid->addWidget(new QLabel(SetStatusCommand::statusLabel(m_theirs.status()), content), row, 1);
        m_statusBox = new QComboBox(content);
        m_statusBox->setObjectName(QStringLiteral("statusResult"));
        for (auto status :
             {DigestEntry::Status::Draft, DigestEntry::Status::Translated, DigestEntry::Status::Reviewed})
            m_statusBox->addItem(SetStatusCommand::statusLabel(status));
        m_statusBox->setCurrentIndex(static_cast<int>(mergedStatus()));
        grid->addWidget(m_statusBox, row, 2, Qt::AlignLeft);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    return content;
}

QHBoxLayout *ConflictDialog::buildChoices()
{
    auto *mine = new QPushButton(tr("Use &Mine"), this);
    auto *their = new QPushButton(tr("Use &Theirs"), this);
    auto *both = new QPushButton(tr("Use &Both"), this);
    mine->setObjectName(QStringLiteral("useMineButton"));
    their->setObjectName(QStringLiteral("useTheirsButton"));
    both->setObjectName(QStringLiteral("useBothButton"));
    both->setToolTip(tr("Your text, a blank line, then theirs: merge them by hand"));
    auto *merge = new QPushButton(tr("Merge &Sentences"), this);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setToolTip(tr("Keep your changes and theirs where they touch different sentences"));
    merge->setEnabled(!m_merged.isEmpty());
    connect(merge, &QPushButton::clicked, this, &ConflictDialog::useMerge);
    connect(mine, &QPushButton::clicked, this, &ConflictDialog::useMine);
    connect(their, &QPushButton::clicked, this, &ConflictDialog::useTheirs);
    connect(both, &QPushButton::clicked, this, &ConflictDialog::useBoth);
    auto *choices = new QHBoxLayout;
    choices->addWidget(mine);
    choices->addWidget(their);
    choices->addWidget(both);
    choices->addWidget(merge);
    choices->addStretch(1);
    return choices;
}

QString ConflictDialog::joined(const QString &mine, const QString &theirs)
{
    if (mine.isEmpty())
        return theirs;
    if (theirs.isEmpty())
        return mine;
    return mine + QLatin1String("\n\n") + theirs;
}

void ConflictDialog::useMine()
{
    for (DigestEntry::Field field : qAsConst(m_fields))
        resultEdit(field)->setPlainText(m_ours.field(field));
    if (m_statusBox)
        m_statusBox->setCurrentIndex(static_cast<int>(m_ours.status()));
}

void ConflictDialog::useTheirs()
{
    for (DigestEntry::Field field : qAsConst(m_fields))
        resultEdit(field)->setPlainText(m_theirs.field(field));
    if (m_statusBox)
        m_statusBox->setCurrentIndex(static_cast<int>(m_theirs.status()));
}

void ConflictDialog::useBoth()
{
    for (DigestEntry::Field field : qAsConst(m_fields)) {
        // One-line fields keep one line.
        const bool oneLine = field == DigestEntry::Field::Tag || field == DigestEntry::Field::Link ||
                             field == DigestEntry::Field::ZhShortTitle ||
                             field == DigestEntry::Field::AuthorsLine;
        const QString mine = m_ours.field(field);
        const QString theirs = m_theirs.field(field);
        resultEdit(field)->setPlainText(oneLine ? QString(mine + QLatin1String(" / ") + theirs)
                                                : joined(mine, theirs));
    }
}

QList<DigestEntry::Field> ConflictDialog::mergeableFields() const
{
    QList<DigestEntry::Field> fields;
    for (DigestEntry::Field field : qAsConst(m_fields)) {
        if (m_merged.contains(static_cast<int>(field)))
            fields.append(field);
    }
    return fields;
}

QString ConflictDialog::startingText(DigestEntry::Field field) const
{
    if (m_base.id() != 0 && m_ours.field(field) == m_base.field(field))
        return m_theirs.field(field);
    return m_ours.field(field);
}

DigestEntry::Status ConflictDialog::mergedStatus() const
{
    if (m_base.id() != 0 && m_ours.status() == m_base.status())
        return m_theirs.status();
    return m_ours.status();
}

QString ConflictDialog::mergeNote() const
{
    if (m_base.id() == 0)
        return QString();
    const QList<DigestEntry::Field> mergeable = mergeableFields();
    QString rest;
    if (mergeable.isEmpty()) {
        rest = tr("You both changed the same sentences: choose a side, or edit the result.");
    } else if (mergeable.size() == m_fields.size()) {
        rest = tr("Your changes and theirs touch different sentences: Merge Sentences keeps both.");
    } else {
        QStringList names;
        for (DigestEntry::Field field : mergeable)
            names.append(FieldLabels::inSentence(field));
        rest = tr("In the %1, your changes and theirs touch different sentences: Merge Sentences keeps both "
                  "there. Choose for the rest.")
                   .arg(names.join(tr(", ")));
    }
    // Two sentences in one line: a space between them in English, none in Chinese.
    return tr("%1 %2", "two sentences of the merge note")
        .arg(tr("Where only one of you changed a field, its result starts as that change."), rest);
}

void ConflictDialog::useMerge()
{
    for (DigestEntry::Field field : qAsConst(m_fields)) {
        const auto it = m_merged.constFind(static_cast<int>(field));
        if (it != m_merged.cend())
            resultEdit(field)->setPlainText(it.value());
    }
    if (m_statusBox)
        m_statusBox->setCurrentIndex(static_cast<int>(mergedStatus()));
}

DigestEntry ConflictDialog::resolved() const
{
    DigestEntry entry = m_theirs;
    for (DigestEntry::Field field : qAsConst(m_fields))
        entry.setField(field, rawText(resultEdit(field)));
    if (m_statusBox)
        entry.setStatus(static_cast<DigestEntry::Status>(m_statusBox->currentIndex()));
    return entry;
}

} // namespace DigestStudio
