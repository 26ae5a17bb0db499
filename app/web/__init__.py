"""Web layer: HTML pages and the JSON API, both thin over `app.query.service`."""
