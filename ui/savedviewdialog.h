// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/viewrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace CareDesk {

/// Builds a saved view: a name, the filters of InboxQuery and a sort. It stays open until the
/// panel has stored the view (a name taken shows its error here).
class SavedViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewDialog)

public:
    SavedViewDialog(const InboxFacets &facets, Id me, QWidget *parent = nullptr);

    /// Fills the form from a stored view (editing it).
    void setView(const SavedView &view);
    /// The view as the form describes it (id kept when editing).
    SavedView view() const;
    /// The query as the form describes it.
    InboxQuery query() const;
    void showError(const QString &message);

    void accept() override;

Q_SIGNALS:
    void viewAccepted(const CareDesk::SavedView &view);

private:
    QListWidget *checkList(const QString &objectName);

    Id m_me = 0;
    SavedView m_view;
    QLineEdit *m_name = nullptr;
    QListWidget *m_platforms = nullptr;
    QListWidget *m_accounts = nullptr;
    QListWidget *m_statuses = nullptr;
    QListWidget *m_priorities = nullptr;
    QComboBox *m_assignee = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_negative = nullptr;
    QComboBox *m_sla = nullptr;
    QSpinBox *m_atRiskMinutes = nullptr;
    QCheckBox *m_unanswered = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace CareDesk
