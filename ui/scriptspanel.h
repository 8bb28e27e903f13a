// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace CareDesk {

class ScriptListModel;

/// The composer's side panel of scripts: categories, search as you type, and Insert (or a
/// double click, or Return in the list) to put the script at the editor's cursor. Filters the
/// library the composer loaded, in memory: a few thousand scripts filter within a keystroke.
class ScriptsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptsPanel)

public:
    explicit ScriptsPanel(QWidget *parent = nullptr);

    void setLibrary(const QList<Script> &scripts, Platform platform, const QStringList &languages,
        const QString &uiLanguage);
    ScriptListModel *model() const { return m_model; }
    /// Focuses the search box (when the panel opens).
    void focusSearch();

Q_SIGNALS:
    void insertRequested(const CareDesk::Script &script);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void filter();
    void insertCurrent();

    QList<Script> m_library;
    Platform m_platform = Platform::X;
    QStringList m_languages;
    QString m_uiLanguage;
    QComboBox *m_category = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_insert = nullptr;
    ScriptListModel *m_model = nullptr;
};

} // namespace CareDesk
