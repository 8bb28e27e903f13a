// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/scenario.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace CareDesk {

/// Tools > Start rehearsal...: the shipped scenarios and the files the trainer opens, with
/// platform, language and difficulty; the trainee ticks one or several (a busy hour) and starts.
/// The list has objectName "scenarioList", the buttons "openScenarioButton" and "startButton".
class RehearsalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RehearsalDialog)

public:
    RehearsalDialog(
        const QList<Scenario> &scenarios, const QString &uiLanguage, QWidget *parent = nullptr);

    /// The ticked scenarios, in list order.
    QList<Scenario> chosen() const;
    /// Ticks a scenario by id; false when it is not listed.
    bool choose(const QString &id);
    /// Adds a scenario file (also what "Open scenario file..." does); false with a message shown.
    bool addFile(const QString &path);
    /// "Easy", "Medium" or "Hard", from what the scenario asks of the trainee.
    static QString difficulty(const Scenario &scenario);

private:
    void addScenario(const Scenario &scenario, bool checked);
    void updateStart();

    QList<Scenario> m_scenarios;
    QString m_language;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace CareDesk
