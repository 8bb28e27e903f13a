// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/connector.h"
#include "app/core/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace CareDesk {

/// The JSON Lines import format (README, "Importing history"): one record a line. Pure: the
/// import command's reader thread, the tests and the fuzz target call it alike.
class ImportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::ImportFormat)

public:
    /// The longest message text taken, in UTF-8 bytes.
    static constexpr qsizetype maxTextBytes = 1024 * 1024;

    /// One line's message, or why the line was refused (empty message and empty reason for a
    /// line to skip quietly, such as a blank one).
    struct ParsedLine {
        std::optional<IncomingMessage> message;
        Platform platform = Platform::X;
        QString account;
        QString problem;
        bool unsupported = false; ///< a record type a later version imports
    };
    /// Reads one line of the format.
    static ParsedLine parseLine(const QByteArray &line);
};

} // namespace CareDesk
