// voice-session's page. The program pushes its state (server-sent events); buttons and keys post the same
// key names the terminal view uses. Text from the session is only ever set as text, never as markup; the
// one exception is a report, which the program renders with raw HTML switched off.
"use strict";

const $ = (id) => document.getElementById(id);
const SECTIONS = ["start", "session", "ended", "history"];
let state = null;           // the last state pushed
let home = null;            // exercises, voices, past sessions, the journal
let asked = null;           // a screen the person chose (history) while nothing runs
let lastPartner = undefined;
let lastPhase = "";
let lastEnded = "";
let lastVersionView = "";

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}),
  });
  let data = {};
  try { data = await response.json(); } catch (e) { /* a refusal is plain text */ }
  return { ok: response.ok, data };
}

async function loadHome() {
  const response = await fetch("/api/home", { credentials: "same-origin" });
  if (!response.ok) return;
  home = await response.json();
  fillStart();
  fillHistory();
}

function show(section) {
  for (const name of SECTIONS) $(name).hidden = name !== section;
  document.title = { start: "voice-session", session: "Session · voice-session", ended: "Session ended · voice-session",
                     history: "Past sessions · voice-session" }[section];
  $("nav-start").setAttribute("aria-current", section === "start" ? "page" : "false");
  $("nav-history").setAttribute("aria-current", section === "history" ? "page" : "false");
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// ---- the start screen ----

function fillStart() {
  const cards = $("exercises");
  if (!cards.childElementCount) {
    home.exercises.forEach((ex, i) => {
      const label = el("label", undefined, "card");
      const input = document.createElement("input");
      input.type = "radio"; input.name = "exercise"; input.value = ex.name; input.checked = i === 0;
      label.append(input, el("span", ex.title, "title"), el("span", `about ${ex.minutes} minutes`, "minutes"),
                   el("span", ex.description, "what"));
      cards.append(label);
    });
    const voice = $("voice");
    for (const [id, label] of Object.entries(home.voices)) {
      const option = el("option", label); option.value = id; option.selected = id === home.voice;
      voice.append(option);
    }
    if (home.names.length === 2) { $("name-a").value = home.names[0]; $("name-b").value = home.names[1]; }
  }
}

$("start-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const names = [$("name-a").value.trim(), $("name-b").value.trim()];
  const chosen = document.querySelector("input[name=exercise]:checked");
  const problem = !names[0] || !names[1] ? "Please write both of your names."
    : names[0].toLowerCase() === names[1].toLowerCase() ? "Please write two different names." : "";
  $("start-problem").textContent = problem;
  if (problem) { (names[0] ? $("name-b") : $("name-a")).focus(); return; }
  const kind = $("timer-only").checked ? "timer" : "session";
  await start({ kind, names, exercise: chosen ? chosen.value : "", voice: $("voice").value });
});

$("demo").addEventListener("click", () => start({ kind: "demo", voice: $("voice").value || "auto" }));
$("check").addEventListener("click", () => {
  $("check-result").textContent = "Listening… say hello when voice-session asks.";
  start({ kind: "check", voice: $("voice").value });
});

async function start(request) {
  asked = null;
  const { ok, data } = await post("/api/start", request);
  $("start-problem").textContent = ok ? "" : (data.error || "voice-session could not start that.");
}

// ---- the session screen ----

const MIC_STATES = { speech: "someone is speaking", program: "voice-session is speaking", quiet: "quiet" };

