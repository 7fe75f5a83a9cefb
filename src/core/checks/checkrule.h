// One pre-flight rule of the CheckRegistry: its id, a description, and the function that finds problems.
#pragma once

#include "checks/checkcontext.h"
#include "checks/finding.h"

#include <QString>
#include <QVector>

#include <functional>

namespace DigestStudio {

struct CheckRule
{
    using Run = std::function<void(const CheckContext &context, QVector<Finding> *findings)>;

    QString id;
    QString description;
    Run run;
};

} // namespace DigestStudio
