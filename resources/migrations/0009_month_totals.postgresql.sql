-- Monthly totals of the whole history: the month of each counted session (ended or billed; NULL
-- otherwise) as a stored generated column (filled for existing rows by ALTER TABLE, kept by the
-- server on every insert and update), with a covering index in (month, currency) order so that
-- GROUP BY reads the index. SQLite keeps the same column with triggers (0009_month_totals.sqlite.sql).
ALTER TABLE sessions ADD COLUMN totals_month TEXT
    GENERATED ALWAYS AS (CASE WHEN state IN ('ended', 'billed') THEN substr(started_at, 1, 7) END) STORED;

CREATE INDEX sessions_totals_month ON sessions (totals_month, currency, billable_seconds, gross_minor);
