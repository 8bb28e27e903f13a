// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/types.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;

namespace CareDesk {

class MainWindow;
class MetricsRepository;
class ReportsWindow;
class Workspace;

/// Wires the reports into the desktop: Tools > Reports (objectName "reportsAction") opens the
/// reports window for the current agent (their own figures unless they supervise), and Case >
/// Send CSAT survey (objectName "sendCsatAction") queues the survey on the selected case.
class ReportsDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsDesk)

public:
    ReportsDesk(Workspace &workspace, MainWindow &window, QObject *parent = nullptr);
    ~ReportsDesk() override;

    /// Opens (or raises) the reports window.
    ReportsWindow *openReports();
    MetricsRepository &metrics() { return *m_metrics; }
    /// The survey question until per-platform scripts carry it.
    static QString surveyText(Platform platform);

private:
    void sendSurvey();

    Workspace &m_workspace;
    MainWindow &m_window;
    std::unique_ptr<MetricsRepository> m_metrics;
    QPointer<ReportsWindow> m_reports;
    Id m_agentId = 0;
    bool m_supervisor = true;
};

} // namespace CareDesk
