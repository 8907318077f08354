-- Bulk sends leave places to replies by their own count, not by the total: with the total, every
-- reply in the window took a place from the broadcast too (a user's /start every two seconds
-- cost a broadcast ~1 message a second). A ticket now says whether it is bulk, and a bulk send
-- is granted while fewer than the bulk cap of bulk tickets and fewer than the cap of all are live.
ALTER TABLE send_tickets ADD COLUMN bulk BOOLEAN NOT NULL DEFAULT FALSE;

DROP FUNCTION sift_take_send_ticket(integer, double precision);

CREATE FUNCTION sift_take_send_ticket(
    cap integer, bulk_cap integer, is_bulk boolean, lifetime double precision
)
RETURNS TABLE (ticket bigint, wait double precision)
LANGUAGE plpgsql AS $$
DECLARE
    now_s double precision := extract(epoch FROM clock_timestamp());
    live integer;
    live_bulk integer;
    freed double precision := now_s;
    freed_bulk double precision;
BEGIN
    PERFORM pg_advisory_xact_lock(-1375141890);  -- storage.pace.PACE_LOCK
    DELETE FROM send_tickets WHERE expires <= now_s;
    SELECT count(*), count(*) FILTER (WHERE bulk) INTO live, live_bulk FROM send_tickets;
    IF live < cap AND (NOT is_bulk OR live_bulk < bulk_cap) THEN
        INSERT INTO send_tickets (expires, bulk) VALUES (now_s + lifetime, is_bulk)
            RETURNING id INTO ticket;
        wait := 0;
    ELSE
        -- Enough tickets must expire to bring each count that is full below its cap.
        IF live >= cap THEN
            SELECT expires INTO freed FROM send_tickets ORDER BY expires OFFSET live - cap LIMIT 1;
        END IF;
        IF is_bulk AND live_bulk >= bulk_cap THEN
            SELECT expires INTO freed_bulk FROM send_tickets WHERE bulk
                ORDER BY expires OFFSET live_bulk - bulk_cap LIMIT 1;
            freed := greatest(freed, freed_bulk);
        END IF;
        ticket := NULL;
        wait := greatest(0.001, freed - now_s);
    END IF;
    RETURN NEXT;
END
$$;
