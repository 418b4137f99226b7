-- Issue 25: every case of the officers' queue has an index in its own order (newest first, by
-- time and then number), so that a page costs the same at 10,000 rows and at 1,000,000, and a
-- page after a cursor the same at any depth. A receipt is found by its unique index.
DROP INDEX applications_queue;
CREATE INDEX applications_queue ON applications (institution, status, received_at, receipt);
CREATE INDEX applications_by_institution ON applications (institution, received_at, receipt);
CREATE INDEX applications_by_status ON applications (status, received_at, receipt);
DROP INDEX applications_by_time;
CREATE INDEX applications_by_time ON applications (received_at, receipt);
