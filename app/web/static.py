"""Static files under fingerprinted names, cached by browsers for a year.

`static_url("app.css")` is `/static/app.<hash>.css`, the hash taken from the file's content
when the app starts: a changed file gets a new name, so a name can be cached for good
(`Cache-Control: immutable`). A name with a hash that is not the current one is a 404 (an old
page asking for an old file gets nothing stale); the plain name still works, revalidated
with its ETag on every use.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

FOREVER = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
_FINGERPRINTED = re.compile(r"^(?P<stem>.+)\.(?P<hash>[0-9a-f]{10})(?P<suffix>\.[A-Za-z0-9]+)$")


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


class FingerprintedStatic(StaticFiles):
    """`StaticFiles` that also serves `name.<hash>.ext` for the current hash of `name.ext`."""

    def __init__(self, directory: Path):
        super().__init__(directory=str(directory))
        self.hashes = {
            path.relative_to(directory).as_posix(): _fingerprint(path)
            for path in directory.rglob("*")
            if path.is_file()
        }

    def url(self, name: str) -> str:
        """The fingerprinted URL of `name` (a path under the static folder)."""
        digest = self.hashes.get(name)
        if digest is None:
            raise KeyError(f"no static file {name!r}")
        stem, dot, suffix = name.rpartition(".")
        return f"/static/{stem}.{digest}.{suffix}" if dot else f"/static/{name}.{digest}"

    async def get_response(self, path: str, scope: Scope) -> Response:
        match = _FINGERPRINTED.match(path)
        if match and self.hashes.get(match["stem"] + match["suffix"]) == match["hash"]:
            response = await super().get_response(match["stem"] + match["suffix"], scope)
            response.headers["Cache-Control"] = FOREVER
            return response
        response = await super().get_response(path, scope)
        if response.status_code in (200, 304):
            response.headers["Cache-Control"] = REVALIDATE
        return response
