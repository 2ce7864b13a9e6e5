"""Constants and helpers shared by the end-to-end tests (imported by conftest and tests)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM = os.environ.get("SANAD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PROJECT = Path(__file__).resolve().parents[2]
SCREENSHOTS = PROJECT / "artifacts" / "screenshots"
README_SCREENSHOTS = PROJECT / "web" / "screenshots"
DESKTOP = {"width": 1100, "height": 760}
SHOT_WIDTH = 640  # desktop screenshots keep the widget's side of the page
PHONE = {"width": 375, "height": 700}


def save_screenshot(page, name: str, clip: dict | None = None) -> Path:
    """Save to artifacts/screenshots/; also to web/screenshots/ (the README's copies) when
    SANAD_UPDATE_SCREENSHOTS=1."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), clip=clip)
    if os.environ.get("SANAD_UPDATE_SCREENSHOTS") == "1":
        README_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, README_SCREENSHOTS / f"{name}.png")
    return path
