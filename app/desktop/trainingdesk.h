// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"
#include "app/core/scenario.h"
#include "app/core/trainingresult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace CareDesk {

class Composer;
class MainWindow;
class Rehearsal;
class RehearsalDialog;
class SyncEngine;
class TrainingBanner;
class TrainingResultsDialog;
class Workspace;

/// The desktop's side of a training workspace (issue 9): the banner under the menu bar and the
/// tinted title, Tools > Start rehearsal... (objectName "startRehearsalAction"), Tools > End
/// rehearsal ("endRehearsalAction"), Tools > Load/Save training rubric..., the rehearsal itself
/// (its simulator connectors are the sync engine's, so the trainee's replies go through the
/// ordinary outbox) and the results dialog after each scenario.
class TrainingDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingDesk)

public:
    /// engine: the desktop's sync engine, whose simulator connectors deliver the replies.
    TrainingDesk(Workspace &workspace, MainWindow &window, SyncEngine &engine, Composer *composer,
        QObject *parent = nullptr);
    ~TrainingDesk() override;

    /// File > New training workspace... (objectName "newTrainingWorkspaceAction"), in every
    /// workspace: creates one in a file the trainer names and opens it in a new window.
    static void addNewWorkspaceAction(MainWindow &window);

    Rehearsal &rehearsal() { return *m_rehearsal; }
    TrainingBanner *banner() const { return m_banner; }
    /// Opens the scenario picker (shown, not modal); its Start starts the ticked scenarios.
    RehearsalDialog *openRehearsalDialog();
    /// Starts scenarios now (once the rehearsal is ready); returns how many started.
    int start(const QList<Scenario> &scenarios);
    /// The results dialog of the last finished scenario (null before).
    TrainingResultsDialog *lastResults() const;
    /// Updates the banner's status (a one-second timer calls it).
    void updateStatus();

Q_SIGNALS:
    void resultsShown(CareDesk::TrainingResultsDialog *dialog);

private:
    void attachConnectors();
    void showResults(const TrainingResult &result);

    Workspace &m_workspace;
    MainWindow &m_window;
    SyncEngine &m_engine;
    std::unique_ptr<Rehearsal> m_rehearsal;
    TrainingBanner *m_banner = nullptr; ///< owned by the window
    QPointer<RehearsalDialog> m_dialog;
    QPointer<TrainingResultsDialog> m_lastResults;
    QList<Scenario> m_waiting; ///< chosen before the rehearsal was ready
    QTimer m_statusTimer;
};

} // namespace CareDesk
