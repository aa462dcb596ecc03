"""Browser fixtures: one headless Debian chromium per session, pages that record every problem, the built map.

The map must work offline from disk, so a page records console errors, uncaught exceptions, failed
requests and every request whose URL is not ``file:``, ``data:``, ``blob:`` or ``about:``; such
requests are aborted, never sent. Without chromium or playwright the tests skip locally and fail
under CI (``CI=true``), where they must run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tools.chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
READY = "() => !!(window.bordermap && window.bordermap.ready === true)"
READY_TIMEOUT_MS = 30_000
VIEWPORT = {"width": 1280, "height": 800}


def in_ci() -> bool:
    """Whether this run is CI's, where browser tests must run rather than skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def unavailable(reason: str) -> None:
    """Skip with ``reason`` locally; fail loudly under CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI is set: browser tests must run, not skip)", pytrace=False)
    pytest.skip(reason)


def is_local(url: str) -> bool:
    """Whether a request URL stays on this machine (the page may load nothing else)."""
    return url.lower().startswith(LOCAL_SCHEMES)


@dataclass
class MapPage:
    """A page and everything that went wrong on it."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    network_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Every recorded problem, one line each."""
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"uncaught exception: {m}" for m in self.page_errors]
            + [f"failed request: {m}" for m in self.failed_requests]
            + [f"network request (the map must work offline): {m}" for m in self.network_requests]
            + [f"dialog opened: {m}" for m in self.dialogs]
        )

    def assert_clean(self) -> None:
        """Fail listing every problem, if there is any."""
        problems = self.problems()
        if problems:
            raise AssertionError(f"{len(problems)} problem(s) on {self.page.url}:\n  " + "\n  ".join(problems))

    def wait_ready(self, frame: Any = None, timeout_ms: int = READY_TIMEOUT_MS) -> None:
        """Wait for ``window.bordermap.ready === true`` in the page (or one of its frames)."""
        target = frame or self.page
        try:
            target.wait_for_function(READY, timeout=timeout_ms)
        except Exception as err:  # playwright's TimeoutError, or the page crashing
            state = _safe_eval(
                target,
                "() => ({bordermap: typeof window.bordermap, ready: window.bordermap && window.bordermap.ready})",
            )
            problems = "\n  ".join(self.problems()) or "(none recorded)"
            raise AssertionError(
                f"window.bordermap.ready never became true within {timeout_ms / 1000:.0f} s on {target.url}: "
                f"{type(err).__name__}; state {state}; problems:\n  {problems}"
            ) from None


def _safe_eval(target: Any, script: str) -> Any:
    try:
        return target.evaluate(script)
    except Exception as err:
        return f"<cannot evaluate: {err}>"


def _describe_request(request: Any) -> str:
    failure = request.failure
    return f"{request.method} {request.url}" + (f" ({failure})" if failure else "")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium, headless, launched once per session (playwright gives it a fresh profile)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed: pip install -e '.[test]'")
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        unavailable(f"{CHROMIUM} is missing: apt-get install -y chromium (never `playwright install`)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_page(browser: Any) -> Iterator[Callable[[], MapPage]]:
    """Open pages, each in a fresh context (no shared storage), recording every problem."""
    contexts: list[Any] = []

    def make() -> MapPage:
        context = browser.new_context(viewport=VIEWPORT)
        contexts.append(context)
        page = context.new_page()
        record = MapPage(page)

        def on_console(msg: Any) -> None:
            if msg.type == "error":
                loc = msg.location or {}
                where = f" [{loc.get('url', '')}:{loc.get('lineNumber', '')}]" if loc.get("url") else ""
                record.console_errors.append(msg.text + where)

        def on_request(request: Any) -> None:
            if not is_local(request.url):
                record.network_requests.append(f"{request.method} {request.url}")

        def on_dialog(dialog: Any) -> None:
            record.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        def block(route: Any) -> None:
            route.abort()

        page.on("console", on_console)
        page.on("pageerror", lambda err: record.page_errors.append(str(err)))
        page.on("dialog", on_dialog)
        context.on("request", on_request)
        context.on("requestfailed", lambda request: record.failed_requests.append(_describe_request(request)))
        context.route(lambda url: not is_local(url), block)  # recorded above; never sent
        return record

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def open_map(new_page: Callable[[], MapPage]) -> Callable[[str], MapPage]:
    """``open_map(url)``: a new page at ``url`` once ``window.bordermap.ready`` is true (30 s at most)."""

    def open_(url: str) -> MapPage:
        record = new_page()
        record.page.goto(url, wait_until="load", timeout=READY_TIMEOUT_MS)
        record.wait_ready()
        return record

    return open_


@pytest.fixture(scope="session")
def built_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled map, built once by ``python build_map.py --out <tmp>/index.html``."""
    script = ROOT / "build_map.py"
    out = tmp_path_factory.mktemp("map") / "index.html"
    proc = subprocess.run(
        [sys.executable, str(script), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert proc.returncode == 0, f"build_map.py --out failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}"
    assert out.is_file() and out.stat().st_size > 0, f"build_map.py --out wrote nothing at {out}"
    return out


@pytest.fixture(scope="session")
def exported() -> dict[str, Any]:
    """The events as ``python -m geo export --format geojson`` prints them."""
    proc = subprocess.run(
        [sys.executable, "-m", "geo", "export", "--format", "geojson"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)
