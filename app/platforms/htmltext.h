// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Platform HTML (Mastodon `content`, YouTube `textDisplay`) becomes plain text on the way in; the
// original is never rendered (ARCHITECTURE.md). A small tolerant tokenizer, not QTextDocument:
// nothing is loaded or executed, the time is linear in the input and nesting depth costs nothing.

#include <QString>
#include <QStringView>

namespace CareDesk {

/// Converts HTML to the plain text a reader sees.
///
/// - `<br>` is a line break; paragraphs and other blocks (`p`, `div`, `li`, `blockquote`,
///   headings, `pre` ...) are separated by a blank line or a line break; whitespace collapses as
///   in HTML except inside `<pre>`.
/// - Mentions and hashtags (`class="mention"`/`"hashtag"`, `rel="tag"`) become their visible text
///   (`@user`, `#tag`).
/// - A link Mastodon shortened with `invisible`/`ellipsis` spans becomes its full http(s) href.
///   A link whose visible text is not its address ("click here", or a URL that differs from the
///   real one) becomes `text (href)`, so the reader sees where it leads. Hrefs other than http,
///   https and mailto are never shown.
/// - Entities are decoded: the common named ones (`&amp; &lt; &gt; &quot; &apos; &nbsp;` and a
///   few typographic ones), `&#NNN;` and `&#xHH;`; invalid code points become U+FFFD.
/// - Every other tag is dropped with its attributes (`<img>` loads nothing; its alt text is not
///   shown); the contents of `script`, `style`, `template`, `iframe`, `object`, `noscript`,
///   `title`, `textarea` and comments are dropped entirely.
/// - The result goes through sanitizePlainText() and is trimmed.
QString htmlToPlainText(QStringView html);

/// Removes characters that change how text displays without being seen, for any platform text
/// shown to agents: C0 and C1 controls except line feed and tab (a tab becomes a space; CR LF,
/// lone CR, U+2028 and U+2029 become LF), the bidirectional embedding, override and isolate
/// controls (U+202A-U+202E, U+2066-U+2069; an unbalanced U+202E reverses what follows it),
/// zero-width space U+200B, the word joiner and invisible operators U+2060-U+2064, U+FEFF, the
/// interlinear annotation controls and noncharacters. Kept: ZWJ and ZWNJ (emoji sequences and
/// several scripts need them) and the marks LRM, RLM and ALM, which only nudge direction. Lone
/// surrogates become U+FFFD.
QString sanitizePlainText(QStringView text);

} // namespace CareDesk
