// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"

#include <QObject>
#include <QStringList>

class QListView;
class QPlainTextEdit;

namespace CareDesk {

class ScriptListModel;

/// Typing `/` and a shortcut or part of a title in the composer's editor opens a list of
/// matching scripts at the cursor. The slash counts where a word starts (at the start of a line
/// or after a space), so "and/or" and URLs never open it. Up and Down choose, Return or Tab
/// inserts, Escape closes; the editor keeps the keyboard focus throughout.
class ScriptCompletion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptCompletion)

public:
    explicit ScriptCompletion(QPlainTextEdit *edit);
    ~ScriptCompletion() override;

    void setLibrary(const QList<Script> &scripts, Platform platform, const QStringList &languages,
        const QString &uiLanguage);
    /// The list (objectName "scriptPopup"); visible while a `/` word matches scripts.
    QListView *popup() const { return m_popup; }
    ScriptListModel *model() const { return m_model; }
    /// Opens the list at the cursor as if the agent had typed `/` (the "Insert script" action).
    void start();
    void close();

Q_SIGNALS:
    /// The agent picked a script to replace the text from start to end (the `/` word).
    void chosen(const CareDesk::Script &script, int start, int end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void accept();

    QPlainTextEdit *m_edit = nullptr;
    QListView *m_popup = nullptr;
    ScriptListModel *m_model = nullptr;
    QList<Script> m_library;
    Platform m_platform = Platform::X;
    QStringList m_languages;
    QString m_uiLanguage;
    int m_start = -1; ///< position of the `/` of the word being completed
};

} // namespace CareDesk
