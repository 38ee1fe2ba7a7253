"""Slowing down password guessing: a sliding window of failures per key.

The web app keys failures by user name and by client address (``attempt_key``); after
``limit`` failures within ``window`` seconds the key is locked until the oldest failure
leaves the window. A success clears the key. In memory, per process: enough for one
server; several processes behind one address each keep their own count (documented in
docs/SECURITY.md).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

from dossier.errors import AuthenticationError


class LoginLimiter:
    def __init__(self, limit: int = 5, window: float = 300.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> float:
        """Seconds until ``key`` may try again (0 if it may now)."""
        with self._lock:
            recent = self._prune(key)
            if len(recent) < self.limit:
                return 0.0
            return max(0.0, recent[0] + self.window - self._clock())

    def check(self, key: str) -> None:
        """AuthenticationError if ``key`` must wait; call it before checking a password."""
        wait = self.retry_after(key)
        if wait > 0:
            raise AuthenticationError(f"login: too many failed attempts; try again in {int(wait) + 1} s")

    def failed(self, key: str) -> None:
        with self._lock:
            self._prune(key).append(self._clock())

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _prune(self, key: str) -> deque[float]:
        recent = self._failures[key]
        cutoff = self._clock() - self.window
        while recent and recent[0] <= cutoff:
            recent.popleft()
        return recent


def attempt_key(user_name: str, client: str) -> list[str]:
    """The keys one login attempt counts against: the name tried and the client address."""
    return [f"user:{user_name.strip().lower()}", f"client:{client}"]
