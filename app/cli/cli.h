// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace CareDesk {

class Workspace;

/// caredesk-cli: the contract of ARCHITECTURE.md (global options before or after the command,
/// snake_case JSON with string ids and ISO 8601 UTC times, exit codes 0/1/2/3/4/5, one sentence
/// on stderr per error).
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Cli)

public:
    enum Exit { Success = 0, Failure = 1, BadInput = 2, NotFound = 3, Conflict = 4, Unavailable = 5 };

    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    static int exitCodeFor(ErrorCode code);

private:
    struct Options {
        QStringList positional;
        QHash<QString, QString> values;
        QStringList flags;
        bool has(const QString &flag) const { return flags.contains(flag); }
    };

    Result<Options> parse(const QStringList &arguments) const;
    int fail(const Error &error);
    int usage(const QString &message);
    Result<int> check(const Options &options, const QStringList &valueOptions, const QStringList &flagOptions,
                      int minPositional, int maxPositional) const;

    int workspaceInit(const Options &options);
    int inbox(const Options &options);
    int show(const Options &options);
    int search(const Options &options);
    int reply(const Options &options);
    int outbox(const Options &options);
    int sync(const Options &options);
    void printJson(const QJsonValue &value);
    std::unique_ptr<Workspace> openWorkspace(const Options &options, Error *error);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CareDesk
