#include "ctlmanpage.h"

#include "ctlcommandtable.h"
#include "ctlhelp.h"
#include "services/launchconfig.h"
#include "util/appinfo.h"

#include <QDir>
#include <QStandardPaths>
#include <QStringList>

namespace DigestStudio {

namespace {

// The same page on every machine: the default library named by where it lives, not by this user's home.
QString portable(const QString &text)
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QString relative = AppInfo::defaultLibraryLocation();
    if (!data.isEmpty() && relative.startsWith(data))
        relative = QStringLiteral("$XDG_DATA_HOME") + relative.mid(data.size());
    QString out = text;
    out.replace(AppInfo::defaultLibraryLocation(),
                relative + QStringLiteral(" ($XDG_DATA_HOME: ~/.local/share)"));
    return out;
}

QString bold(const QString &text)
{
    return QStringLiteral("\\fB") + CtlManPage::escape(text) + QStringLiteral("\\fR");
}

QString italic(const QString &text)
{
    return QStringLiteral("\\fI") + CtlManPage::escape(text) + QStringLiteral("\\fR");
}

// A macro's quoted argument.
QString quotedArgument(const QString &text)
{
    QString escaped = CtlManPage::escape(text);
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\(dq"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString argumentMarkup(const CtlArgument &argument)
{
    switch (argument.count) {
    case CtlArgument::Count::One:
        return italic(argument.name);
    case CtlArgument::Count::Optional:
        return QLatin1Char('[') + italic(argument.name) + QLatin1Char(']');
    case CtlArgument::Count::OneOrMore:
        return italic(argument.name) + QStringLiteral("...");
    case CtlArgument::Count::Any:
        return QLatin1Char('[') + italic(argument.name) + QStringLiteral("...]");
    }
    return italic(argument.name);
}

QString optionMarkup(const CtlOption &option)
{
    return option.isFlag() ? bold(option.name)
                           : bold(option.name) + QLatin1Char(' ') + italic(option.valueName);
}

// Prose: one paragraph a line (troff fills it), paragraphs apart.
QString paragraphs(const QString &text)
{
    QStringList out;
    for (QString p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        p.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out.append(CtlManPage::escape(p.simplified()));
    }
    return out.join(QStringLiteral("\n.PP\n")) + QLatin1Char('\n');
}

QString item(const QString &tag, const QString &text)
{
    return QStringLiteral(".TP\n") + tag + QLatin1Char('\n') + CtlManPage::escape(text.simplified()) +
           QLatin1Char('\n');
}

QString commandSection(const CtlCommand &command)
{
    QStringList synopsis;
    for (const CtlArgument &argument : command.arguments())
        synopsis.append(argumentMarkup(argument));
    for (const CtlOption &option : command.options())
        synopsis.append(option.required ? optionMarkup(option)
                                        : QLatin1Char('[') + optionMarkup(option) + QLatin1Char(']'));
    QString text = QStringLiteral(".SS ") + quotedArgument(command.fullName()) + QLatin1Char('\n') +
                   QStringLiteral(".B digestctl ") + CtlManPage::escape(command.fullName()) +
                   QLatin1Char('\n');
    if (!synopsis.isEmpty())
        text += synopsis.join(QLatin1Char(' ')) + QLatin1Char('\n');
    text += QStringLiteral(".PP\n") + paragraphs(command.help());
    for (const CtlArgument &argument : command.arguments())
        text += item(italic(argument.name), argument.help);
    for (const CtlOption &option : command.options())
        text += item(optionMarkup(option),
                     option.required ? option.help + QStringLiteral(" (required)") : option.help);
    if (command.needsLibrary())
        text += QStringLiteral(".PP\n") +
                CtlManPage::escape(CtlHelp::libraryNote(command.libraryOptional())) + QLatin1Char('\n');
    return text;
}

QString globalOptions()
{
    QString text = QStringLiteral(".SH \"GLOBAL OPTIONS\"\n");
    for (const LaunchConfig::Setting &setting : LaunchConfig::settings()) {
        if (!setting.option.isEmpty())
            text += item(bold(QStringLiteral("--") + setting.option) + QLatin1Char(' ') +
                             italic(setting.valueName),
                         portable(LaunchConfig::helpText(setting)));
    }
    text += item(bold(QStringLiteral("-h")) + QStringLiteral(", ") + bold(QStringLiteral("--help")),
                 QStringLiteral("The overview of the commands; after a command, that command's help."));
    return text + item(bold(QStringLiteral("-v")) + QStringLiteral(", ") + bold(QStringLiteral("--version")),
                       QStringLiteral("The version of digestctl and of Qt."));
}

QString environment()
{
    QString text = QStringLiteral(".SH ENVIRONMENT\n");
    for (const LaunchConfig::Setting &setting : LaunchConfig::settings()) {
        if (setting.environment.isEmpty())
            continue;
        QString help = QStringLiteral("Overrides the saved setting ") + setting.key;
        if (!setting.help.isEmpty())
            help += QStringLiteral(": ") + setting.help;
        if (!setting.option.isEmpty())
            help += QStringLiteral("; --") + setting.option + QStringLiteral(" overrides it");
        text += item(bold(setting.environment), help + QLatin1Char('.'));
    }
    const struct
    {
        const char *name;
        const char *help;
    } secrets[] = {
        {"DIGEST_LLM_API_KEY", "The drafting provider's key (draft); else the system keychain."},
        {"DIGEST_WECHAT_APPID",
         "The WeChat Official Account's AppID (publish wechat); else the system keychain."},
        {"DIGEST_WECHAT_SECRET", "Its AppSecret (publish wechat); else the system keychain."},
        {"DIGEST_OPENALEX_API_KEY", "The OpenAlex key, when OpenAlex is on; else the system keychain."},
    };
    for (const auto &secret : secrets)
        text += item(bold(QString::fromLatin1(secret.name)), QString::fromLatin1(secret.help));
    return text;
}

} // namespace

QString CtlManPage::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            out += QStringLiteral("\\e");
        } else if (c == QLatin1Char('-')) {
            // A dash that starts a word (an option, a minus) is a minus sign; one inside a word a hyphen.
            const bool inWord = i > 0 && text.at(i - 1).isLetterOrNumber();
            out += inWord ? QStringLiteral("-") : QStringLiteral("\\-");
        } else if ((c == QLatin1Char('.') || c == QLatin1Char('\'')) &&
                   (i == 0 || text.at(i - 1) == QLatin1Char('\n'))) {
            out += QStringLiteral("\\&") + c;
        } else if (c.unicode() > 0x7E || (c.unicode() < 0x20 && c != QLatin1Char('\n'))) {
            uint code = c.unicode();
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                code = QChar::surrogateToUcs4(c, text.at(++i));
            out += QStringLiteral("\\[u") +
                   QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0')) + QLatin1Char(']');
        } else {
            out += c;
        }
    }
    return out;
}

