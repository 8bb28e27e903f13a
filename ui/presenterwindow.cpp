// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenterwindow.h"

#include "app/core/scenarioengine.h"
#include "app/core/textcounter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk {

namespace {
    constexpr double baseScale = 1.75;
    constexpr double zoomStep = 0.125;
    const QColor highlightColor(255, 226, 84);
} // namespace

PresenterWindow::PresenterWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"presenterWindow"_s);
    buildUi();
    createActions();
    retranslate();
    applyFont();
    loadShipped();
    resize(1280, 800);
}

PresenterWindow::~PresenterWindow() = default;

void PresenterWindow::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"presenterTitle"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    top->addWidget(m_titleLabel, 1);
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(u"presenterStep"_s);
    m_stepLabel->setTextFormat(Qt::PlainText);
    top->addWidget(m_stepLabel);
    layout->addLayout(top);

    auto *controls = new QHBoxLayout;
    m_scenarioBox = new QComboBox(this);
    m_scenarioBox->setObjectName(u"presenterScenarios"_s);
    m_scenarioBox->setFocusPolicy(Qt::ClickFocus); // Space and the arrows step, not pick
    controls->addWidget(m_scenarioBox, 1);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"presenterOpen"_s);
    controls->addWidget(m_openButton);
    m_caseButton = new QPushButton(this);
    m_caseButton->setObjectName(u"presenterCurrentCase"_s);
    controls->addWidget(m_caseButton);
    m_previousButton = new QPushButton(this);
    m_previousButton->setObjectName(u"presenterPrevious"_s);
    controls->addWidget(m_previousButton);
    m_nextButton = new QPushButton(this);
    m_nextButton->setObjectName(u"presenterNext"_s);
    controls->addWidget(m_nextButton);
    m_highlightButton = new QPushButton(this);
    m_highlightButton->setObjectName(u"presenterHighlight"_s);
    controls->addWidget(m_highlightButton);
    m_revealButton = new QPushButton(this);
    m_revealButton->setObjectName(u"presenterReveal"_s);
    m_revealButton->setCheckable(true);
    controls->addWidget(m_revealButton);
    m_maskBox = new QCheckBox(this);
    m_maskBox->setObjectName(u"presenterMask"_s);
    m_maskBox->setChecked(true);
    controls->addWidget(m_maskBox);
    for (QWidget *w : std::initializer_list<QWidget *> { m_openButton, m_caseButton,
             m_previousButton, m_nextButton, m_highlightButton, m_revealButton, m_maskBox })
        w->setFocusPolicy(Qt::ClickFocus);
    layout->addLayout(controls);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"presenterSplitter"_s);
    m_thread = new QTextEdit(splitter);
    m_thread->setObjectName(u"presenterThread"_s);
    m_thread->setReadOnly(true);
    m_thread->setAcceptRichText(false);
    // Mouse selection only: the keys step through the thread.
    m_thread->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_thread->setFocusPolicy(Qt::StrongFocus);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_composer = new QPlainTextEdit(side);
    m_composer->setObjectName(u"presenterComposer"_s);
    sideLayout->addWidget(m_composer, 2);
    m_counterLabel = new QLabel(side);
    m_counterLabel->setObjectName(u"presenterCounter"_s);
    m_counterLabel->setTextFormat(Qt::PlainText);
    m_counterLabel->setAlignment(Qt::AlignRight);
    sideLayout->addWidget(m_counterLabel);
    m_exemplaryTitle = new QLabel(side);
    m_exemplaryTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_exemplaryTitle->font();
    bold.setBold(true);
    m_exemplaryTitle->setFont(bold);
    sideLayout->addWidget(m_exemplaryTitle);
    m_exemplaryLabel = new QLabel(side);
    m_exemplaryLabel->setObjectName(u"presenterExemplary"_s);
    m_exemplaryLabel->setTextFormat(Qt::PlainText);
    m_exemplaryLabel->setWordWrap(true);
    m_exemplaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exemplaryLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    sideLayout->addWidget(m_exemplaryLabel, 1);
    m_exemplaryTitle->hide();
    m_exemplaryLabel->hide();
    splitter->addWidget(m_thread);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_scenarioBox, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_shipped.size())
            showScenario(m_shipped.at(index));
        m_thread->setFocus();
    });
    connect(m_openButton, &QPushButton::clicked, this, &PresenterWindow::openFile);
    connect(m_caseButton, &QPushButton::clicked, this, &PresenterWindow::currentCaseRequested);
    connect(m_previousButton, &QPushButton::clicked, this, &PresenterWindow::previous);
    connect(m_nextButton, &QPushButton::clicked, this, &PresenterWindow::next);
    connect(m_highlightButton, &QPushButton::clicked, this, &PresenterWindow::highlightSelection);
    connect(m_revealButton, &QPushButton::toggled, this, &PresenterWindow::revealExemplary);
    connect(m_maskBox, &QCheckBox::toggled, this, [this](bool) {
        m_highlights.clear(); // the masked text has other positions
        render();
    });
    connect(m_composer, &QPlainTextEdit::textChanged, this, &PresenterWindow::updateCounter);
    m_thread->setFocus();
}

