#include "models/glossarymodel.h"

#include "document/glossarycommand.h"
#include "models/roles.h"
#include "text/glossary.h"

#include <QUndoStack>

namespace DigestStudio {

GlossaryModel::GlossaryModel(Glossary *glossary, QObject *parent)
    : QAbstractTableModel(parent)
    , m_glossary(glossary)
{
    connect(glossary, &Glossary::termsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(glossary, &Glossary::termAdded, this, [this](int row) {
        // The term is already in the glossary: announce and complete the insertion together.
        beginInsertRows(QModelIndex(), row, row);
        endInsertRows();
    });
    connect(glossary, &Glossary::termChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(glossary, &Glossary::termAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows(QModelIndex(), row, row); });
    connect(glossary, &Glossary::termRemoved, this, [this] { endRemoveRows(); });
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_glossary->count();
}

int GlossaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_glossary->count())
        return QVariant();
    const GlossaryTerm &term = m_glossary->term(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case EnglishColumn:
            return term.english();
        case ChineseColumn:
            return term.chinese();
        case NoteColumn:
            return term.note();
        default:
            return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn && !term.note().isEmpty())
        return term.note();
    if (role == Roles::TermIndexRole)
        return index.row();
    return QVariant();
}

bool GlossaryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_glossary->count())
        return false;
    GlossaryTerm term = m_glossary->term(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case EnglishColumn:
        if (text.isEmpty())
            return false;
        term.setEnglish(text);
        break;
    case ChineseColumn:
        term.setChinese(text);
        break;
    case NoteColumn:
        term.setNote(text);
        break;
    default:
        return false;
    }
    if (term == m_glossary->term(index.row()))
        return true;
    if (m_undoStack)
        m_undoStack->push(GlossaryCommand::edit(m_glossary, index.row(), term));
    else
        m_glossary->setTerm(index.row(), term);
    return true;
}

QVariant GlossaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case EnglishColumn:
        return tr("English");
    case ChineseColumn:
        return tr("Chinese");
    case NoteColumn:
        return tr("Note");
    default:
        return QVariant();
    }
}

Qt::ItemFlags GlossaryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace DigestStudio
