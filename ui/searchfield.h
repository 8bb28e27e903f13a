// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QTimer>

namespace CareDesk {

/// The search field above the inbox: asks for a search a moment after the last keystroke
/// (debounced), and gives up the search on Esc.
class SearchField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)

public:
    explicit SearchField(QWidget *parent = nullptr);

    /// Time after the last keystroke before searching (150 ms by default).
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }

Q_SIGNALS:
    /// Search for this text (never empty).
    void searchRequested(const QString &text);
    /// The agent cleared the field or pressed Esc: back to the view.
    void searchCancelled();
    /// Down arrow: on to the results.
    void resultsFocusRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onEdited();

    QTimer m_debounce;
};

} // namespace CareDesk
