"""Query stage: one filter model → one SQLAlchemy `Select`, shared by pages and API."""
