-- History and call panel figures: covering indexes for the monthly totals, the "today" summary and
-- the history filters, the same for SQLite and PostgreSQL (measured on 100,000 sessions and 5,000
-- clients with bench/bench_startup).
--
-- 1. Totals filter on state IN ('ended', 'billed') and a started_at range, then sum currency,
-- billable_seconds and gross_minor (client_id joins the clients for the relationship filter). With
-- only sessions_state and sessions_started, SQLite picked sessions_state (an equality beats a range
-- in its estimate) and read every row of the table to keep one day: 25 ms for the "today" summary
-- at start-up. With (state, started_at, ...) both conditions narrow one index and the sums are read
-- from it without touching the table. It starts with state, so it also serves what sessions_state
-- served (the interrupted calls at start-up), which is dropped.
CREATE INDEX sessions_state_started ON sessions (state, started_at, currency, billable_seconds, gross_minor, client_id);
DROP INDEX sessions_state;

-- 2. The history counts its rows for a period and a relationship: the started_at range gives the
-- sessions, client_id then leads to the client's kind. sessions_started held no client_id, so each
-- of the 31,000 sessions of a year was read from the table: with (started_at, client_id) and
-- (id, kind) on clients the count reads two indexes only (26 ms to 10 ms). It starts with started_at,
-- so it serves the history's ORDER BY started_at as sessions_started did, which is dropped.
CREATE INDEX sessions_started_client ON sessions (started_at, client_id);
DROP INDEX sessions_started;
CREATE INDEX clients_id_kind ON clients (id, kind);
