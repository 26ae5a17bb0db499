"""The extractor's version, stored on every statement so re-extraction can tell old output from new.

Bump it whenever a change to the extract or resolve stage changes its output.
"""

EXTRACTOR_VERSION = "2026.12.41"