void PresenterWindow::createActions()
{
    auto make = [this](const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.append(action);
        return action;
    };
    make(u"presenterNextAction"_s, { QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Right) },
        [this] { next(); });
    make(u"presenterPreviousAction"_s, { QKeySequence(Qt::Key_Left) }, [this] { previous(); });
    make(u"presenterHighlightAction"_s, { QKeySequence(Qt::Key_H) },
        [this] { highlightSelection(); });
    make(
        u"presenterClearAction"_s, { QKeySequence(Qt::Key_Escape) }, [this] { clearHighlights(); });
    make(u"presenterZoomInAction"_s,
        { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) },
        [this] { setZoom(m_zoom + zoomStep); });
    make(u"presenterZoomOutAction"_s, { QKeySequence(Qt::CTRL | Qt::Key_Minus) },
        [this] { setZoom(m_zoom - zoomStep); });
    make(u"presenterZoomResetAction"_s, { QKeySequence(Qt::CTRL | Qt::Key_0) },
        [this] { setZoom(1.0); });
    make(u"presenterMaskAction"_s, { QKeySequence(Qt::Key_M) }, [this] { setMasked(!isMasked()); });
    make(u"presenterRevealAction"_s, { QKeySequence(Qt::Key_R) },
        [this] { m_revealButton->toggle(); });
}

void PresenterWindow::retranslate()
{
    setWindowTitle(tr("Presenter"));
    setAccessibleName(tr("Presenter"));
    m_scenarioBox->setAccessibleName(tr("Shipped scenarios"));
    m_scenarioBox->setToolTip(tr("Present a scenario shipped with CareDesk"));
    m_openButton->setText(tr("Open scenario…"));
    m_openButton->setAccessibleName(tr("Open a scenario file"));
    m_caseButton->setText(tr("Current case"));
    m_caseButton->setAccessibleName(tr("Present the case selected in the main window"));
    m_previousButton->setText(tr("◀ Previous"));
    m_previousButton->setAccessibleName(tr("Previous message (Left)"));
    m_previousButton->setToolTip(tr("Previous message (Left)"));
    m_nextButton->setText(tr("Next ▶"));
    m_nextButton->setAccessibleName(tr("Next message (Space or Right)"));
    m_nextButton->setToolTip(tr("Next message (Space or Right)"));
    m_highlightButton->setText(tr("Highlight"));
    m_highlightButton->setAccessibleName(tr("Highlight the selected text (H; Esc clears)"));
    m_highlightButton->setToolTip(tr("Highlight the selected text (H; Esc clears)"));
    m_revealButton->setText(tr("Show exemplary reply"));
    m_revealButton->setAccessibleName(tr("Show the exemplary reply (R)"));
    m_revealButton->setToolTip(tr("Show the exemplary reply (R)"));
    m_maskBox->setText(tr("Mask personal data"));
    m_maskBox->setAccessibleName(tr("Mask personal data on screen (M)"));
    m_maskBox->setToolTip(tr("Names, handles, order numbers, e-mails and phones are replaced on "
                             "screen; nothing stored changes (M)"));
    m_thread->setAccessibleName(tr("Presented thread"));
    m_composer->setAccessibleName(tr("Presenter composer"));
    m_composer->setPlaceholderText(tr("Write a reply in front of the group…"));
    m_counterLabel->setAccessibleName(tr("Characters"));
    m_exemplaryTitle->setText(tr("Exemplary reply"));
    m_exemplaryLabel->setAccessibleName(tr("Exemplary reply"));
    m_titleLabel->setAccessibleName(tr("Presented scenario or case"));
    m_stepLabel->setAccessibleName(tr("Step"));
    const QStringList names { tr("Next message"), tr("Previous message"), tr("Highlight selection"),
        tr("Clear highlights"), tr("Larger text"), tr("Smaller text"), tr("Default text size"),
        tr("Mask personal data"), tr("Show exemplary reply") };
    for (qsizetype i = 0; i < m_actions.size() && i < names.size(); ++i)
        m_actions.at(i)->setText(names.at(i));
    updateStatus();
    updateCounter();
}

void PresenterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresenterWindow::loadShipped()
{
    const Result<QList<Scenario>> shipped = ScenarioLibrary::shipped();
    if (!shipped.ok())
        return;
    m_shipped = shipped.value();
    const QString language = QLocale().name().left(2);
    for (const Scenario &s : std::as_const(m_shipped))
        m_scenarioBox->addItem(
            u"%1 (%2, %3)"_s.arg(s.title(language), s.language, platformDisplayName(s.platform)));
    m_scenarioBox->setCurrentIndex(-1);
}

void PresenterWindow::openFile()
{
    const QString dir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/scenarios"_s;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open scenario"), dir, tr("Scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openScenarioFile(path);
}

bool PresenterWindow::openScenarioFile(const QString &path)
{
    const Result<Scenario> loaded = ScenarioLibrary::load(path);
    if (!loaded.ok()) {
        m_titleLabel->setText(loaded.error().message);
        return false;
    }
    showScenario(loaded.value());
    return true;
}

void PresenterWindow::resetMask()
{
    m_mask = ScreenMask();
    for (const QString &n : std::as_const(m_names))
        m_mask.addName(n);
    for (const QString &h : std::as_const(m_handles))
        m_mask.addHandle(h);
    for (const QString &i : std::as_const(m_ids))
        m_mask.addId(i);
}

void PresenterWindow::showScenario(const Scenario &scenario)
{
    m_entries.clear();
    m_names.clear();
    m_handles.clear();
    m_ids.clear();
    m_highlights.clear();
    m_platform = scenario.platform;
    m_title = scenario.title(QLocale().name().left(2));
    m_exemplary = scenario.exemplaryReply;
    m_names << scenario.customer.name;
    m_handles << scenario.customer.handle;
    auto author = [](const ScenarioCustomer &c) {
        return c.handle.isEmpty()
            ? c.name
            : u"%1 (@%2)"_s.arg(c.name, QString(c.handle).remove(QRegularExpression(u"^@+"_s)));
    };
    for (const ScenarioPost &post : scenario.opening) {
        Entry e;
        e.visibility = post.visibility;
        e.author = author(post.hasAuthor ? post.author : scenario.customer);
        e.text = post.text;
        if (post.hasAuthor) {
            m_names << post.author.name;
            m_handles << post.author.handle;
        }
        m_entries.append(e);
    }
    if (!scenario.exemplaryReply.trimmed().isEmpty()) {
        Entry reply;
        reply.direction = Direction::Out;
        reply.visibility = scenario.exemplaryVisibility;
        reply.author = tr("Agent (exemplary reply)");
        reply.text = scenario.exemplaryReply;
        m_entries.append(reply);
        // The customer's reaction to it, as the simulator would play it.
        for (const ScenarioRule &rule : scenario.rules) {
            if (rule.condition == ScenarioCondition::IgnoredFor)
                continue;
            if (!ScenarioEngine::matches(
                    rule.condition, scenario.exemplaryReply, scenario.exemplaryVisibility))
                continue;
            Entry reaction;
            reaction.visibility = rule.response.visibility.value_or(scenario.exemplaryVisibility);
            reaction.author = author(scenario.customer);
            reaction.text = rule.response.text;
            m_entries.append(reaction);
            break;
        }
    }
    m_revealButton->setEnabled(!m_exemplary.isEmpty());
    m_scenarioBox->setCurrentIndex(-1);
    for (qsizetype i = 0; i < m_shipped.size(); ++i) {
        if (m_shipped.at(i).id == scenario.id)
            m_scenarioBox->setCurrentIndex(int(i));
    }
    m_step = m_entries.isEmpty() ? 0 : 1;
    resetMask();
    render();
    m_thread->setFocus();
}

