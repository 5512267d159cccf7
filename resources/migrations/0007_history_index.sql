-- History and call panel figures: one covering index for the monthly totals, the "today" summary
-- and the history filters, the same for SQLite and PostgreSQL.
-- Those queries filter on state IN ('ended', 'billed') and on a started_at range, then sum
-- currency, billable_seconds and gross_minor (client_id joins the clients for the relationship
-- filter). With only sessions_state and sessions_started, SQLite picked sessions_state (an
-- equality beats a range in its estimate) and read every row of the table to keep one day: 25 ms
-- for the "today" summary at start-up with 100,000 sessions, 90 ms for the totals of all months.
-- With (state, started_at, ...) both conditions narrow one index and the sums are read from it
-- without touching the table. It starts with state, so it also serves every query sessions_state
-- served (the interrupted calls at start-up), which is dropped.
CREATE INDEX sessions_state_started ON sessions (state, started_at, currency, billable_seconds, gross_minor, client_id);
DROP INDEX sessions_state;
