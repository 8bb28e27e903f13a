// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/repositories.h"
#include "app/core/scenario.h"
#include "app/core/screenmask.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextEdit;

namespace CareDesk {

/// The presenter layout (issue 9, Demonstration): a trainer at a projector walks a group through
/// a scenario or a real case one message at a time. Large type (1.75 times the application's,
/// Ctrl+= and Ctrl+- to adjust), the thread and a composer side by side, Space or Right for the
/// next message and Left for the previous one, H highlights the text selected in the thread (Esc
/// clears), and personal data is masked on screen by default (names, handles, order numbers,
/// e-mails, phones; the stored data is untouched). Platform text is shown as plain text only.
class PresenterWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterWindow)

public:
    explicit PresenterWindow(QWidget *parent = nullptr);
    ~PresenterWindow() override;

    /// Presents a scenario: its opening posts, then the exemplary reply and the customer's
    /// reaction to it, one step each.
    void showScenario(const Scenario &scenario);
    /// Presents a case: its messages, oldest first, one step each.
    void showCase(const CaseDetail &detail);
    /// Loads a scenario file (or resource) and presents it; false (with the reason shown) if it
    /// does not load.
    bool openScenarioFile(const QString &path);

    int step() const { return m_step; } ///< messages shown (0: none yet)
    int stepCount() const { return int(m_entries.size()); }
    void next();
    void previous();
    void setMasked(bool masked);
    bool isMasked() const;
    /// 1.0 is the presenter's base of 1.75 times the application's font.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    /// Shows the scenario's exemplary reply beside the thread.
    void revealExemplary(bool shown);
    /// Highlights the text selected in the thread; false without a selection.
    bool highlightSelection();
    void clearHighlights();
    int highlightCount() const { return int(m_highlights.size()); }

    /// The thread as it is on screen (masked when the mask is on).
    QString displayedText() const;
    QString displayedExemplary() const;
    QTextEdit *threadView() const { return m_thread; }
    QPlainTextEdit *composer() const { return m_composer; }

Q_SIGNALS:
    /// The trainer asked to present the case selected in the main window.
    void currentCaseRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry {
        Direction direction = Direction::In;
        Visibility visibility = Visibility::Public;
        QString author;
        QString text;
    };
    void buildUi();
    void createActions();
    void retranslate();
    void loadShipped();
    void openFile();
    void render();
    void applyFont();
    void updateStatus();
    void updateCounter();
    void resetMask();

    QList<Entry> m_entries;
    QString m_title;
    QString m_exemplary;
    Platform m_platform = Platform::X;
    QStringList m_names;
    QStringList m_handles;
    QStringList m_ids;
    ScreenMask m_mask;
    int m_step = 0;
    double m_zoom = 1.0;
    QList<QPair<int, int>> m_highlights; ///< (position, length) in the rendered thread
    QList<Scenario> m_shipped;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_stepLabel = nullptr;
    QComboBox *m_scenarioBox = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_caseButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_highlightButton = nullptr;
    QPushButton *m_revealButton = nullptr;
    QCheckBox *m_maskBox = nullptr;
    QTextEdit *m_thread = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QLabel *m_counterLabel = nullptr;
    QLabel *m_exemplaryTitle = nullptr;
    QLabel *m_exemplaryLabel = nullptr;
    QList<QAction *> m_actions;
};

} // namespace CareDesk
