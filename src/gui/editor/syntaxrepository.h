// The one KSyntaxHighlighting repository of the process, with Digest Studio's own definitions added.
#pragma once

#include <QPalette>
#include <QString>

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class Repository;
class Theme;
} // namespace KSyntaxHighlighting
#endif

namespace DigestStudio {

class SyntaxRepository final
{
public:
    // The name of the shipped definition for digest text (resources/syntax/digest.xml).
    static QString digestDefinitionName();
    static bool isAvailable();
    // "5.103.0", or an empty string when built without KSyntaxHighlighting.
    static QString version();

#ifdef DIGEST_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository &repository();
    // The default dark theme on a dark palette (window text lighter than the base), else the light one.
    static KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);
#endif
    static bool isDark(const QPalette &palette);
};

} // namespace DigestStudio
