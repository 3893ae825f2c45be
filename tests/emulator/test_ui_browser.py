"""The outbox page in a real headless Chromium (Debian's `chromium` + `chromium-driver`, driven by Selenium).

SMS sent through the API appear without a reload; the page's clock button makes their delivery reports
arrive; a reply injected from the page shows up; the page fits a narrow window and works from the keyboard;
the browser logs no error (a Content-Security-Policy violation or a failed request would be one). Saves
`docs/outbox.png`, the README's screenshot. `scripts/bootstrap` installs the browser (apt, as root).
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from emulator_server import serve
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from lox24.emulator import DEFAULT_TOKEN, FrozenClock, create_app

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "outbox.png"
CONTROL_TOKEN = "browser-test-control-token-0123"
START = 1_795_860_000  # 2026-11-28 10:00:00 UTC
AUTH = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Accept": "application/json"}
CONTROL = {"X-Emulator-Token": CONTROL_TOKEN}


class _Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def hook_url() -> Iterator[str]:
    """A webhook receiver on 127.0.0.1 that answers 204."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


@pytest.fixture
def served(hook_url: str) -> Iterator[str]:
    app = create_app(clock=FrozenClock(START), seed=7, control_token=CONTROL_TOKEN, webhook_url=hook_url)
    url, stop = serve(app)
    yield url
    stop()
    app.state.webhooks.close()
    app.state.backend.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=en-US",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_window_size(1280, 1000)
    yield driver
    driver.quit()


def _wait(driver: WebDriver, css: str, timeout: float = 8) -> WebElement:
    found: WebElement = WebDriverWait(driver, timeout, poll_frequency=0.1).until(
        lambda d: d.find_element(By.CSS_SELECTOR, css) if d.find_elements(By.CSS_SELECTOR, css) else False
    )
    return found


def _send(client: httpx.Client, **body: Any) -> dict[str, Any]:
    r = client.post("/sms", json={"sender_id": "MyShop", **body})
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


