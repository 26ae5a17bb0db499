"""`/docs`: the interactive API documentation, served entirely by this app.

FastAPI's own `/docs` loads Swagger UI from a CDN and starts it with an inline script, so
it is blank offline and needs a CSP exception. Here Swagger UI's files come from the
`swagger-ui-bundle-v2` package (Swagger UI 5, which reads OpenAPI 3.1), the page is one of
ours (skip link, navigation, footer) and `static/docs.js` starts it: the site-wide policy,
without inline script, holds for the docs too. ReDoc is not offered.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse
from swagger_ui_bundle import swagger_ui_path

from app.web.pages.common import render

ASSETS_DIR = Path(swagger_ui_path)
# Only what the page loads: the package also holds a demo index.html pointing at a public example.
ASSETS = {"swagger-ui.css": "text/css", "swagger-ui-bundle.js": "text/javascript"}
ASSET_CACHE = "public, max-age=86400"

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request):
    return render(request, "docs.html", {"openapi_url": request.app.openapi_url})


@router.get("/docs/assets/{name}")
def docs_asset(name: str):
    if name not in ASSETS:
        raise HTTPException(404, f"No documentation asset {name!r}.")
    return FileResponse(ASSETS_DIR / name, media_type=ASSETS[name], headers={"cache-control": ASSET_CACHE})
