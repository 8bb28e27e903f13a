// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"
#include "app/core/scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace CareDesk {

class Workspace;

/// `caredesk-cli training ...` (issue 9, trainer mode):
///   training scenarios [--json]                    the shipped scenarios
///   training results [--json]                      the kept results (everyone's for a trainer)
///   training rehearse SCENARIO --replies FILE [--rubric FILE] [--json]
/// rehearse plays a scenario (a shipped id or a scenario file) headless at simulated time: the
/// replies file gives the trainee's replies (JSON Lines {"text", "after_seconds"?, "visibility"?}
/// or one plain-text reply a line), each sent after_seconds (60 by default) after the customer's
/// latest message, through the outbox and the simulator connector, as in the desktop. It prints
/// the score. Given --workspace or --database (a training workspace) the result is kept there;
/// otherwise it plays in a temporary training workspace. Never opens a network connection.
class TrainingCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::TrainingCommand)

public:
    TrainingCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &positional, const QHash<QString, QString> &values,
        const QStringList &flags);

private:
    int fail(const Error &error);
    int usage(const QString &message);
    int scenarios(bool json);
    int results(bool json);
    int rehearse(const QString &scenario, bool json);
    Result<Scenario> findScenario(const QString &nameOrPath) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QHash<QString, QString> m_values;
    QStringList m_flags;
};

} // namespace CareDesk