@pytest.mark.slow
def test_the_outbox_page_in_a_real_browser(served: str, browser: webdriver.Chrome) -> None:
    url = served
    browser.get(f"{url}/_emulator/ui?token={CONTROL_TOKEN}")
    WebDriverWait(browser, 8, poll_frequency=0.1).until(lambda d: d.find_element(By.ID, "live").text == "live")
    assert "token" not in browser.current_url  # the page dropped it from the address bar
    assert browser.find_element(By.CSS_SELECTOR, "#groups .empty").text == "Nothing sent yet."

    with httpx.Client(base_url=url, headers=AUTH, timeout=10) as api:
        bulk = api.post(
            "/bulks",
            json={"sender_id": "MyShop", "text": "Doors open at 9 €", "phones": ["+491701111111", "+491701111112"]},
        )
        assert bulk.status_code == 201, bulk.text
        blocked = _send(api, phone="+491700000208", text="This one is blocked by the network.")
        emoji = _send(api, phone="+491701234569", text="Danke für Ihre Bestellung 😀 Bis bald!")
        long = _send(api, phone="+491701234568", text="Big sale [today] only: " + "all shoes half price! " * 7)
        hello = _send(api, phone="+491701234567", text="Hello Ana, your order 42 has shipped.", callback_data="o-42")

        # They appear without a reload, not yet handed to the network (the clock is frozen).
        card = _wait(browser, f'article[data-uuid="{hello["uuid"]}"]')
        assert card.get_attribute("data-state") == "pending"
        assert "o-42" in card.text
        WebDriverWait(browser, 5).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "article.sms")) == 6)
        long_card = browser.find_element(By.CSS_SELECTOR, f'article[data-uuid="{long["uuid"]}"]')
        assert len(long_card.find_elements(By.CSS_SELECTOR, ".part")) == long["parts_count"] == 2
        assert [m.text for m in long_card.find_elements(By.CSS_SELECTOR, "mark.ext")] == ["[", "]"]
        emoji_card = browser.find_element(By.CSS_SELECTOR, f'article[data-uuid="{emoji["uuid"]}"]')
        assert [m.text for m in emoji_card.find_elements(By.CSS_SELECTOR, "mark.ucs2")] == ["😀"]

        # The page's clock button: a minute later every SMS is sent and its delivery report has arrived.
        browser.find_element(By.CSS_SELECTOR, 'button[data-advance="60"]').click()
        _wait(browser, f'article[data-uuid="{hello["uuid"]}"][data-state="delivered"]')
        dlr = browser.find_element(By.CSS_SELECTOR, f'article[data-uuid="{hello["uuid"]}"] li[data-step="dlr"]')
        assert dlr.get_attribute("class") == "done"
        assert "report: delivered" in dlr.text
        assert dlr.find_element(By.TAG_NAME, "time").text == "10:00:06"  # handed over at +1 s, the report 5 s later
        _wait(browser, f'article[data-uuid="{blocked["uuid"]}"][data-state="failed"]')
        _wait(browser, f'section.group[data-bulk="{bulk.json()["uuid"]}"] article[data-state="delivered"]')
        assert api.get(f"/sms/{hello['uuid']}").json()["dlr_code"] == 1

    # Inject a reply from the page, with the keyboard: the card's Reply button, then Enter in the text field.
    reply = browser.find_element(By.CSS_SELECTOR, f'button[data-key="{hello["uuid"]}:reply"]')
    reply.send_keys(Keys.ENTER)
    text = browser.switch_to.active_element
    assert text.get_attribute("id") == "reply-text"
    text.clear()
    text.send_keys("Thanks, received!", Keys.ENTER)
    row = _wait(browser, "#incomings tbody tr[data-uuid]")
    assert "Thanks, received!" in row.text
    assert "+491701234567" in row.text
    _wait(browser, "#webhooks tbody td.ok")  # the delivery reports reached the webhook receiver

    # Search from the keyboard ("/" focuses it): one SMS left.
    browser.find_element(By.TAG_NAME, "body").send_keys("/")
    assert browser.switch_to.active_element.get_attribute("id") == "q"
    browser.switch_to.active_element.send_keys("+491701234569")
    WebDriverWait(browser, 5).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "article.sms")) == 1)
    browser.switch_to.active_element.send_keys(Keys.BACKSPACE * len("+491701234569"))
    WebDriverWait(browser, 5).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "article.sms")) == 6)

    # Every event has reached the receiver: five delivery reports and the reply.
    WebDriverWait(browser, 8).until(lambda d: d.find_element(By.ID, "webhook-count").text == "6")

    # A reload (the page's cookie holds the token now) paints the final state afresh for the screenshot, so that
    # it comes out the same, pixel for pixel, run after run.
    browser.get(f"{url}/_emulator/ui")
    WebDriverWait(browser, 8).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "article.sms")) == 6)
    assert browser.find_element(By.ID, "live").text == "live"
    assert browser.find_element(By.ID, "reply-to").get_attribute("value") == hello["uuid"]  # the newest SMS
    browser.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))

    # A narrow window: nothing wider than the viewport.
    browser.set_window_size(400, 900)
    WebDriverWait(browser, 5).until(
        lambda d: d.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    )

    # Arm a fault from the page: the next POST /sms gets it, and the page shows it consumed.
    browser.set_window_size(1280, 1000)
    Select(browser.find_element(By.ID, "fault-kind")).select_by_value("status")
    Select(browser.find_element(By.ID, "fault-method")).select_by_visible_text("POST")
    status = browser.find_element(By.ID, "fault-status")
    status.clear()
    status.send_keys("429")
    browser.find_element(By.ID, "arm").click()
    WebDriverWait(browser, 5).until(lambda d: "POST /sms × 1: 429" in d.find_element(By.ID, "faults").text)
    with httpx.Client(base_url=url, headers=AUTH, timeout=10) as api:
        refused = api.post("/sms", json={"sender_id": "MyShop", "phone": "+491701234567", "text": "x"})
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "1"
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "faults").text == "none")

    # Reset, confirmed in the browser's dialog: everything is gone.
    browser.find_element(By.ID, "reset").click()
    browser.switch_to.alert.accept()
    _wait(browser, "#groups .empty")
    assert browser.find_element(By.CSS_SELECTOR, "#groups .empty").text == "Nothing sent yet."
    assert browser.find_elements(By.CSS_SELECTOR, "#incomings tbody tr[data-uuid]") == []

    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]  # type: ignore[no-untyped-call]
    assert errors == [], json.dumps(errors, indent=1)