function renderSession(s) {
  const who = $("who");
  $("paused").hidden = !s || s.phase !== "paused";
  if (!s) {
    who.textContent = "Getting ready…"; who.className = "who";
    $("role").textContent = "voice-session is loading its voice and its hearing. This takes a few seconds.";
    return;
  }
  if (s.partner) {
    who.textContent = s.name;
    who.className = `who partner-${s.partner}`;
    $("role").textContent = `${s.role} · ${s.purpose}`;
  } else {
    who.textContent = s.phase === "ended" ? "Session ended" : "voice-session is guiding";
    who.className = "who";
    $("role").textContent = "";
  }
  if (s.partner !== lastPartner) {
    $("announce").textContent = s.partner ? `${s.name}'s turn: ${s.role}, ${s.purpose}.`
      : "voice-session is guiding.";
    lastPartner = s.partner;
  }
  if (s.phase !== lastPhase) {
    if (s.phase === "paused") $("announce").textContent = "Paused.";
    else if (s.phase === "asking") $("announce").textContent = "voice-session is asking whether everyone is safe.";
    else if (lastPhase === "paused") $("announce").textContent = "Resumed.";
    lastPhase = s.phase;
  }
  const timer = $("timer");
  timer.hidden = !s.partner;
  timer.className = `timer ${s.colour}`;
  $("elapsed").textContent = s.elapsed;
  $("limit").textContent = s.limit ? `limit ${s.limit}` : "no time limit";
  $("timer-note").textContent = s.colour === "red" ? "over the time limit" : s.colour === "yellow" ? "near the limit" : "";
  $("prompt").textContent = s.prompt ? `“${s.prompt}”` : "";
  $("step-now").textContent = s.step;
  $("step-next").textContent = s.next_step;
  $("suggest").hidden = !s.end_suggested;
  const pause = $("pause");
  pause.firstChild.textContent = s.phase === "paused" ? "Resume " : "Pause ";
  $("mute").setAttribute("aria-pressed", s.muted ? "true" : "false");
  renderLines(s.lines);
}

function renderLines(lines) {
  const list = $("lines");
  if (list.childElementCount === lines.length) return;
  list.replaceChildren(...lines.map((line) => {
    const item = el("li");
    const minutes = Math.floor(line.t / 60), seconds = Math.floor(line.t % 60);
    item.append(el("time", `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`),
                el("span", `${line.who}:`, "who-said"), el("span", line.text));
    return item;
  }));
}

function renderMeter(meter) {
  if (!meter) return;
  for (const id of ["start-meter", "session-meter"]) {
    const box = $(id);
    box.querySelector(".fill").style.width = `${Math.round(meter.level * 100)}%`;
    box.setAttribute("aria-valuenow", String(Math.round(meter.level * 100)));
    box.classList.toggle("speaking", meter.speaking);
  }
  $("mic-state").textContent = MIC_STATES[meter.speaking ? "speech" : meter.program ? "program" : "quiet"];
}

function press(key) {
  post("/api/key", { key });
}

for (const button of document.querySelectorAll("[data-key]")) {
  button.addEventListener("click", () => press(button.dataset.key));
}

function toggleTranscript() {
  const box = $("transcript");
  box.hidden = !box.hidden;
  const button = $("show-transcript");
  button.setAttribute("aria-expanded", String(!box.hidden));
  button.firstChild.textContent = box.hidden ? "Show the transcript " : "Hide the transcript ";
}
$("show-transcript").addEventListener("click", toggleTranscript);

const dialog = $("confirm-end");
$("end").addEventListener("click", () => { dialog.showModal(); $("end-no").focus(); });
$("end-no").addEventListener("click", () => dialog.close());
$("end-yes").addEventListener("click", () => { dialog.close(); press("q"); });

// The terminal view's keys, on the session screen, unless typing or on a button (which takes its own key).
const KEYS = { " ": "space", p: "p", n: "n", r: "r", m: "m" };
document.addEventListener("keydown", (event) => {
  if ($("session").hidden || dialog.open || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.closest("input, select, textarea, button, a, dialog")) return;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (KEYS[key]) { event.preventDefault(); press(KEYS[key]); }
  else if (key === "t") { event.preventDefault(); toggleTranscript(); }
  else if (key === "q") { event.preventDefault(); $("end").click(); }
});

// ---- the end screen and the history ----

