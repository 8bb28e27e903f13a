// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace CareDesk {

class CaseRepository;
class ChangeFeed;

/// The agent's main window: assembles the inbox and the conversation; holds no business logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(CaseRepository &cases, ChangeFeed &feed, const QString &workspaceName, QWidget *parent = nullptr);
};

} // namespace CareDesk
