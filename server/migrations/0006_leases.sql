-- Issue 24: the hourly jobs of several processes on one database. A job's lease is taken by one
-- process at a time (one statement: the row is free, or its time is up), so that N processes do
-- not all run retention at once; the statements of retention are safe to run together anyway.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until_ms BIGINT NOT NULL
);
