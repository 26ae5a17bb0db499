"""The error a hand edit (a statement correction, an actor merge) answers with when it cannot apply."""

from __future__ import annotations


class CorrectionError(ValueError):
    """A correction that cannot be applied; `param` names the offending field."""

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param = param
        self.message = message


class ConflictError(CorrectionError):
    """The statement changed since the editor (or API client) read it: their change is not applied."""

    def __init__(self, current_version: int, given_version: int):
        super().__init__(
            "version",
            f"the statement was changed by someone else (you edited version {given_version}, it is now at "
            f"version {current_version}); reload it and apply your change again",
        )
        self.current_version = current_version
