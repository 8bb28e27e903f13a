// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scripts (canned responses) without any I/O: which variant of a script fits a case, how its
// placeholders are filled, and how a script matches what the agent types. Pure functions, so
// the composer, the CLI and the fuzzers share them.

#include "app/core/domain.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace CareDesk {

/// What fills a script's placeholders. The composer takes it from the case; empty fields stay
/// unfilled and are reported.
struct PlaceholderContext {
    QString customerName; ///< {customer.name}
    QString customerFirstName; ///< {customer.first_name}; empty: the first word of customerName
    QString agentName; ///< {agent.name}
    QString caseId; ///< {case.id}
    QString accountHandle; ///< {account.handle}
    QString eta; ///< {eta}: how long the agent expects it to take ("2 hours", "до завтра")
    QHash<QString, QString> links; ///< {link:NAME}: the workspace's named links, NAME -> URL
};

/// A placeholder in a text: `{name}` at start, length UTF-16 code units long.
struct PlaceholderSpan {
    int start = 0;
    int length = 0;
    QString name; ///< between the braces: "eta", "customer.name", "link:returns"
    friend bool operator==(const PlaceholderSpan &, const PlaceholderSpan &) = default;
};

/// A script's text with its placeholders filled; what could not be filled stays as written
/// (`{eta}`) and is listed with its position in text.
struct ScriptExpansion {
    QString text;
    QList<PlaceholderSpan> unfilled;
};

class Scripts final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Scripts)

public:
    /// The placeholders scripts may use, without braces; `link:` takes a name after the colon.
    static QStringList placeholderNames();
    /// Whether name (without braces) is a placeholder: one of placeholderNames() or link:NAME
    /// with NAME of letters, digits, '_', '-' and '.'.
    static bool isPlaceholder(const QString &name);
    /// Every placeholder in a text, in order. Only known names count: other braces (a customer's
    /// `{smile}`, JSON pasted into a reply) are plain text.
    static QList<PlaceholderSpan> findPlaceholders(const QString &text);
    /// Fills body's placeholders from context. A pure function of its arguments.
    static ScriptExpansion expand(const QString &body, const PlaceholderContext &context);

    /// The variant of a script for a case, as an index into script.variants (-1 when the script
    /// has none). languages is the order of preference (the customer's language, the case's,
    /// the agent's); codes compare by their language part ("ru-RU" is "ru"). Fallbacks, first
    /// found wins:
    ///  1. for each preferred language: the variant for this platform, then one for any platform;
    ///  2. a variant for this platform in no particular language, then one for any platform and
    ///     language;
    ///  3. the first variant for this platform in any language (a short X text beats a long one);
    ///  4. the first variant for any platform;
    ///  5. the first variant.
    static int pickVariant(const Script &script, Platform platform, const QStringList &languages);
    /// The language part of a code, lower case: "ru-RU" -> "ru", "EN" -> "en".
    static QString languageOf(const QString &code);
    /// The title to show for a language: the first variant's title in it, else the script's.
    static QString displayTitle(const Script &script, const QString &language);

    /// Case-folded text for searching (NFC, case folded, ё as е).
    static QString fold(const QString &text);
    /// What the store searches: title, shortcut, category and every variant's title and body.
    static QString searchText(const Script &script);
    /// How well a script matches what the agent typed after `/` or into the search box: -1 for
    /// no match, higher is better (an exact shortcut, then a shortcut prefix, a title prefix, a
    /// word of the title, then words anywhere). An empty query matches everything with 0.
    static int matchScore(const Script &script, const QString &query);
    /// Sorts by matchScore (best first), then by usage (most used first), then by title; drops
    /// the scripts that do not match.
    static QList<Script> rank(const QList<Script> &scripts, const QString &query);

    /// Makes a script consistent: trims, mirrors the first variant into body and language, and
    /// moves a lone body into a variant.
    static Script normalized(Script script);
    /// Why a script cannot be stored; empty when it can.
    static QString validate(const Script &script);
};

} // namespace CareDesk
