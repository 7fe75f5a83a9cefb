// Text that may hold a secret made fit to show: every form a key can take in a server's answer masked, and
// URLs shown without their password and query values. The one masking helper of every layer.
#pragma once

#include <QString>
#include <QStringList>

class QJsonObject;
class QUrl;

namespace DigestStudio {

class SecretText final
{
public:
    // What a masked secret becomes.
    static QString hidden() { return QStringLiteral("[hidden]"); }

    // `text` with every occurrence of each secret masked: as written, JSON-escaped (`\/`, `\u0041`),
    // percent-encoded (any case, `+` for a space), as HTML character references, in any mix of these, and
    // base64 (standard and URL alphabets, at any of the three alignments a secret can have inside a longer
    // base64 text, as an HTTP Basic header carries it). Empty secrets are ignored.
    static QString mask(const QString &text, const QStringList &secrets);
    // The same for a text that was cut off after its end (a capped answer body): a start of a secret left at
    // the end (4 characters or more) is masked too.
    static QString maskCutText(const QString &text, const QStringList &secrets);
    // Masks first, then cuts to `maxChars` (with "…"): a key can never be cut in half and half shown.
    static QString shown(const QString &text, const QStringList &secrets, int maxChars);

    // A URL written as text, fit for a message whatever its shape, even when no URL parser would read it:
    // scheme, user, host, port and path; never the password (the user information ends at its last '@';
    // when that could be in the query, less is shown: `scheme://user@…`), and of the query only the items
    // named in `shownItems` whose values are plain identifiers. Text without a `scheme:` is returned as it
    // is.
    static QString url(const QString &text, const QStringList &shownItems = {});
    // Where a URL's scheme ends (after `scheme:` and up to two slashes), or -1 when `text` does not start
    // with a scheme of two characters or more (a Windows drive letter is no scheme).
    static int schemeEnd(const QString &text);

    // This machine: 127.0.0.0/8, ::1 (also as ::ffff:127.x.y.z) and `localhost`.
    static bool isLoopback(const QString &host);
    // A request to `url` would travel unencrypted to another machine: http:// (or any scheme but https) to a
    // host that is not this machine. A key or an AppSecret must never go there.
    static bool isCleartext(const QUrl &url);
    // Text that looks like an API key or an Authorization value: `sk-…`, `Bearer …`, `Basic …`,
    // `DeepL-Auth-Key …`, a DeepL free key (`…:fx`), a Google key (`AIza…`).
    static bool looksLikeKey(const QString &text);
    // A JSON member or query item named as a key is (`api_key`, `Authorization`, `access_token`, `secret`…).
    static bool isKeyName(const QString &name);
    // Where `object` holds a key, at any depth: the member's path (`headers.Authorization`), or empty.
    static QString keyInJson(const QJsonObject &object);
    // Whether `url` (as text) carries a key: a password, a query item named or valued like one, a path
    // segment that looks like one.
    static bool keyInUrl(const QString &url);
};

} // namespace DigestStudio
