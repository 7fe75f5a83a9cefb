#include "common/guiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initDigestResources()
{
    Q_INIT_RESOURCE(icons);
    Q_INIT_RESOURCE(syntax);
    Q_INIT_RESOURCE(translations);
}

namespace DigestStudio {

void GuiResources::init()
{
    static const bool done = [] {
        initDigestResources();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace DigestStudio
