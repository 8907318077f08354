"""What the engine's fork server imports once, before it forks any worker (never the bot).

Importing the engine takes about a second and a half (sumy, numpy, trafilatura, the claims
rules) and its first job loads what it loads lazily. Both happen here, once per bot process,
so every worker forked afterwards starts warm, in milliseconds, sharing these pages with the
fork server until it writes to them.
"""

from __future__ import annotations

from bot.engine_worker import WARM_UP_JOB, run_job

run_job(WARM_UP_JOB)
