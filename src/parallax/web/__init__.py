"""Web UI and JSON API (``parallax serve``)."""
