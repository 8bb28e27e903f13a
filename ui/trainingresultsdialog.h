// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/trainingresult.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace CareDesk {

/// The feedback after a rehearsed scenario: the total score (objectName "scoreLabel"), every
/// rubric point of every reply, earned or missed and why ("pointsTree"), and the scenario's
/// exemplary reply ("exemplaryReply"). "Export JSON..." writes the result as
/// `caredesk-cli training results --json` does.
class TrainingResultsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingResultsDialog)

public:
    explicit TrainingResultsDialog(const TrainingResult &result, QWidget *parent = nullptr);

    const TrainingResult &result() const { return m_result; }
    /// Writes the result as JSON; false with a message shown.
    bool exportTo(const QString &path);

private:
    TrainingResult m_result;
};

} // namespace CareDesk