async function showReport(folder, into) {
  const response = await fetch(`/api/sessions/${encodeURIComponent(folder)}`, { credentials: "same-origin" });
  const box = $(into);
  if (!response.ok) { box.textContent = "This report could not be read."; box.hidden = false; return; }
  const data = await response.json();
  box.innerHTML = data.html;   // rendered by voice-session with raw HTML off: names and words arrive escaped
  box.hidden = false;
}

function fillHistory() {
  const list = $("sessions");
  $("no-sessions").hidden = home.sessions.length > 0;
  list.replaceChildren(...home.sessions.map((past) => {
    const item = el("li");
    const button = el("button");
    button.type = "button";
    button.append(el("span", past.title, "title"), el("span", `${past.names[0]} & ${past.names[1]}`),
                  el("span", `${past.when} · ${past.duration} · ${past.ended}`, "meta"));
    button.addEventListener("click", async () => {
      await showReport(past.folder, "history-report");
      $("history-report").focus();
    });
    item.append(button);
    return item;
  }));
  $("history-report").tabIndex = -1;
  const table = $("journal");
  const entries = home.journal || [];
  $("no-journal").hidden = entries.length > 0;
  table.hidden = entries.length === 0;
  table.querySelector("tbody").replaceChildren(...entries.map((e) => {
    const row = el("tr");
    const who = e.to && e.kind !== "win" ? `${e.person} to ${e.to}` : e.person;
    row.append(el("td", e.date), el("td", e.kind), el("td", who), el("td", e.text), el("td", e.status));
    return row;
  }));
}

$("again").addEventListener("click", () => { asked = null; lastEnded = state && state.ended ? state.ended.folder : "";
                                             show("start"); $("name-a").focus(); });
$("nav-start").addEventListener("click", () => { asked = null; render(state, true); });
$("nav-history").addEventListener("click", async () => { asked = "history"; await loadHome(); render(state, true); });
$("close-app").addEventListener("click", async () => {
  if (!window.confirm("Close voice-session? A session still running is ended and kept.")) return;
  if (state && state.view === "session") press("q");
  await post("/api/quit");
  document.body.replaceChildren(el("p", "voice-session is closed. You can close this tab.", "notice"));
});

// ---- the state as it changes ----

function render(s, navigating) {
  if (!s) return;
  state = s;
  $("notice").hidden = !s.notice;
  $("notice").textContent = s.notice || "";
  renderMeter(s.meter);
  const busy = Boolean(s.busy);
  for (const id of ["start-button", "demo", "check"]) $(id).disabled = busy;
  if (s.check) {
    $("check-result").textContent = s.check.verdict === "heard"
      ? `voice-session can hear you (loudest ${Math.round(s.check.peak_dbfs)} dBFS).` : s.check.said;
  }
  let view = s.view;
  if (view === "ended" || view === "end") view = "ended";
  if (view === "ended" && s.ended && s.ended.folder === lastEnded) view = "start";  // "back to the start" chosen
  if (asked && view !== "session") view = asked;
  if (view === "session") renderSession(s.session);
  if (view === "ended" && s.ended && $("ended").dataset.folder !== s.ended.folder) {
    $("ended").dataset.folder = s.ended.folder;
    $("ended-reason").textContent = `It ended: ${s.ended.reason}. Here is what happened; it is also kept in the ` +
      "history.";
    $("report").textContent = "";
    showReport(s.ended.folder, "report");
    loadHome();
  }
  const key = `${view}`;
  if (key !== lastVersionView || navigating) {
    show(view);
    if (key !== lastVersionView) { $("main").focus({ preventScroll: true }); window.scrollTo(0, 0); }
    lastVersionView = key;
  }
}

function listen() {
  const events = new EventSource("/api/events");
  events.onmessage = (message) => { $("lost").hidden = true; render(JSON.parse(message.data)); };
  events.onerror = () => { $("lost").hidden = false; };
}

loadHome().then(listen);
