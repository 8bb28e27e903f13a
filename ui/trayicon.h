// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace CareDesk {

/// The tray icon (where the desktop has a tray): the application icon with the number of
/// unanswered cases in the agent's views, and a menu to show or hide the window, pause
/// notifications and quit. The count comes from outside (setCount); the tray knows no database.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    /// pauseNotifications: the window's checkable action, shared so both menus agree.
    TrayIcon(QWidget *window, QAction *pauseNotifications, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Whether this desktop shows tray icons at all.
    static bool isAvailable();

    void show();
    /// Unanswered cases in the agent's views; negative while unknown.
    void setCount(qint64 count);
    qint64 count() const { return m_count; }

    QAction *toggleWindowAction() const { return m_toggleAction; }
    QAction *pauseNotificationsAction() const { return m_pauseAction; }
    QAction *quitAction() const { return m_quitAction; }

Q_SIGNALS:
    void quitRequested();

private:
    void toggleWindow();
    void updateIcon();
    void updateToggleText();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_quitAction = nullptr;
    qint64 m_count = -1;
};

} // namespace CareDesk
