"""The error a hand edit (a statement correction, an actor merge) answers with when it cannot apply."""

from __future__ import annotations


class CorrectionError(ValueError):
    """A correction that cannot be applied; `param` names the offending field."""

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param = param
        self.message = message
