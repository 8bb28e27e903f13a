// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Script library files, JSON and CSV, read and written without I/O (bytes in, bytes out), so the
// CLI, the workspace's default library and the tests share one reader. A file is read whole or
// refused: the first malformed record is named by its number (and line) and nothing is taken.

#include "app/core/domain.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace CareDesk {

struct ScriptFileEntry {
    Script script; ///< ownerAgentId is 0; personal says whether the importing agent owns it
    bool personal = false;
    int record = 0; ///< 1-based: the script's place in a JSON file, its first row in a CSV file
    int line = 0; ///< where the record starts
};

struct ScriptFileContents {
    QList<ScriptFileEntry> scripts;
    QHash<QString, QString> links; ///< named links for {link:NAME}
};

/// JSON: `{"format": "caredesk-scripts", "version": 1, "links": {NAME: URL}, "scripts": [{"key",
/// "title", "shortcut", "category", "scope": "team"|"personal", "variants": [{"platform",
/// "language", "title", "body"}]}]}` (or the array of scripts alone). CSV (RFC 4180, a header
/// row): `key,title,shortcut,category,scope,platform,language,variant_title,body`, one row per
/// variant; rows with the same key (or, without one, the same title) make one script, whose
/// fields come from its first row. `usage_count` is written for information and never read.
class ScriptFile final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ScriptFile)

public:
    enum class Format { Json, Csv };
    /// The format a file name implies (.json, .csv); nullopt for anything else.
    static std::optional<Format> formatForPath(const QString &path);
    static std::optional<Format> formatFromString(const QString &name);

    static Result<ScriptFileContents> read(const QByteArray &data, Format format);
    static Result<ScriptFileContents> readJson(const QByteArray &data);
    static Result<ScriptFileContents> readCsv(const QByteArray &data);

    static QByteArray write(
        const QList<Script> &scripts, const QHash<QString, QString> &links, Format format);
    static QByteArray writeJson(const QList<Script> &scripts, const QHash<QString, QString> &links);
    static QByteArray writeCsv(const QList<Script> &scripts);

    static QJsonObject toJson(const Script &script);
};

} // namespace CareDesk
