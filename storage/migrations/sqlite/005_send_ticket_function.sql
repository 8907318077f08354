-- PostgreSQL only (a function granting send tickets in one statement): SQLite instances grant
-- them in a transaction under SQLite's write lock (storage.pace), so nothing changes here.
SELECT 1;
