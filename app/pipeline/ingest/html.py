"""HTML pages → drafts: trafilatura finds the main text and the metadata.

Navigation, captions, figure credits and comment boxes are left out so they
never reach the extractor.
"""

from __future__ import annotations

import re

from app.pipeline.ingest.draft import ArticleDraft, IngestError, draft_from_object

# Elements that are page furniture even inside the article body.
FURNITURE_XPATHS = [
    "//figure",
    "//figcaption",
    "//aside",
    "//*[contains(@class, 'caption')]",
    "//*[contains(@class, 'credit')]",
    "//*[contains(@class, 'newsletter')]",
]
_NEWLINES = re.compile(r"\n+")


def html_to_draft(html: str | bytes, where: str, url: str | None = None) -> ArticleDraft | IngestError:
    import trafilatura  # heavy import, only when HTML is ingested

    text = trafilatura.extract(
        html,
        url=url,
        output_format="txt",
        include_comments=False,
        include_images=False,
        include_tables=False,
        prune_xpath=FURNITURE_XPATHS,
        favor_precision=True,
    )
    if not text or not text.strip():
        return IngestError(where, "no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = meta.title if meta else None
    lines = text.strip().split("\n")
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]  # the headline is not part of the text
    body = _NEWLINES.sub("\n\n", "\n".join(lines)).strip()
    return draft_from_object(
        {
            "text": body,
            "title": title,
            "source": meta.sitename if meta else None,
            "url": (meta.url if meta and meta.url else None) or url,
            "published": meta.date if meta else None,
        },
        where,
    )
