"""JSON responses serialised once, straight to bytes, by orjson.

FastAPI serialises a returned model by validating it against the response model and then
encoding it; the read path builds plain dicts in the documented shape instead (the tests
compare them with the pydantic schemas), so one orjson call writes the body.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import Response


class JsonBytes(Response):
    """`application/json` from dicts, lists, str, int, float, bool, None, dates and datetimes."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z)
