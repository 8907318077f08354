"""Sift's Telegram side: settings, application wiring, delivery, jobs and the CLI."""
