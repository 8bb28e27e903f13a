-- SPDX-FileCopyrightText: 2026 CareDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v5, SQLite: the nearest pending SLA due time (SlaClock::nextDue; dues that no longer
-- apply are 0), for "SLA due first", "at risk" and "breached" of open cases (resolved ones have
-- none), covering, so counting breached cases reads only the index. Multi-argument min() is SQLite's
-- LEAST; the expression is spelled exactly so in CaseViews.
CREATE INDEX cases_sla_due ON cases (min(CASE WHEN first_response_due > 0 THEN first_response_due ELSE 9223372036854775807 END, CASE WHEN next_response_due > 0 THEN next_response_due ELSE 9223372036854775807 END, CASE WHEN resolution_due > 0 THEN resolution_due ELSE 9223372036854775807 END), id) WHERE status <> 'resolved';
