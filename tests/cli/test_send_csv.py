"""`lox24 send-csv`: templates, bad rows, dry runs, the journal, and never two SMS for one row."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import Result

from lox24.emulator import create_app

from .conftest import Emulator

AsJson = Callable[[Result], Any]

GOOD = "phone,name\n+491701234567,Ana\n01701234568,Bo\n+491701234569,Cy\n"


def write_csv(tmp_path: Path, content: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def send_csv(emulator: Emulator, path: Path, *extra: str, text: str = "Hello {name}") -> Result:
    return emulator.invoke("--json", "send-csv", str(path), "--text", text, "--from", "MyShop", *extra)


def per_row(emulator: Emulator) -> Counter[str]:
    return Counter(str(s["callback_data"]) for s in emulator.outbox())


def test_one_sms_per_row_with_the_template(emulator: Emulator, tmp_path: Path, as_json: AsJson) -> None:
    result = send_csv(emulator, write_csv(tmp_path, GOOD))
    assert result.exit_code == 0, result.output
    summary = as_json(result)
    assert (summary["rows"], summary["sent"], summary["skipped"], summary["parts"]) == (3, 3, 0, 3)
    assert summary["spent"] == 0.225  # 3 x 0.075, the emulator's price for a German SMS part
    outbox = emulator.outbox()
    assert sorted((s["phone"], s["text"]) for s in outbox) == [
        ("+491701234567", "Hello Ana"),
        ("+491701234568", "Hello Bo"),
        ("+491701234569", "Hello Cy"),
    ]
    assert all(n == 1 for n in per_row(emulator).values())
    journal = Path(summary["journal"])
    assert journal == tmp_path / "people.csv.journal.jsonl"
    states = [json.loads(line).get("state") for line in journal.read_text().splitlines()[1:]]
    assert states.count("pending") == 3
    assert states.count("sent") == 3


def test_rerun_skips_rows_already_sent(emulator: Emulator, tmp_path: Path, as_json: AsJson) -> None:
    path = write_csv(tmp_path, GOOD)
    assert send_csv(emulator, path).exit_code == 0
    again = as_json(send_csv(emulator, path))
    assert (again["sent"], again["skipped"]) == (0, 3)
    assert len(emulator.outbox()) == 3


def test_bad_rows_are_listed_and_the_rest_still_go(emulator: Emulator, tmp_path: Path, as_json: AsJson) -> None:
    content = (
        "phone,name\n+491701234567,Ana\n12,Bad\n+491701234568\n+491701234569," + "x" * 1600 + "\n+491701234560,Ed\n"
    )
    result = send_csv(emulator, write_csv(tmp_path, content))
    assert result.exit_code == 4
    summary = as_json(result)
    assert summary["sent"] == 2
    bad = {e["row"]: e["error"] for e in summary["bad"]}
    assert sorted(bad) == [2, 3, 4]
    assert "invalid phone" in bad[2]
    assert "missing column 'name'" in bad[3]
    assert "too long" in bad[4]
    assert sorted(s["text"] for s in emulator.outbox()) == ["Hello Ana", "Hello Ed"]


def test_bad_rows_in_table_output_name_the_row(emulator: Emulator, tmp_path: Path) -> None:
    result = emulator.invoke(
        "send-csv", str(write_csv(tmp_path, "phone,name\n12,Bad\n")), "--text", "Hi {name}", "--from", "A"
    )
    assert result.exit_code == 2  # every row bad: nothing went
    assert "invalid phone" in result.stdout
    assert emulator.outbox() == []


def test_template_naming_a_missing_column_is_bad_input(emulator: Emulator, tmp_path: Path) -> None:
    result = send_csv(emulator, write_csv(tmp_path, GOOD), text="Hello {surname}")
    assert result.exit_code == 2
    assert "surname" in result.stderr
    broken = send_csv(emulator, write_csv(tmp_path, GOOD), text="Hello {name")
    assert broken.exit_code == 2
    assert emulator.outbox() == []


def test_dry_run_prices_every_row_and_sends_nothing(emulator: Emulator, tmp_path: Path, as_json: AsJson) -> None:
    content = GOOD + "+491701234560," + "y" * 200 + "\n"
    path = write_csv(tmp_path, content)
    result = send_csv(emulator, path, "--dry-run")
    assert result.exit_code == 0, result.output
    summary = as_json(result)
    assert (summary["priced"], summary["parts"], summary["price"]) == (4, 5, 0.375)
    assert emulator.outbox() == []
    assert not (tmp_path / "people.csv.journal.jsonl").exists()


def test_a_post_that_may_have_arrived_is_looked_up_not_resent(
    emulator: Emulator, tmp_path: Path, as_json: AsJson
) -> None:
    # The second POST /sms is committed, then its answer is lost: the client raises may_have_been_sent=True.
    emulator.call("POST", "/_emulator/faults", json={"kind": "drop", "when": "after", "method": "POST", "path": "/sms"})
    path = write_csv(tmp_path, GOOD)
    result = send_csv(emulator, path, "--concurrency", "1")
    assert result.exit_code == 0, result.output
    assert as_json(result)["sent"] == 3
    assert sorted(per_row(emulator).values()) == [1, 1, 1]


def test_a_post_dropped_before_arriving_is_sent_on_the_rerun(
    emulator: Emulator, tmp_path: Path, as_json: AsJson
) -> None:
    emulator.call(
        "POST",
        "/_emulator/faults",
        json={"kind": "status", "status": 500, "method": "POST", "path": "/sms", "count": 1},
    )
    path = write_csv(tmp_path, GOOD)
    first = send_csv(emulator, path, "--concurrency", "1")
    assert first.exit_code == 4  # a 500 on a POST may have been sent; the lookup finds nothing: unresolved
    assert [e["row"] for e in as_json(first)["unresolved"]] == [1]
    assert len(emulator.outbox()) == 2
    second = as_json(send_csv(emulator, path))
    assert (second["sent"], second["skipped"]) == (1, 2)
    assert sorted(per_row(emulator).values()) == [1, 1, 1]


def test_journal_pending_row_already_sent_is_not_sent_again(emulator: Emulator, tmp_path: Path) -> None:
    # A run killed right after its POST arrived: the journal says "pending", LOX24 has the SMS.
    path = write_csv(tmp_path, GOOD)
    journal = tmp_path / "people.csv.journal.jsonl"
    journal.write_text(
        '{"campaign": "feedbeef", "file": "people.csv"}\n'
        '{"row": 2, "state": "pending", "callback_data": "csv-feedbeef-2"}\n'
        '{"row": 3, "sta'  # killed mid-write
    )
    arrived = emulator.invoke(
        "send", "--to", "01701234568", "--text", "Hello Bo", "--from", "MyShop", "--callback-data", "csv-feedbeef-2"
    )
    assert arrived.exit_code == 0
    result = send_csv(emulator, path, "--journal", str(journal))
    assert result.exit_code == 0, result.output
    assert per_row(emulator) == Counter({"csv-feedbeef-1": 1, "csv-feedbeef-2": 1, "csv-feedbeef-3": 1})


def test_token_never_in_output(emulator: Emulator, tmp_path: Path) -> None:
    secret = "7654321:00000000000000000000000000000000"
    result = emulator.invoke("send-csv", str(write_csv(tmp_path, GOOD)), "--text", "Hi", "--from", "A", token=secret)
    assert result.exit_code == 3
    assert secret not in result.output
    assert secret.split(":")[1] not in result.output


def test_a_wrong_token_fails_once_before_any_row(tmp_path: Path) -> None:
    emulator = Emulator(create_app(seed=3, ip_block=True))  # LOX24 blocks an IP after >3 bad-auth requests a minute
    result = emulator.invoke("send-csv", str(write_csv(tmp_path, GOOD * 3)), "--text", "Hi", "--from", "A", token="1:x")
    assert result.exit_code == 3
    assert emulator.invoke("me").exit_code == 0  # not blocked: one bad request only


def test_insufficient_funds_stops_the_campaign(tmp_path: Path, as_json: AsJson) -> None:
    emulator = Emulator(create_app(seed=4, balance=0.1, ip_block=False))  # enough for one SMS part (0.075)
    result = send_csv(emulator, write_csv(tmp_path, GOOD), "--concurrency", "1")
    assert result.exit_code == 4
    summary = as_json(result)
    assert summary["sent"] == 1
    assert "aborted" in summary
    assert len(summary["failed"]) == 1  # the third row was not tried
    assert len(emulator.outbox()) == 1


def test_a_journal_for_another_csv_is_refused(emulator: Emulator, tmp_path: Path, as_json: AsJson) -> None:
    path = write_csv(tmp_path, GOOD)
    assert send_csv(emulator, path).exit_code == 0
    path.write_text(GOOD.replace("Bo", "Bob"), encoding="utf-8")  # row 2 now means another message
    result = send_csv(emulator, path)
    assert result.exit_code == 2
    assert "rows 2 changed" in result.stderr
    assert len(emulator.outbox()) == 3
    other = as_json(send_csv(emulator, path, "--journal", str(tmp_path / "second.jsonl")))
    assert other["sent"] == 3  # a new campaign, new callback data


def test_progress_on_a_terminal_shows_counts_and_money(emulator: Emulator, tmp_path: Path) -> None:
    path = write_csv(tmp_path, GOOD)
    result = emulator.invoke(
        "send-csv", str(path), "--text", "Hi {name}", "--from", "A", env={"TTY_COMPATIBLE": "1", "COLUMNS": "150"}
    )
    assert result.exit_code == 0
    final = result.stderr.rsplit("\r", 1)[-1]
    assert "3/3" in final
    assert "ok 3  failed 0  € 0.2250" in final
    assert "/s" in final
