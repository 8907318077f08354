-- Bulk sends leave places to replies by their own count, not by the total (see the PostgreSQL
-- migration of the same number): a ticket says whether it is bulk.
ALTER TABLE send_tickets ADD COLUMN bulk INTEGER NOT NULL DEFAULT 0;