QString CtlManPage::text()
{
    QString page = QStringLiteral(".\\\" digestctl.1: written by `digestctl --man` from its command table.\n"
                                  ".TH DIGESTCTL 1 \"\" \"digestctl " DIGEST_VERSION "\" \"Digest Studio\"\n"
                                  // Left-aligned and unhyphenated: URLs and option names stay whole.
                                  ".nh\n"
                                  ".ad l\n"
                                  ".SH NAME\n"
                                  "digestctl \\- drive a Digest Studio library from scripts\n"
                                  ".SH SYNOPSIS\n"
                                  ".B digestctl\n"
                                  "[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n"
                                  ".br\n"
                                  ".B digestctl help\n"
                                  "[\\fICOMMAND\\fR]\n"
                                  ".SH DESCRIPTION\n");
    page += paragraphs(QStringLiteral(
        "digestctl drives a Digest Studio library from scripts, without a display: it looks papers up on "
        "arXiv, "
        "makes and edits digests, imports and exports posts, drafts the Chinese fields, publishes to WeChat "
        "and "
        "ranks the day's listing. It works on the same library, with the same settings, as the digest-studio "
        "program.\n\nEvery setting resolves the same way here and in the GUI: the option, then the "
        "environment, "
        "then the GUI's saved setting, then the default."));
    page += globalOptions() + QStringLiteral(".SH COMMANDS\n");
    for (const CtlCommand &command : CtlCommandTable::instance().commands())
        page += commandSection(command);
    page += environment() + QStringLiteral(".SH \"EXIT STATUS\"\n");
    page += paragraphs(CtlHelp::closingNotes().join(QStringLiteral("\n\n")));
    return page;
}

} // namespace DigestStudio
