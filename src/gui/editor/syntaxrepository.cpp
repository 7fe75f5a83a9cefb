#include "editor/syntaxrepository.h"

#include "common/guiresources.h"

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

namespace DigestStudio {

QString SyntaxRepository::digestDefinitionName()
{
    return QStringLiteral("Digest Text");
}

bool SyntaxRepository::isAvailable()
{
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString SyntaxRepository::version()
{
#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral(DIGEST_KSH_VERSION);
#else
    return QString();
#endif
}

bool SyntaxRepository::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository &SyntaxRepository::repository()
{
    // Loading every definition takes tens of milliseconds: do it once, on first use.
    static KSyntaxHighlighting::Repository *instance = [] {
        GuiResources::init();
        auto *repo = new KSyntaxHighlighting::Repository;
        repo->addCustomSearchPath(QStringLiteral(":/digest-studio"));
        return repo;
    }();
    return *instance;
}

KSyntaxHighlighting::Theme SyntaxRepository::themeForPalette(const QPalette &palette)
{
    return repository().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
}
#endif

} // namespace DigestStudio
