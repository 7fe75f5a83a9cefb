// Registers the resources compiled into the static digestgui library (icons, syntax definitions,
// translations).
#pragma once

namespace DigestStudio {

class GuiResources final
{
public:
    // Idempotent; the app, the tests and anything reading `:/` paths call it first.
    static void init();
};

} // namespace DigestStudio
