// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/repositories.h"
#include "app/core/scenario.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace CareDesk {

/// "Turn into training scenario" (issue 9): shows the anonymised scenario built from a resolved
/// case, lets the supervisor edit it (the main fields, or the whole JSON), checks that no personal
/// data of the case came back in with an edit, and saves it as a scenario file.
class ScenarioFromCaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioFromCaseDialog)

public:
    ScenarioFromCaseDialog(
        const Scenario &scenario, const CaseDetail &source, QWidget *parent = nullptr);

    /// The scenario as edited (from the JSON tab when that is shown), or the error.
    Result<Scenario> scenario() const;
    /// Writes the edited scenario to path after the checks; the error is also shown.
    Result<Done> saveTo(const QString &path);
    /// The folder the Save dialog opens in: the user's data folder's scenarios/.
    static QString defaultFolder();

    QPlainTextEdit *exemplaryEdit() const { return m_exemplary; }
    QPlainTextEdit *jsonEdit() const { return m_json; }

private:
    void syncJson(int tab);
    void askAndSave();
    void showError(const QString &message);
    Scenario fromFields() const;

    Scenario m_scenario;
    CaseDetail m_source;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleRu = nullptr;
    QLineEdit *m_customerName = nullptr;
    QLineEdit *m_customerHandle = nullptr;
    QPlainTextEdit *m_opening = nullptr;
    QPlainTextEdit *m_exemplary = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace CareDesk
