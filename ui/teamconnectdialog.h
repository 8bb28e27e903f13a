// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/result.h"

#include <QDialog>
#include <QFuture>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace CareDesk {

/// What the agent typed to reach a team workspace (a PostgreSQL database).
struct TeamConnection {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    bool rememberPassword = true; ///< store it in the keychain once the connection works
};

/// File > Connect to Team Workspace: host, port, database, user, password, "remember in the
/// keychain", Test connection and Connect. The widget knows no database: test opens the workspace
/// once off the GUI thread; connect does the same, stores the password when asked and remembers
/// the workspace. Both answer Done or one sentence, shown as plain text.
class TeamConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamConnectDialog)

public:
    using Check = std::function<QFuture<Result<Done>>(const TeamConnection &)>;

    TeamConnectDialog(Check test, Check connector, QWidget *parent = nullptr);
    ~TeamConnectDialog() override;

    /// Fills the fields (a remembered workspace whose password is missing or refused); a
    /// message says why the dialog is asking.
    void setConnection(const TeamConnection &connection, const QString &message = {});
    TeamConnection connection() const;

Q_SIGNALS:
    /// Connect worked: the caller opens this workspace.
    void connected(const CareDesk::TeamConnection &connection);

private:
    void run(bool connecting);
    void updateButtons();
    void showStatus(const QString &text, bool error);

    Check m_test;
    Check m_connect;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_connectButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace CareDesk
