// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QTextStream>

namespace CareDesk {

/// `caredesk-cli count --platform P [--surface public|private] [--jsonl]` (ARCHITECTURE.md):
/// counts standard input with the platform's rule and prints
/// {"platform","surface","length","limit","remaining","valid"}. Without --jsonl the text is the
/// input exactly, less one trailing newline; with --jsonl every line is
/// {"text", "surface"?, "spoiler_text"?} and every output line one result, in order. Needs no
/// workspace. Bad input prints nothing on stdout, one sentence on stderr, and returns 2.
class CountCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::CountCommand)

public:
    CountCommand(QIODevice &input, QTextStream &out, QTextStream &err);

    /// surface is empty for the default (public).
    int run(const QString &platform, const QString &surface, bool jsonLines);

private:
    int fail(const QString &message);

    QIODevice &m_input;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CareDesk
