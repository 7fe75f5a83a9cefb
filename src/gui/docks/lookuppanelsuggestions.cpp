// LookupPanel, continued: today's listing ranked by the suggestions, the "suggested" mark, the reasons,
// ticking the suggested papers and "not for us".
#include "docks/lookuppanel.h"

#include "common/plaintext.h"
#include "docks/suggestionscoredelegate.h"
#include "services/suggestionservice.h"

#include <QCheckBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

#include <algorithm>

namespace DigestStudio {

namespace {

enum Column { TitleColumn, AuthorsColumn, FeaturedColumn, ScoreColumn };
constexpr int RankRole = Qt::UserRole + 11;

} // namespace

void LookupPanel::setSuggestions(SuggestionService *suggestions)
{
    m_suggestions = suggestions;
    if (!suggestions)
        return;
    connect(suggestions, &SuggestionService::trained, this, [this] {
        updateSuggestionState();
        applySuggestions();
    });
    connect(suggestions, &SuggestionService::trainingStarted, this, &LookupPanel::updateSuggestionState);
    connect(m_includeEdit, &QLineEdit::textChanged, this, [this] {
        // The cold start goes by the include keywords too.
        if (!m_suggestions)
            return;
        RankerOptions options = m_suggestions->options();
        options.keywords = m_includeEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &k : options.keywords)
            k = k.trimmed();
        m_suggestions->setOptions(options);
        if (m_suggestions->model().stage() == SuggestionModel::Stage::FeedOrder)
            m_suggestions->retrain();
    });
    updateSuggestionState();
}

QString LookupPanel::suggestionStateText() const
{
    return m_suggestionLabel->text();
}

void LookupPanel::updateSuggestionState()
{
    if (!m_suggestions)
        return;
    const SuggestionModel &model = m_suggestions->model();
    QString text;
    switch (model.stage()) {
    case SuggestionModel::Stage::FeedOrder:
        text = tr("Suggestions: no picks yet, so the feed's order, raised for your categories and include "
                  "keywords.");
        break;
    case SuggestionModel::Stage::Centroid:
        text = tr("Suggestions: papers like your %n pick(s) so far (the model starts after a few days).", "",
                  model.picks());
        break;
    case SuggestionModel::Stage::Model:
        text = tr("Suggestions: learnt from %n pick(s) over the last %1 listing day(s).", "", model.picks())
                   .arg(model.days());
        break;
    }
    if (m_suggestions->isTraining())
        text += QLatin1Char(' ') + tr("Training…");
    m_suggestionLabel->setText(text);
}

QString LookupPanel::reasonsText(const Suggestion &suggestion) const
{
    QStringList lines;
    for (const SuggestionReason &reason : suggestion.reasons) {
        switch (reason.kind) {
        case SuggestionReason::Kind::Term:
            lines.append(tr("term “%1”").arg(reason.text));
            break;
        case SuggestionReason::Kind::Author:
            lines.append(tr("author %1").arg(reason.text));
            break;
        case SuggestionReason::Kind::Category:
            lines.append(tr("category %1").arg(reason.text));
            break;
        case SuggestionReason::Kind::FeedPosition:
            lines.append(tr("early in the feed"));
            break;
        case SuggestionReason::Kind::Keyword:
            lines.append(tr("include keyword “%1”").arg(reason.text));
            break;
        case SuggestionReason::Kind::NotForUs:
            lines.append(tr("marked not for us"));
            break;
        }
    }
    return lines.isEmpty() ? QString() : tr("Suggested for: %1").arg(lines.join(QStringLiteral(", ")));
}

void LookupPanel::applySuggestions()
{
    const bool on = m_suggestions && m_showingListing && !m_papers.isEmpty();
    m_results->setColumnHidden(ScoreColumn, !on);
    for (QWidget *w : {static_cast<QWidget *>(m_sortCheck), static_cast<QWidget *>(m_minScoreSpin),
                       static_cast<QWidget *>(m_tickSuggestedButton),
                       static_cast<QWidget *>(m_notForUsButton), static_cast<QWidget *>(m_suggestionLabel)})
        w->setVisible(on);
    if (!on)
        return;
    const QVector<Suggestion> ranked = m_suggestions->rank(m_papers);
    QHash<QString, int> rankOf;
    for (int i = 0; i < ranked.size(); ++i)
        rankOf.insert(ranked.at(i).id, i);
    QVector<QTreeWidgetItem *> items;
    while (m_results->topLevelItemCount() > 0)
        items.append(m_results->takeTopLevelItem(0));
    for (QTreeWidgetItem *item : qAsConst(items)) {
        const Paper &p = m_papers.at(item->data(TitleColumn, Qt::UserRole).toInt());
        const int rank = rankOf.value(p.id(), int(ranked.size()));
        const Suggestion &s = ranked.at(rank);
        const bool suggested = rank < m_suggestions->topCount();
        item->setData(ScoreColumn, RankRole, rank);
        item->setData(ScoreColumn, SuggestionScoreDelegate::ScoreRole, s.share);
        item->setText(ScoreColumn, suggested ? tr("★ suggested") : QString());
        const QString reasons = reasonsText(s);
        item->setToolTip(ScoreColumn, PlainText::toolTip(reasons));
        item->setToolTip(TitleColumn,
                         PlainText::toolTip(reasons.isEmpty()
                                                ? p.abstract()
                                                : reasons + QStringLiteral("\n\n") + p.abstract()));
        QFont font = item->font(TitleColumn);
        font.setBold(suggested);
        item->setFont(TitleColumn, font);
    }
    const bool byScore = m_sortCheck->isChecked();
    std::stable_sort(items.begin(), items.end(), [byScore](QTreeWidgetItem *a, QTreeWidgetItem *b) {
        const int role = byScore ? RankRole : Qt::UserRole;
        const int column = byScore ? ScoreColumn : TitleColumn;
        return a->data(column, role).toInt() < b->data(column, role).toInt();
    });
    for (QTreeWidgetItem *item : qAsConst(items))
        m_results->addTopLevelItem(item);
    // A row's hidden state belongs to the view's row, not to the item moved: filter the new order again.
    applyFilters();
}

void LookupPanel::tickSuggested()
{
    if (!m_suggestions)
        return;
    int ticked = 0;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        const QVariant rank = item->data(ScoreColumn, RankRole);
        if (!item->isHidden() && rank.isValid() && rank.toInt() < m_suggestions->topCount()) {
            item->setCheckState(TitleColumn, Qt::Checked);
            ++ticked;
        }
    }
    showMessage(tr("Ticked %n suggested paper(s).", "", ticked));
}

void LookupPanel::markNotForUs()
{
    if (!m_suggestions)
        return;
    const QList<QTreeWidgetItem *> selected = m_results->selectedItems();
    if (selected.isEmpty()) {
        showMessage(tr("Select the papers that are not for us first."), true);
        return;
    }
    for (QTreeWidgetItem *item : selected) {
        const Paper &p = m_papers.at(item->data(TitleColumn, Qt::UserRole).toInt());
        QString error;
        if (!m_suggestions->setNotForUs(p.id(), true, &error)) {
            showMessage(tr("Could not mark %1: %2").arg(p.id(), error), true);
            return;
        }
        item->setCheckState(TitleColumn, Qt::Unchecked);
    }
    applySuggestions();
    showMessage(tr("Marked %n paper(s) not for us.", "", int(selected.size())));
}

} // namespace DigestStudio