void PresenterWindow::showCase(const CaseDetail &detail)
{
    m_entries.clear();
    m_names.clear();
    m_handles.clear();
    m_ids.clear();
    m_highlights.clear();
    m_platform = detail.summary.value.platform;
    m_title = tr("Case %1").arg(detail.summary.value.id);
    m_exemplary.clear();
    m_names << detail.customer.name << detail.summary.customerName;
    for (const Identity &identity : detail.identities) {
        m_names << identity.displayName;
        m_handles << identity.handle;
        m_ids << identity.platformUserId;
    }
    m_ids << detail.customer.crmRef; // e-mails and phones are found by their patterns
    for (const Message &m : detail.messages) {
        Entry e;
        e.direction = m.direction;
        e.visibility = m.visibility;
        e.author = m.authorName;
        e.text = m.text;
        if (m.direction == Direction::In)
            m_names << m.authorName;
        m_entries.append(e);
    }
    m_revealButton->setChecked(false);
    m_revealButton->setEnabled(false);
    m_scenarioBox->setCurrentIndex(-1);
    m_step = m_entries.isEmpty() ? 0 : 1;
    resetMask();
    render();
    m_thread->setFocus();
}

void PresenterWindow::next()
{
    if (m_step >= m_entries.size())
        return;
    ++m_step;
    render();
}

void PresenterWindow::previous()
{
    if (m_step <= (m_entries.isEmpty() ? 0 : 1))
        return;
    --m_step;
    render();
}

void PresenterWindow::setMasked(bool masked)
{
    m_maskBox->setChecked(masked);
}

bool PresenterWindow::isMasked() const
{
    return m_maskBox->isChecked();
}

void PresenterWindow::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.5, 3.0);
    applyFont();
}

void PresenterWindow::applyFont()
{
    // What the room reads is large; the trainer's controls keep the usual size so they fit in a
    // row at 1280 pixels.
    QFont f = QApplication::font();
    const double base = f.pointSizeF() > 0 ? f.pointSizeF() : 10.0;
    f.setPointSizeF(base * baseScale * m_zoom);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_thread, m_composer, m_exemplaryLabel, m_counterLabel, m_stepLabel })
        w->setFont(f);
    QFont title = f;
    title.setBold(true);
    title.setPointSizeF(f.pointSizeF() * 1.15);
    m_titleLabel->setFont(title);
    QFont bold = f;
    bold.setBold(true);
    m_exemplaryTitle->setFont(bold);
    m_thread->document()->setDefaultFont(f);
    // Room for the longest step text, so the title never pushes it off the window.
    m_stepLabel->setMinimumWidth(
        QFontMetrics(f).horizontalAdvance(tr("Message %1 of %2").arg(888).arg(888)));
    render();
}

