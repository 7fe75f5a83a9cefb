#include "checkcontext.h"

#include "settingskeys.h"

#include <QSettings>

namespace DigestStudio {

CheckSettings CheckSettings::fromSettings(const QSettings &settings)
{
    CheckSettings s;
    s.cjkLatinSpacing = SettingsKeys::CheckCjkLatinSpacing.value(settings);
    s.weiboLimit = qMax(1, SettingsKeys::WeiboLimit.value(settings));
    s.weiboUrlWeight = qMax(0, SettingsKeys::WeiboUrlWeight.value(settings));
    s.disabledRules = SettingsKeys::CheckDisabledRules.value(settings);
    return s;
}

} // namespace DigestStudio
