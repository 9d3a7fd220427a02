"""Fetching pages and feeds over HTTP, politely and defensively.

Timeouts, a redirect limit, a cap on the body size, retries with exponential back-off
for transient failures (timeouts, connection errors, 429 and 5xx), and a User-Agent that
says who we are. Failures come back as a one-line reason, never as an exception.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from parallax import __version__

USER_AGENT = f"Parallax/{__version__} (news comparison; +https://example.org/parallax)"


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 10.0
    max_redirects: int = 5
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 2
    backoff: float = 0.5


@dataclass(frozen=True)
class Fetched:
    url: str
    content: bytes
    content_type: str


class FetchError(Exception):
    """A fetch that failed for good; the message is the one-line reason."""


_TRANSIENT = {429, 500, 502, 503, 504}


class Fetcher:
    def __init__(self, policy: FetchPolicy | None = None, client: httpx.Client | None = None):
        self.policy = policy or FetchPolicy()
        self.client = client or httpx.Client(
            timeout=self.policy.timeout,
            follow_redirects=True,
            max_redirects=self.policy.max_redirects,
            headers={"User-Agent": USER_AGENT},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str) -> Fetched:
        """GET ``url``; raise ``FetchError`` with a clear reason when it cannot be had."""
        last = "no attempt"
        for attempt in range(self.policy.retries + 1):
            if attempt:
                time.sleep(self.policy.backoff * 2 ** (attempt - 1))
            try:
                return self._get_once(url)
            except _Transient as exc:
                last = str(exc)
            except httpx.TooManyRedirects:
                raise FetchError(f"more than {self.policy.max_redirects} redirects") from None
            except httpx.TimeoutException:
                last = f"timed out after {self.policy.timeout:g} s"
            except httpx.TransportError as exc:
                last = f"connection failed ({type(exc).__name__})"
            except httpx.InvalidURL as exc:
                raise FetchError(f"invalid URL ({exc})") from None
        raise FetchError(f"{last} (after {self.policy.retries + 1} attempts)")

    def _get_once(self, url: str) -> Fetched:
        with self.client.stream("GET", url) as response:
            status = response.status_code
            if status in _TRANSIENT:
                raise _Transient(f"HTTP {status}")
            if status >= 400:
                raise FetchError(f"HTTP {status}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                raise FetchError(f"body too large ({int(declared)} bytes)")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.policy.max_bytes:
                    raise FetchError(f"body larger than {self.policy.max_bytes} bytes")
                chunks.append(chunk)
            return Fetched(
                url=str(response.url),
                content=b"".join(chunks),
                content_type=response.headers.get("content-type", ""),
            )


class _Transient(Exception):
    pass
