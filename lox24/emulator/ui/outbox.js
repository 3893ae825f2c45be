// The emulator's outbox page: polls GET /_emulator/version and, when it changes, reloads the outbox,
// replies, webhook log and faults from the control plane. Plain JS, no build step, no external resource.
// Every text from the emulator is put into the page as text (textContent), never as HTML.
"use strict";
(() => {
  const TOKEN = document.querySelector('meta[name="lox24-emulator-token"]').content;
  const POLL_MS = 1000;
  const SMS_LIMIT = 500;
  const LOG_LIMIT = 200;
  const STATUS = { 0: "new", 100: "sent", 208: "blocked", 400: "maintenance", 410: "cancelled", 2000: "gateway error",
    3000: "no funds", 5000: "no operator", 6000: "stopped via API" };
  const DLR = { 0: "no report", 1: "delivered", 2: "queued", 4: "submitted", 8: "expired", 16: "rejected" };
  const STATE_LABEL = { pending: "not sent yet", sent: "sent", delivered: "delivered", failed: "failed" };
  const $ = (id) => document.getElementById(id);
  const state = { version: null, now: 0, frozen: false, counts: {}, sms: [], incomings: [], webhooks: [], faults: [] };
  let timer = null;

  // The token came as ?token=: the page keeps it (this document and a cookie for reloads), so the address bar,
  // its history and screenshots need not.
  if (new URLSearchParams(location.search).has("token")) history.replaceState(null, "", location.pathname);

  async function api(method, path, body) {
    const headers = { Accept: "application/json" };
    if (TOKEN) headers["X-Emulator-Token"] = TOKEN;
    const init = { method, headers, cache: "no-store" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = data && (data.detail || data.title);
      throw new Error(`${method} ${path.split("?")[0]}: ${response.status} ${detail || response.statusText}`);
    }
    return data;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  const iso = (t) => new Date(t * 1000).toISOString().replace("T", " ").slice(0, 19) + " UTC";
  const clockTime = (t) => new Date(t * 1000).toISOString().slice(11, 19);
  const money = (x) => "€" + Number(x).toFixed(4).replace(/0{1,2}$/, "");
  const short = (uuid) => (uuid ? uuid.slice(0, 8) : "");
  function relative(t) {
    const d = Math.round(t - state.now);
    if (d === 0) return "now";
    const a = Math.abs(d);
    const span = a < 120 ? `${a} s` : a < 7200 ? `${Math.round(a / 60)} min` : a < 172800 ? `${Math.round(a / 3600)} h` : `${Math.round(a / 86400)} d`;
    return d > 0 ? `in ${span}` : `${span} ago`;
  }
  function timeEl(t) {
    return el("time", { datetime: new Date(t * 1000).toISOString(), title: iso(t) }, clockTime(t));
  }

  // --- live updates -----------------------------------------------------------------------------------------
  function showError(message) {
    const box = $("error");
    box.textContent = message || "";
    box.hidden = !message;
  }
  function setLive(ok, why) {
    const live = $("live");
    live.className = "live " + (ok ? "on" : "off");
    live.textContent = ok ? "live" : `offline: ${why}`;
  }

  // One poll at a time: a poll asked for while one runs (an action's) runs right after it.
  let polling = false;
  let again = false;
  async function poll() {
    if (polling) {
      again = true;
      return;
    }
    polling = true;
    clearTimeout(timer);
    try {
      const v = await api("GET", "/_emulator/version");
      Object.assign(state, { now: v.now, frozen: v.frozen, counts: v.counts });
      renderClock();
      if (v.version !== state.version) {
        await refresh();
        state.version = v.version;
      } else if (state.sms.some((s) => s.timeline.some((step) => !step.done && step.at))) {
        renderMessages(); // relative times ("in 3 s") move with the clock
      }
      setLive(true);
    } catch (err) {
      setLive(false, err.message);
    } finally {
      polling = false;
      if (again) {
        again = false;
        poll();
      } else {
        timer = setTimeout(poll, document.hidden ? POLL_MS * 5 : POLL_MS);
      }
    }
  }

  async function refresh() {
    const [sms, incomings, webhooks, faults] = await Promise.all([
      api("GET", `/_emulator/outbox?pending=true&details=true&limit=${SMS_LIMIT}`),
      api("GET", `/_emulator/incomings?limit=${LOG_LIMIT}`),
      api("GET", `/_emulator/webhooks?limit=${LOG_LIMIT}`),
      api("GET", "/_emulator/faults"),
    ]);
    Object.assign(state, { sms, incomings, webhooks, faults });
    renderMessages();
    renderReplyTargets();
    renderIncomings();
    renderWebhooks();
    renderFaults();
  }

  // Run an action of the control plane, then show its effect at once.
  async function act(button, action) {
    if (button) button.disabled = true;
    try {
      await action();
      showError("");
    } catch (err) {
      showError(err.message);
    } finally {
      if (button) button.disabled = false;
      await poll();
    }
  }

  // --- rendering ----------------------------------------------------------------------------------------------
  function renderClock() {
    const now = $("clock-now");
    now.textContent = iso(state.now);
    now.setAttribute("datetime", new Date(state.now * 1000).toISOString());
    $("clock-kind").textContent = state.frozen ? "frozen: moves only when advanced" : "running (wall clock + advances)";
  }

  function smsState(sms) {
    const last = sms.timeline[sms.timeline.length - 1];
    if (last.step === "final") return last.done ? "failed" : "pending";
    if (last.step === "dlr" && last.done) return [1].includes(last.code) ? "delivered" : [8, 16].includes(last.code) ? "failed" : "sent";
    if (last.step === "dlr") return "sent";
    return "pending";
  }

  function stepLabel(step) {
    switch (step.step) {
      case "accepted": return "accepted";
      case "scheduled": return "scheduled";
      case "sent": return step.done ? "handed to the network" : "to the network";
      case "dlr": return step.done ? `report: ${DLR[step.code] || step.code}` : `report (${DLR[step.code] || step.code})`;
      default: return `${STATUS[step.code] || "status"} (${step.code})`;
    }
  }

  function matches(sms, query, status, encoding, bulk) {
    if (status && smsState(sms) !== status) return false;
    if (encoding && sms.encoding !== encoding) return false;
    if (bulk === "bulk" && !sms.bulk_id) return false;
    if (bulk === "single" && sms.bulk_id) return false;
    if (!query) return true;
    const hay = [sms.phone, sms.sender_id, sms.text, sms.uuid, sms.callback_data || "", sms.bulk_id || ""].join("\n");
    return hay.toLowerCase().includes(query);
  }

  function smsCard(sms) {
    const st = smsState(sms);
    const text = el("p", { class: "text" },
      sms.segments.map((part, i) => el("span", { class: "part", "data-part": i + 1, title: `part ${i + 1}: ${part.units} ${sms.encoding === "UCS-2" ? "UTF-16 units" : "septets"}` },
        sms.segments.length > 1 ? el("span", { class: "part-no", "aria-hidden": "true" }, i + 1) : null,
        part.runs.map(([kind, chars]) => kind
          ? el("mark", { class: kind, title: kind === "ucs2" ? "not in GSM 03.38: makes the text UCS-2" : "GSM extension character: two septets" }, chars)
          : chars))));
    const fact = (name, value) => el("div", {}, el("dt", {}, name), el("dd", {}, value));
    const facts = el("dl", { class: "facts" },
      fact("parts", `${sms.parts_count} (${sms.encoding}, ${sms.chars_count} ${sms.encoding === "UCS-2" ? "units" : "septets"})`),
      fact("price", money(sms.price) + (st === "failed" && !sms.is_sent ? " (refunded)" : "")),
      fact("status", `${sms.status_code} ${STATUS[sms.status_code] || ""}`),
      sms.callback_data ? fact("callback_data", sms.callback_data) : null,
      fact("uuid", el("code", { title: sms.uuid }, short(sms.uuid))),
      fact("account", sms.account_id));
    const timeline = el("ol", { class: "timeline", "aria-label": "Timeline on the virtual clock" },
      sms.timeline.map((step) => el("li", { class: step.done ? "done" : "todo", "data-step": step.step, "data-code": step.code },
        step.at ? timeEl(step.at) : null, stepLabel(step), !step.done && step.at ? ` ${relative(step.at)}` : null)));
    const reply = el("button", { type: "button", "data-key": `${sms.uuid}:reply`, "aria-label": `Inject a reply from ${sms.phone}` }, "Reply…");
    reply.addEventListener("click", () => {
      $("reply-to").value = sms.uuid;
      $("reply-to").dataset.touched = "1";
      $("reply-text").focus();
    });
    return el("article", { class: `sms st-${st}`, "data-uuid": sms.uuid, "data-state": st, "aria-label": `SMS to ${sms.phone}, ${STATE_LABEL[st]}` },
      el("header", {},
        el("span", { class: "to" }, sms.phone),
        el("span", { class: "from" }, `from ${sms.sender_id}`),
        el("span", { class: "badge" }, st === "sent" && sms.dlr_code ? `sent, ${DLR[sms.dlr_code]}` : STATE_LABEL[st]),
        sms.is_sent ? reply : null),
      text, facts, timeline);
  }

  function renderMessages() {
    const query = $("q").value.trim().toLowerCase();
    const status = $("f-status").value;
    const encoding = $("f-encoding").value;
    const bulk = $("f-bulk").value;
    const shown = state.sms.filter((s) => matches(s, query, status, encoding, bulk)).reverse(); // newest first
    const groups = new Map();
    for (const sms of shown) {
      const key = sms.bulk_id || "";
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(sms);
    }
    const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.key : null;
    const box = $("groups");
    box.replaceChildren(...[...groups].map(([bulk_id, items]) => {
      const total = items.reduce((sum, s) => sum + Number(s.price), 0);
      const title = bulk_id ? el("span", {}, "Bulk ", el("code", { title: bulk_id }, short(bulk_id))) : el("span", {}, "Single SMS");
      return el("section", { class: "group", "data-bulk": bulk_id || "none", "aria-label": bulk_id ? `Bulk ${bulk_id}` : "Single SMS" },
        el("h3", {}, title, el("span", { class: "count" }, `${items.length} SMS · ${money(total)}`)),
        items.map(smsCard));
    }));
    if (!shown.length) box.append(el("p", { class: "empty" }, state.sms.length ? "No SMS matches the filters." : "Nothing sent yet."));
    if (focused) {
      const again = box.querySelector(`[data-key="${CSS.escape(focused)}"]`);
      if (again) again.focus();
    }
    const total = state.counts.sms || 0;
    const loaded = state.sms.length < total ? ` (the newest ${state.sms.length} of ${total} loaded)` : "";
    $("sms-count").textContent = `${shown.length} shown${loaded}`;
  }

  // The newest 100 SMS that were sent, newest first; rebuilt only when they change (an open list stays open).
  function renderReplyTargets() {
    const select = $("reply-to");
    const targets = state.sms.filter((s) => s.is_sent).slice(-100).reverse();
    const key = targets.map((s) => s.uuid).join(",");
    if (select.options.length && select.dataset.key === key) return;
    const chosen = select.value;
    const options = targets.map((s) => el("option", { value: s.uuid }, `${s.phone} → ${s.sender_id}: ${s.text.slice(0, 30)}`));
    options.push(el("option", { value: "" }, "no SMS: a new inbound message"));
    select.replaceChildren(...options);
    select.dataset.key = key;
    // Until someone picks a target, the newest SMS is the default.
    if (select.dataset.touched && [...select.options].some((o) => o.value === chosen)) select.value = chosen;
  }

  function renderIncomings() {
    const rows = state.incomings.map((m) => el("tr", { "data-uuid": m.uuid },
      el("td", {}, timeEl(m.received_at)), el("td", {}, m.from), el("td", {}, m.to), el("td", {}, m.text || ""),
      el("td", {}, m.msg_uuid ? el("code", { title: m.msg_uuid }, short(m.msg_uuid)) : "–")));
    $("incomings").tBodies[0].replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: 5, class: "empty" }, "No inbound SMS yet."))]));
    $("incoming-count").textContent = `${state.counts.incomings || 0}`;
  }

  function renderWebhooks() {
    const rows = state.webhooks.slice().reverse().map((w) => el("tr", {},
      el("td", {}, w.name), el("td", {}, el("code", { title: w.data_id }, short(w.data_id))),
      el("td", {}, w.attempt_number),
      el("td", { class: w.delivered ? "ok" : "bad" }, w.delivered ? `✓ ${w.status}` : `✗ ${w.status || w.error || ""}`),
      el("td", {}, w.url)));
    $("webhooks").tBodies[0].replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: 5, class: "empty" }, "No webhook attempt yet (start the emulator with --webhook-url)."))]));
    $("webhook-count").textContent = `${state.counts.webhooks || 0}`;
  }

  function renderFaults() {
    const items = state.faults.map((f) => el("li", {},
      `${f.method || "any"} ${f.path} × ${f.count}: `,
      f.kind === "status" ? `${f.status}${f.retry_after !== null ? `, Retry-After ${f.retry_after}` : ""}` : f.kind === "latency" ? `${f.latency} s latency` : `drop ${f.when}`));
    $("faults").replaceChildren(...(items.length ? items : [el("li", { class: "empty" }, "none")]));
    $("fault-count-label").textContent = `${state.faults.length}`;
    $("disarm").disabled = !state.faults.length;
  }

  function showFaultFields() {
    const kind = $("fault-kind").value;
    for (const node of document.querySelectorAll("#fault-form [data-for]")) {
      node.toggleAttribute("data-hidden", node.dataset.for !== kind);
    }
  }

  // --- controls -----------------------------------------------------------------------------------------------
  const advance = (seconds, button) => act(button, () => api("POST", "/_emulator/clock", { advance: seconds }));
  $("clock-form").addEventListener("submit", (e) => {
    e.preventDefault();
    advance(Number($("advance-seconds").value), $("advance"));
  });
  for (const button of document.querySelectorAll("[data-advance]")) {
    button.addEventListener("click", () => advance(Number(button.dataset.advance), button));
  }
  $("reply-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const msg = $("reply-to").value;
    const body = msg ? { msg_uuid: msg, text: $("reply-text").value } : { text: $("reply-text").value };
    act($("inject"), () => api("POST", "/_emulator/incomings", body));
  });
  $("fault-kind").addEventListener("change", showFaultFields);
  $("reply-to").addEventListener("change", () => { $("reply-to").dataset.touched = "1"; });
  $("fault-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const kind = $("fault-kind").value;
    const body = { kind, path: $("fault-path").value, count: Number($("fault-count").value) };
    if ($("fault-method").value) body.method = $("fault-method").value;
    if (kind === "status") {
      body.status = Number($("fault-status").value);
      if ($("fault-retry").value !== "") body.retry_after = Number($("fault-retry").value);
    } else if (kind === "latency") body.latency = Number($("fault-latency").value);
    else body.when = $("fault-when").value;
    act($("arm"), () => api("POST", "/_emulator/faults", body));
  });
  $("disarm").addEventListener("click", () => act($("disarm"), () => api("DELETE", "/_emulator/faults")));
  $("reset").addEventListener("click", () => {
    if (window.confirm("Reset the emulator? Every SMS, bulk, reply, fault and webhook attempt is forgotten.")) {
      act($("reset"), () => api("POST", "/_emulator/reset"));
    }
  });
  for (const id of ["q", "f-status", "f-encoding", "f-bulk"]) $(id).addEventListener("input", renderMessages);
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  document.addEventListener("keydown", (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === "/" && !typing) {
      e.preventDefault();
      $("q").focus();
    }
  });
  document.addEventListener("visibilitychange", () => { if (!document.hidden) poll(); });

  showFaultFields();
  poll();
})();
