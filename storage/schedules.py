"""Daily digest broadcasts an admin scheduled: one per topic (or one for everyone)."""

from __future__ import annotations

from dataclasses import dataclass

from storage.database import Database, Row, utc_now


@dataclass(frozen=True, slots=True)
class Schedule:
    id: int
    admin_id: int
    topic: str | None
    at_time: str
    timezone: str
    last_run_on: str | None

    @classmethod
    def from_row(cls, row: Row) -> Schedule:
        return cls(
            id=row["id"],
            admin_id=row["admin_id"],
            topic=row["topic"],
            at_time=row["at_time"],
            timezone=row["timezone"],
            last_run_on=row["last_run_on"],
        )


class ScheduleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def set(
        self,
        admin_id: int,
        topic: str | None,
        at_time: str,
        timezone: str,
        *,
        ran_on: str | None = None,
    ) -> None:
        """Replace the topic's daily digest; ``ran_on``: the local date it counts as run on
        (today, when set up after today's time: the first goes out at the next one)."""
        async with self._db.transaction() as db:
            await db.write(
                "DELETE FROM scheduled_digests WHERE COALESCE(topic, '') = COALESCE(?, '')",
                (topic,),
            )
            await db.write(
                """INSERT INTO scheduled_digests
                       (admin_id, topic, at_time, timezone, created_at, last_run_on)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (admin_id, topic, at_time, timezone, utc_now(), ran_on),
            )

    async def remove(self, topic: str | None) -> bool:
        written = await self._db.write(
            "DELETE FROM scheduled_digests WHERE COALESCE(topic, '') = COALESCE(?, '')", (topic,)
        )
        return written.rowcount == 1

    async def all(self) -> list[Schedule]:
        rows = await self._db.fetch_all("SELECT * FROM scheduled_digests ORDER BY at_time, id")
        return [Schedule.from_row(row) for row in rows]

    async def ran(self, schedule_id: int, local_date: str) -> bool:
        """Claim the day's run; False if another instance (an overlapping leader) already
        claimed it, which then sends that day's digest instead of this one."""
        written = await self._db.write(
            "UPDATE scheduled_digests SET last_run_on = ? "
            "WHERE id = ? AND (last_run_on IS NULL OR last_run_on <> ?)",
            (local_date, schedule_id, local_date),
        )
        return written.rowcount == 1
