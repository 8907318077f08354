-- Granting a send ticket (storage.pace) in one statement: the budget's lock is then held for
-- microseconds inside the server, not across round trips from a busy instance, which had
-- serialised every instance's sends behind one another's event loops.
CREATE FUNCTION sift_take_send_ticket(lim integer, lifetime double precision)
RETURNS TABLE (ticket bigint, wait double precision)
LANGUAGE plpgsql AS $$
DECLARE
    now_s double precision := extract(epoch FROM clock_timestamp());
    live integer;
    freed double precision;
BEGIN
    PERFORM pg_advisory_xact_lock(-1375141890);  -- storage.pace.PACE_LOCK
    DELETE FROM send_tickets WHERE expires <= now_s;
    SELECT count(*) INTO live FROM send_tickets;
    IF live < lim THEN
        INSERT INTO send_tickets (expires) VALUES (now_s + lifetime) RETURNING id INTO ticket;
        wait := 0;
    ELSE
        -- Enough tickets must expire to bring the live ones below the limit.
        SELECT expires INTO freed FROM send_tickets ORDER BY expires OFFSET live - lim LIMIT 1;
        ticket := NULL;
        wait := greatest(0.001, freed - now_s);
    END IF;
    RETURN NEXT;
END
$$;
