"""One Telegram budget for every instance: send tickets kept in the database.

Telegram counts a bot's messages per second whichever instance sends them. Each instance paces
its own sends (``bot.pacing``: order, spacing, answers first); with several instances each send
also takes a ticket here. A ticket is live from the moment it is granted until a second after
its send was answered, when Telegram has surely counted it and the second it was counted in has
passed — the pacer's own window rule, held across instances. A ticket is granted only while
fewer than the cap are live, and a bulk send leaves ``bulk_reserve`` of them to interactive
replies (bulk tickets are counted apart for that: ``bulk_reserve`` fewer of them may be live),
so a broadcast on the leader never makes another instance's user wait for a second, and a reply
does not cost the broadcast a place it could have used.

The clock is the database's, so instances on machines whose clocks differ still agree. Grants
are serialised by a transaction-scoped advisory lock taken inside one function call
(PostgreSQL, migration 006) or by the write lock (SQLite).
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.database import Database, Dialect

# Negative keys: the leader lease and the migrations use positive ones. Written out in
# migrations/postgresql/006_bulk_tickets.sql.
PACE_LOCK = -0x5_1F7_0002
# A ticket whose send never reports back is taken as counted this long after it was granted,
# so one hung connection cannot hold a place in the window for ever.
UNANSWERED = 1.0
WINDOW = 1.0

_CLOCK: dict[Dialect, str] = {
    "postgresql": "extract(epoch FROM clock_timestamp())::double precision",
    "sqlite": "((julianday('now') - 2440587.5) * 86400.0)",
}


@dataclass(frozen=True, slots=True)
class Grant:
    """A ticket (``ticket`` set), or how many seconds to wait before asking again."""

    ticket: int | None
    wait: float = 0.0


class SendTickets:
    def __init__(self, db: Database, per_second: int, *, bulk_reserve: int = 1) -> None:
        if per_second < 1 or not 0 <= bulk_reserve < per_second:
            raise ValueError("need per_second ≥ 1 and 0 ≤ bulk_reserve < per_second")
        self._db = db
        self.per_second = per_second
        self.bulk_reserve = bulk_reserve
        self._clock = _CLOCK[db.dialect]

    async def take(self, *, bulk: bool) -> Grant:
        bulk_cap = self.per_second - self.bulk_reserve
        if self._db.dialect == "postgresql":
            # One statement (migration 006): the lock lives for microseconds in the server.
            row = await self._db.fetch_one(
                "SELECT ticket, wait FROM sift_take_send_ticket(?, ?, ?, ?)",
                (self.per_second, bulk_cap, bulk, UNANSWERED + WINDOW),
            )
            assert row is not None
            ticket = row["ticket"]
            return Grant(None if ticket is None else int(ticket), float(row["wait"]))
        async with self._db.transaction() as tx:
            clock = await tx.fetch_one(f"SELECT {self._clock}")
            assert clock is not None
            now = float(clock[0])
            await tx.write("DELETE FROM send_tickets WHERE expires <= ?", (now,))
            live = await tx.fetch_all("SELECT expires, bulk FROM send_tickets ORDER BY expires")
            every = [float(row[0]) for row in live]
            wait = _wait(every, self.per_second, now)
            if bulk:
                wait = max(wait, _wait([float(r[0]) for r in live if r[1]], bulk_cap, now))
            if wait > 0:
                return Grant(None, wait)
            row = await tx.fetch_one(
                "INSERT INTO send_tickets (expires, bulk) VALUES (?, ?) RETURNING id",
                (now + UNANSWERED + WINDOW, bulk),
            )
            assert row is not None
            return Grant(int(row[0]))

    async def answered(self, ticket: int) -> None:
        """The send was answered: its ticket lives one more window from now."""
        await self._db.write(
            f"UPDATE send_tickets SET expires = {self._clock} + ? WHERE id = ?",
            (WINDOW, ticket),
        )

    async def live(self) -> int:
        row = await self._db.fetch_one(
            f"SELECT COUNT(*) FROM send_tickets WHERE expires > {self._clock}"
        )
        return int(row[0]) if row else 0


def _wait(expiries: list[float], cap: int, now: float) -> float:
    """Seconds until fewer than ``cap`` of these (sorted) tickets are live; 0 if they are."""
    if len(expiries) < cap:
        return 0.0
    return max(0.001, expiries[len(expiries) - cap] - now)
