// The three Chinese fields a machine drafts for one entry: title, short title and summary.
#pragma once

#include <QMetaType>
#include <QString>

namespace DigestStudio {

struct DraftFields
{
    QString zhTitle;
    QString zhShortTitle;
    QString zhSummary;

    bool isEmpty() const { return zhTitle.isEmpty() && zhShortTitle.isEmpty() && zhSummary.isEmpty(); }
    bool operator==(const DraftFields &o) const
    {
        return zhTitle == o.zhTitle && zhShortTitle == o.zhShortTitle && zhSummary == o.zhSummary;
    }
    bool operator!=(const DraftFields &o) const { return !(*this == o); }
};

} // namespace DigestStudio

Q_DECLARE_METATYPE(DigestStudio::DraftFields)
