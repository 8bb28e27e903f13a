// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/metrics.h"
#include "app/core/metricsrepository.h"
#include "app/core/metricstables.h"

#include <QAbstractTableModel>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace CareDesk {

class Clock;
class HeatmapWidget;

/// A table of a report (MetricsTable) for a view: display texts, raw values under Qt::UserRole.
class MetricsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsTableModel)

public:
    enum Role { RawValueRole = Qt::UserRole + 1 };
    explicit MetricsTableModel(QObject *parent = nullptr);
    /// headers and display rows are shown; raw rows (same shape) are what CSV export writes.
    void setTable(const MetricsTable &raw, const QList<QStringList> &display);
    const MetricsTable &table() const { return m_raw; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    MetricsTable m_raw;
    QList<QStringList> m_display;
};

/// The reports window (README, Metrics): a period and filters, the figures with their trend,
/// charts (volume over time, first response times, SLA attainment, sentiment shift), the
/// weekday-hour heatmap and the breakdown tables; exports an executive summary PDF and every
/// table as CSV. Computing runs on the metrics repository's own database thread.
class ReportsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsWindow)

public:
    /// Who looks: an agent (not a supervisor or administrator) sees their own figures only;
    /// agent 0 is the desktop's single local user, who sees everything.
    ReportsWindow(MetricsRepository &metrics, const Clock &clock, Id agentId, bool supervisor,
        QWidget *parent = nullptr);
    ~ReportsWindow() override;

    /// Recomputes for the chosen period and filters.
    void refresh();
    bool isComputing() const { return m_computing; }
    bool hasReport() const { return m_hasReport; }
    const MetricsReport &report() const { return m_report; }
    /// The options the controls describe.
    MetricsOptions options() const;

    /// Writes the executive summary; false with a message on failure.
    bool exportPdf(const QString &path, QString *error = nullptr) const;
    /// Writes every table as NAME.csv into the folder; returns the files written.
    QStringList exportCsv(const QString &folder, QString *error = nullptr) const;

Q_SIGNALS:
    /// A report arrived and is shown (or failed: the message is shown in the window).
    void reportReady();

private:
    void createControls();
    void loadChoices();
    void showReport();
    void showBreakdown();
    void exportPdfInteractive();
    void exportCsvInteractive();
    QString scopeText() const;

    MetricsRepository &m_metrics;
    const Clock &m_clock;
    Id m_agentId = 0;
    bool m_supervisor = true;
    quint64 m_request = 0;
    bool m_computing = false;
    bool m_hasReport = false;
    MetricsReport m_report;
    QDate m_computedFrom; ///< the period last asked for
    QDate m_computedTo;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_queue = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_dimension = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_headline = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_summaryView = nullptr;
    QTableView *m_breakdownView = nullptr;
    QTableView *m_slaView = nullptr;
    MetricsTableModel *m_summary = nullptr;
    MetricsTableModel *m_breakdown = nullptr;
    MetricsTableModel *m_sla = nullptr;
    HeatmapWidget *m_heatmap = nullptr;
    QChartView *m_volumeChart = nullptr;
    QChartView *m_responseChart = nullptr;
    QChartView *m_slaChart = nullptr;
    QChartView *m_sentimentChart = nullptr;
};

} // namespace CareDesk
