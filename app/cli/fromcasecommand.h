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

/// `caredesk-cli training from-case CASE_ID --out FILE [--id ID] [--json]` (issue 9, from real
/// cases to training): writes a resolved case as an anonymised training scenario file
/// (ScenarioFromCase). Refuses an unresolved case; in team mode only supervisors, trainers and
/// administrators may. Prints the file and the scenario id (--json: {"file", "id", "opening",
/// "platform"}).
class FromCaseCommand final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::FromCaseCommand)

public:
    FromCaseCommand(QTextStream &out, QTextStream &err);
    /// args: what follows "from-case".
    int run(Workspace &workspace, const QStringList &args, const QHash<QString, QString> &values,
        const QStringList &flags);

private:
    int fail(const Error &error);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CareDesk
