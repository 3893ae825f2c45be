"""Auth and IP blocking: tokens → principals (401/403), more than three bad tokens a minute → 429 for ten minutes."""

from __future__ import annotations

from .errors import FORBIDDEN, TOO_MANY, UNAUTHORIZED, EmulatorError
from .store import Principal, Store

AUTH_WINDOW = 60.0
AUTH_MAX_FAILURES = 3
AUTH_BLOCK = 600.0
AUTH_PRUNE_AT = 1024  # entries of per-IP auth state before stale ones are swept


class Auth(Store):
    """Authentication and the per-IP failure records (in memory: a restart forgets blocks)."""

    def _init_state(self) -> None:
        super()._init_state()
        self._auth_failures: dict[str, list[float]] = {}
        self._blocked_until: dict[str, float] = {}
        self._auth_prune_at = AUTH_PRUNE_AT

    def authenticate(self, token: str | None, ip: str) -> Principal:
        """Check the API token: 429 for a blocked IP, 401 for a bad token (counted), 403 for an inactive account."""
        now = self.clock.now()
        with self._lock:
            self.check_ip_block(ip)
            known = self._auth_cache.get(token) if token else None
            if known is None and token:
                row = self.conn.execute(
                    "SELECT t.key_id, t.account_id, t.active, a.active AS account_active FROM tokens t "
                    "JOIN accounts a ON a.id = t.account_id WHERE t.token=?",
                    (token,),
                ).fetchone()
                if row is not None:
                    principal = Principal(int(row["account_id"]), int(row["key_id"]))
                    known = self._auth_cache[token] = (principal, bool(row["active"] and row["account_active"]))
            if known is None:
                if self.ip_block:
                    self._prune_auth_state(now)
                    recent = [t for t in self._auth_failures.get(ip, []) if now - t < AUTH_WINDOW]
                    recent.append(now)
                    self._auth_failures[ip] = recent
                    if len(recent) > AUTH_MAX_FAILURES:
                        self._blocked_until[ip] = now + AUTH_BLOCK
                        self._auth_failures.pop(ip, None)
                raise EmulatorError(401, UNAUTHORIZED)
            if not known[1]:
                raise EmulatorError(403, FORBIDDEN)
            return known[0]

    def check_ip_block(self, ip: str) -> None:
        """429 (with Retry-After) while `ip` is blocked for bad tokens: for every request, known path or not."""
        if not self._blocked_until:
            return
        now = self.clock.now()
        with self._lock:
            until = self._blocked_until.get(ip)
            if until is not None:
                if now < until:
                    raise EmulatorError(429, TOO_MANY, {"Retry-After": str(max(1, int(until - now + 0.999)))})
                del self._blocked_until[ip]

    def _prune_auth_state(self, now: float) -> None:
        """Forget failures older than the window and blocks that ended, once the tables have grown.

        Without this, every IP that ever sent a bad token would keep an entry: a flood of bad tokens from
        many addresses would grow memory without bound.
        """
        if len(self._auth_failures) + len(self._blocked_until) < self._auth_prune_at:
            return
        self._auth_failures = {
            ip: times for ip, times in self._auth_failures.items() if times and now - times[-1] < AUTH_WINDOW
        }
        self._blocked_until = {ip: until for ip, until in self._blocked_until.items() if now < until}
        # Amortised: the next sweep comes when the tables have doubled again.
        self._auth_prune_at = max(AUTH_PRUNE_AT, 2 * (len(self._auth_failures) + len(self._blocked_until)))

    def clear_ip_blocks(self) -> None:
        with self._lock:
            self._auth_failures.clear()
            self._blocked_until.clear()
