"""The account (`GET /me`) and the control plane's account operations (list, create, change)."""

from __future__ import annotations

from typing import Any

from ..errors import not_found
from ..store import Principal, locked
from ..timeline import Timeline


class AccountBackend(Timeline):
    """`get_account`, and `list_accounts` / `upsert_account` for the control plane."""

    @locked
    def get_account(self, who: Principal) -> dict[str, Any]:
        self.tick()
        acc = self.conn.execute("SELECT * FROM accounts WHERE id=?", (who.account_id,)).fetchone()
        groups = self.conn.execute("SELECT id FROM groups WHERE account_id=? ORDER BY id", (who.account_id,))
        return {
            "id": acc["id"],
            "currency": acc["currency"],
            "balance_changed_at": acc["balance_changed_at"],
            "is_text_deleted": bool(acc["is_text_deleted"]),
            "balance_amount": round(float(acc["balance"]), 4),
            "services": ["direct", "text2speech", "text2speech_ssml"],
            "groups": {str(g[0]): f"/groups/{g[0]}" for g in groups},
        }

    @locked
    def list_accounts(self) -> list[dict[str, Any]]:
        out = []
        for acc in self.conn.execute("SELECT * FROM accounts ORDER BY id").fetchall():
            tokens = self.conn.execute(
                "SELECT token, key_id, active FROM tokens WHERE account_id=? ORDER BY key_id", (acc["id"],)
            ).fetchall()
            out.append(
                {
                    "id": acc["id"],
                    "balance_amount": round(float(acc["balance"]), 4),
                    "currency": acc["currency"],
                    "active": bool(acc["active"]),
                    "is_text_deleted": bool(acc["is_text_deleted"]),
                    "tokens": [{"token": t[0], "key_id": t[1], "active": bool(t[2])} for t in tokens],
                }
            )
        return out

    @locked
    def upsert_account(
        self,
        *,
        token: str | None = None,
        account_id: int | None = None,
        balance: float | None = None,
        active: bool | None = None,
        currency: str | None = None,
        is_text_deleted: bool | None = None,
    ) -> dict[str, Any]:
        """Create (with a token) or change an account: balance, activation, currency, text deletion."""
        with self._tx() as c:
            if token is not None:
                account_id = self._ensure_token(c, token, active=True)
            if account_id is None or not c.execute("SELECT 1 FROM accounts WHERE id=?", (account_id,)).fetchone():
                raise not_found("Account not found.")
            if balance is not None:
                c.execute(
                    "UPDATE accounts SET balance=?, balance_changed_at=? WHERE id=?", (balance, self._now(), account_id)
                )
            if active is not None:
                c.execute("UPDATE accounts SET active=? WHERE id=?", (int(active), account_id))
            if currency is not None:
                c.execute("UPDATE accounts SET currency=? WHERE id=?", (currency, account_id))
            if is_text_deleted is not None:
                c.execute("UPDATE accounts SET is_text_deleted=? WHERE id=?", (int(is_text_deleted), account_id))
        self._clear_caches()
        return next(a for a in self.list_accounts() if a["id"] == account_id)
