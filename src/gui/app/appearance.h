// The interface theme: the system's, or Fusion with a light or a dark palette (View ▸ Theme, --theme).
#pragma once

#include <QString>

namespace DigestStudio {

class Appearance final
{
public:
    enum class Theme { System, Light, Dark };

    // Applies `theme` to the running application; widgets and highlighters follow the palette change.
    static void apply(Theme theme);
    static Theme current();
    // "system", "light", "dark"; unknown names are System.
    static Theme fromName(const QString &name);
    static QString name(Theme theme);
};

} // namespace DigestStudio
