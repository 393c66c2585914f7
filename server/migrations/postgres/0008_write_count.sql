-- Counts write requests across every server on the database: the generation of each server's
-- cache of feed pages (a sequence: no lock, no transaction, one read per cached request).
CREATE SEQUENCE kith_write_count;