void PresenterWindow::revealExemplary(bool shown)
{
    if (m_revealButton->isChecked() != shown)
        m_revealButton->setChecked(shown); // comes back here through toggled
    m_exemplaryTitle->setVisible(shown && !m_exemplary.isEmpty());
    m_exemplaryLabel->setVisible(shown && !m_exemplary.isEmpty());
    m_exemplaryLabel->setText(isMasked() ? m_mask.mask(m_exemplary) : m_exemplary);
}

QString PresenterWindow::displayedExemplary() const
{
    return m_exemplaryLabel->isVisible() || m_revealButton->isChecked() ? m_exemplaryLabel->text()
                                                                        : QString();
}

void PresenterWindow::render()
{
    if (!m_thread)
        return;
    const bool masked = isMasked();
    QTextDocument *doc = m_thread->document();
    doc->clear();
    QTextCursor cursor(doc);
    QTextCharFormat authorFormat;
    authorFormat.setFontWeight(QFont::Bold);
    QTextCharFormat textFormat;
    const QPalette pal = palette();
    for (int i = 0; i < m_step && i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        QTextBlockFormat block;
        block.setTopMargin(i == 0 ? 0 : m_thread->font().pointSizeF());
        if (e.direction == Direction::Out) {
            block.setBackground(pal.color(QPalette::AlternateBase));
            block.setLeftMargin(m_thread->font().pointSizeF() * 3);
        }
        if (i > 0)
            cursor.insertBlock(block);
        else
            cursor.setBlockFormat(block);
        const QString author
            = masked && e.direction == Direction::In ? m_mask.mask(e.author) : e.author;
        const QString surface = e.visibility == Visibility::Private ? tr("private") : tr("public");
        QTextCharFormat meta = authorFormat;
        meta.setForeground(
            e.direction == Direction::Out ? pal.color(QPalette::Link) : pal.color(QPalette::Text));
        cursor.insertText(u"%1 · %2"_s.arg(author, surface), meta);
        QTextBlockFormat body = block;
        body.setTopMargin(0);
        cursor.insertBlock(body);
        // Plain text only: platform text is untrusted.
        cursor.insertText(masked ? m_mask.mask(e.text) : e.text, textFormat);
    }
    const int end = int(doc->characterCount()) - 1;
    for (const auto &[position, length] : std::as_const(m_highlights)) {
        if (position + length > end)
            continue;
        QTextCursor c(doc);
        c.setPosition(position);
        c.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setBackground(highlightColor);
        f.setForeground(Qt::black);
        c.mergeCharFormat(f);
    }
    m_thread->moveCursor(QTextCursor::End);
    m_thread->ensureCursorVisible();
    if (m_exemplaryLabel)
        m_exemplaryLabel->setText(masked ? m_mask.mask(m_exemplary) : m_exemplary);
    updateStatus();
}

bool PresenterWindow::highlightSelection()
{
    const QTextCursor selection = m_thread->textCursor();
    if (!selection.hasSelection())
        return false;
    m_highlights.append(
        { selection.selectionStart(), selection.selectionEnd() - selection.selectionStart() });
    render();
    return true;
}

void PresenterWindow::clearHighlights()
{
    if (m_highlights.isEmpty())
        return;
    m_highlights.clear();
    render();
}

QString PresenterWindow::displayedText() const
{
    return m_thread->toPlainText();
}

void PresenterWindow::updateStatus()
{
    if (!m_stepLabel)
        return;
    m_titleLabel->setText(
        m_title.isEmpty() ? tr("Choose a scenario or present the current case") : m_title);
    m_stepLabel->setText(
        m_entries.isEmpty() ? QString() : tr("Message %1 of %2").arg(m_step).arg(m_entries.size()));
    m_previousButton->setEnabled(m_step > 1);
    m_nextButton->setEnabled(m_step < m_entries.size());
}

void PresenterWindow::updateCounter()
{
    if (!m_counterLabel)
        return;
    const CountResult count
        = TextCounter::count(m_platform, Surface::Public, m_composer->toPlainText());
    m_counterLabel->setText(tr("%1 / %2").arg(count.length).arg(count.limit));
}

} // namespace CareDesk
