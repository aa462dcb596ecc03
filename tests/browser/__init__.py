"""Browser tests of the map page (headless Debian chromium through playwright)."""
