// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QTextStream>

namespace CareDesk {

/// `caredesk-cli sentiment [--jsonl]`: scores standard input with the on-device scorer and prints
/// {"score":N,"label":"negative|neutral|positive"}. Without --jsonl the whole input is one text
/// (less one trailing newline); with --jsonl every line is {"text": ...} and every output line one
/// result, in order (empty lines are skipped). Needs no workspace. Bad input prints nothing on
/// stdout, one sentence on stderr naming the line, and returns 2.
class SentimentCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::SentimentCommand)

public:
    SentimentCommand(QIODevice &input, QTextStream &out, QTextStream &err);

    int run(bool jsonLines);

private:
    int fail(const QString &message);

    QIODevice &m_input;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CareDesk
