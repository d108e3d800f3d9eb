"""Sending statements to a Learning Record Store over HTTP (stdlib only), in batches with retries.

Statement ids are deterministic, so a batch that is sent again after a lost answer, or a whole
database sent twice, stores nothing twice: the LRS answers 204 for statements it already holds.
``send`` reports each acknowledged batch through ``on_batch``, so the caller can remember what the
LRS holds and, after an interrupted send, say how much was stored and post only the rest.
"""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from trainer.interop.xapi import XAPI_VERSION

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_PAGES = 10_000


class LrsError(Exception):
    """The LRS refused the statements or could not be reached after every retry.

    ``report`` (set by ``send``) says what was acknowledged before the failure.
    """

    report: SendReport | None = None


@dataclass
class SendReport:
    sent: int = 0
    acknowledged: int = 0  # statements the LRS answered for: stored now, held already, or in conflict
    stored: int = 0  # statements the LRS did not have before
    batches: int = 0
    retries: int = 0
    conflicts: list[str] = field(default_factory=list)  # ids the LRS holds in a different form


LRS_ADDED = ("stored", "authority", "version")
"""Properties an LRS sets on the statements it stores; a client does not send them."""


def same_event(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Whether a statement the LRS holds under our id records the same event as ours.

    Ids are derived from the event (learner, verb, activity, time), so an LRS copy with the same id,
    actor account, verb and activity is our event as an earlier version of the program worded it
    (other titles, another language). Anything else under our id is a true conflict.
    """

    def account(s: dict[str, Any]) -> Any:
        return (s.get("actor") or {}).get("account")

    return (
        ours.get("id") == theirs.get("id")
        and account(ours) == account(theirs)
        and (ours.get("verb") or {}).get("id") == (theirs.get("verb") or {}).get("id")
        and (ours.get("object") or {}).get("id") == (theirs.get("object") or {}).get("id")
    )


def as_sent(held: dict[str, Any]) -> dict[str, Any]:
    """The LRS's copy of a statement without what the LRS added, as a client would send it."""
    return {k: v for k, v in held.items() if k not in LRS_ADDED}


@dataclass
class LrsClient:
    endpoint: str  # e.g. http://127.0.0.1:8100/xAPI
    user: str
    password: str
    timeout: float = 30.0
    retries: int = 4
    backoff: float = 0.5
    sleep: Callable[[float], None] = time.sleep

    @property
    def statements_url(self) -> str:
        base = self.endpoint.rstrip("/")
        return base if base.endswith("/statements") else base + "/statements"

    def _headers(self) -> dict[str, str]:
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
        return {
            "Authorization": f"Basic {token}",
            "X-Experience-API-Version": XAPI_VERSION,
            "Content-Type": "application/json",
        }

    def _request(self, method: str, url: str, body: bytes | None, report: SendReport | None) -> tuple[int, bytes]:
        """One request, retried with growing waits on network errors and 5xx/429; other errors raise at once."""
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                if report is not None:
                    report.retries += 1
                self.sleep(self.backoff * 2 ** (attempt - 1))
            req = urllib.request.Request(url, data=body, method=method, headers=self._headers())
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    return resp.status, resp.read()
            except urllib.error.HTTPError as exc:
                detail = exc.read().decode("utf-8", "replace")[:500]
                if exc.code in RETRY_STATUSES:
                    last = f"HTTP {exc.code}: {detail}"
                    continue
                return exc.code, detail.encode()
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                last = str(getattr(exc, "reason", exc))
                continue
        raise LrsError(f"{url}: no answer after {self.retries + 1} tries ({last})")

    def send(
        self,
        statements: Sequence[dict[str, Any]],
        batch_size: int = 100,
        on_batch: Callable[[list[str], list[str]], None] | None = None,
    ) -> SendReport:
        """POST the statements in batches; a batch with a conflict is re-sent one by one to name it.

        ``on_batch(held_ids, conflict_ids)`` is called after each batch the LRS has answered for.
        An ``LrsError`` carries the report of what was acknowledged before it.
        """
        report = SendReport()
        try:
            for start in range(0, len(statements), batch_size):
                batch = list(statements[start : start + batch_size])
                status, body = self._post(batch, report)
                report.sent += len(batch)
                conflicts: list[str] = []
                if status == 409:
                    for s in batch:
                        one_status, one_body = self._post([s], report)
                        if one_status == 409:
                            conflicts.append(s["id"])
                        else:
                            self._check(one_status, one_body, report)
                else:
                    self._check(status, body, report)
                report.conflicts += conflicts
                report.acknowledged += len(batch)
                if on_batch is not None:
                    on_batch([s["id"] for s in batch if s["id"] not in conflicts], conflicts)
        except LrsError as exc:
            exc.report = report
            raise
        return report

    def _post(self, batch: list[dict[str, Any]], report: SendReport) -> tuple[int, bytes]:
        report.batches += 1
        return self._request("POST", self.statements_url, json.dumps(batch).encode("utf-8"), report)

    def _check(self, status: int, body: bytes, report: SendReport) -> None:
        if status == 204:
            return
        if status == 200:
            try:
                report.stored += len(json.loads(body or b"[]"))
            except ValueError:
                pass
            return
        if status in (401, 403):
            raise LrsError(f"{self.statements_url}: the LRS refused the user name or password (HTTP {status})")
        raise LrsError(f"{self.statements_url}: HTTP {status}: {body.decode('utf-8', 'replace')[:500]}")

    def statement(self, statement_id: str) -> dict[str, Any] | None:
        """The statement the LRS holds under this id, or None when it holds none."""
        url = self.statements_url + "?" + urllib.parse.urlencode({"statementId": statement_id})
        status, body = self._request("GET", url, None, None)
        if status == 404:
            return None
        if status != 200:
            raise LrsError(f"{url}: HTTP {status}: {body.decode('utf-8', 'replace')[:500]}")
        held = json.loads(body)
        if isinstance(held, dict) and isinstance(held.get("statements"), list):
            # Some LRSs (Ralph 5) answer a single-statement query with a StatementResult.
            held = next((s for s in held["statements"] if isinstance(s, dict) and s.get("id") == statement_id), None)
        return held if isinstance(held, dict) and held.get("id") == statement_id else None

    def fetch(self, **params: str) -> Iterator[dict[str, Any]]:
        """Every statement matching ``params``, following the LRS's ``more`` links page by page."""
        url = self.statements_url + ("?" + urllib.parse.urlencode(params) if params else "")
        parts = urllib.parse.urlsplit(self.statements_url)
        for _ in range(MAX_PAGES):
            status, body = self._request("GET", url, None, None)
            if status != 200:
                raise LrsError(f"{url}: HTTP {status}: {body.decode('utf-8', 'replace')[:500]}")
            page = json.loads(body)
            yield from page.get("statements", [])
            more = page.get("more")
            if not more:
                return
            url = urllib.parse.urljoin(f"{parts.scheme}://{parts.netloc}", more)
        raise LrsError(f"{self.statements_url}: more than {MAX_PAGES} pages")
