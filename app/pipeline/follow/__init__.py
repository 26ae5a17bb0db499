"""Following sources: feeds and news sitemaps polled on a schedule, their new articles ingested.

The work is two job functions (`jobs.py`): `poll_source` (one conditional GET of a feed, its new
links recorded) and `fetch_item` (one article page fetched, extracted and stored with its link's
state in one transaction). Where they run is the runner's business: `queue.py` puts them on
procrastinate's PostgreSQL job queue, shared by any number of `tracker worker` processes on any
number of machines; `local.py` runs them in one process over SQLite. Everything a poll needs
between runs (validators, back-off, what was seen) is in the database, never in a worker.
"""
