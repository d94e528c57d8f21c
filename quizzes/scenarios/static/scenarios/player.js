/*
 * Role-play player, enhanced into a chat. Plain JavaScript, no framework, same-origin file
 * (the Content Security Policy allows no inline script and no CDN).
 *
 * Progressive enhancement: without this file the player is an ordinary form, one step per POST
 * with a redirect. With it, the same form (CSRF token included) is sent with fetch and the header
 * `X-Requested-With: fetch`; the server answers with the player itself rendered for the new state
 * (HTML, never JSON), and this script merges it into the page:
 *
 *   - lines of the dialogue the page does not have yet (the reply, its feedback, the customer's
 *     next line or the ending) are appended to the chat, inside the role="log" aria-live="polite"
 *     region that announces them;
 *   - everything below the log (the choices, or the result at the end) is replaced;
 *   - focus moves to the new choices group, or to the result heading at the end.
 *
 * The server stays the only judge: this script never sees points or targets of replies not yet
 * chosen, only what the page would show after a reload. When fetch fails (network, timeout, an
 * unexpected answer such as the sign-in page), the form is sent the ordinary way, and a choice the
 * server already recorded is refused there as a stale step, so nothing is counted twice.
 */
(() => {
  "use strict";

  const TIMEOUT_MS = 15000;
  const STAGGER_MS = 180;
  // Statuses that come with the player rendered: done (200), refused as stale (409) or invalid (400).
  const FRAGMENT_STATUSES = new Set([200, 400, 409]);
  const reducedMotion = window.matchMedia
    ? window.matchMedia("(prefers-reduced-motion: reduce)")
    : { matches: false };

  function announcerOf(root) {
    let region = root.querySelector("[data-announcer]");
    if (!region) {
      region = document.createElement("div");
      region.className = "visually-hidden";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      region.setAttribute("aria-atomic", "true");
      region.dataset.announcer = "";
      root.append(region);
    }
    return region;
  }

  function announce(root, text) {
    const region = announcerOf(root);
    region.textContent = "";
    if (text) {
      // A fresh text node on the next frame, so the same message twice is announced twice.
      window.setTimeout(() => {
        region.textContent = text.replace(/\s+/g, " ").trim();
      }, 60);
    }
  }

  function setBusy(root, form, busy) {
    root.toggleAttribute("data-busy", busy);
    root.classList.toggle("is-sending", busy);
    const button = form && form.querySelector("button[type=submit], button:not([type])");
    if (button) button.setAttribute("aria-disabled", busy ? "true" : "false");
  }

  function showTyping(root) {
    const log = root.querySelector(".chat");
    if (!log) return null;
    const typing = document.createElement("li");
    typing.className = "chat-item typing";
    typing.setAttribute("aria-hidden", "true");
    for (let i = 0; i < 3; i += 1) {
      const dot = document.createElement("span");
      dot.className = "typing-dot";
      typing.append(dot);
    }
    log.append(typing);
    return typing;
  }

  function parsePlayer(html) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    return doc.querySelector("[data-scenario-player]");
  }

  // The log only grows: append what is new, keep what is there (so it is not announced again).
  function mergeLog(log, freshLog) {
    const known = new Map();
    for (const item of log.children) {
      if (item.dataset.turn) known.set(item.dataset.turn, item);
    }
    const added = [];
    for (const item of Array.from(freshLog.children)) {
      const existing = item.dataset.turn ? known.get(item.dataset.turn) : null;
      if (existing) {
        // Ids such as "current-line" and "last-feedback" move on to the newest lines.
        if (item.id) existing.id = item.id;
        else existing.removeAttribute("id");
        continue;
      }
      const node = document.importNode(item, true);
      node.classList.add("chat-new");
      node.style.setProperty("--chat-delay", `${added.length * STAGGER_MS}ms`);
      added.push(node);
    }
    // Ids first, nodes after: no two elements share an id even for a moment.
    log.append(...added);
    return added;
  }

  function update(root, fresh) {
    const log = root.querySelector(".chat");
    const freshLog = fresh.querySelector(".chat");
    const added = log && freshLog ? mergeLog(log, freshLog) : [];
    const announcer = announcerOf(root);
    // Below the log (its live region included), everything is the server's new rendering.
    for (const child of Array.from(root.children)) {
      if (child !== announcer && !(log && child.contains(log))) child.remove();
    }
    for (const child of Array.from(fresh.children)) {
      if (freshLog && child.contains(freshLog)) continue;
      root.insertBefore(document.importNode(child, true), announcer);
    }
    const notice = root.querySelector("[data-notice]");
    announce(root, notice ? notice.textContent : "");
    focusNext(root, added);
  }

  function focusNext(root, added) {
    const heading = root.querySelector("#result-heading");
    const group = root.querySelector(".scenario-form fieldset");
    const target = heading || group || root.querySelector("[data-notice], .message");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    const behavior = reducedMotion.matches ? "auto" : "smooth";
    // Show the reply and its feedback first; the choices (or the result) follow below them.
    const first = added[0] || target;
    if (first.scrollIntoView) first.scrollIntoView({ block: "start", behavior });
    target.focus({ preventScroll: true });
  }

  function fallback(root, form, typing) {
    if (typing) typing.remove();
    setBusy(root, form, false);
    root.dataset.fallback = "1";
    // The native submit skips the submit event: the ordinary POST, redirect and page.
    HTMLFormElement.prototype.submit.call(form);
  }

  async function send(root, form) {
    setBusy(root, form, true);
    const typing = showTyping(root);
    const controller = typeof AbortController === "function" ? new AbortController() : null;
    const timer = controller ? window.setTimeout(() => controller.abort(), TIMEOUT_MS) : null;
    let response;
    let fresh = null;
    try {
      response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch", Accept: "text/html" },
        signal: controller ? controller.signal : undefined,
      });
      if (!response.redirected && FRAGMENT_STATUSES.has(response.status)) {
        fresh = parsePlayer(await response.text());
      }
    } catch {
      fresh = null;
    } finally {
      if (timer) window.clearTimeout(timer);
    }
    if (!fresh) {
      fallback(root, form, typing);
      return;
    }
    if (typing) typing.remove();
    setBusy(root, form, false);
    update(root, fresh);
    keepAddress(form);
  }

  // Reload and the back button stay safe: the address is the attempt's page (a GET), never the
  // POST; reloading it shows where the dialogue stands.
  function keepAddress(form) {
    if (!window.history || !window.history.replaceState) return;
    const url = new URL(window.location.href);
    const attemptPath = new URL(form.action, window.location.href).pathname;
    url.searchParams.delete("fragment");
    if (url.pathname !== attemptPath) url.pathname = attemptPath;
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  }

  function enhance(root) {
    if (root.dataset.enhanced) return;
    if (!window.fetch || !window.DOMParser || !window.FormData) return;
    root.dataset.enhanced = "1";
    root.classList.add("js-chat");
    announcerOf(root);
    root.addEventListener("submit", (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.classList.contains("scenario-form")) return;
      event.preventDefault();
      if (root.hasAttribute("data-busy")) return;
      send(root, form);
    });
  }

  function init() {
    document.querySelectorAll("[data-scenario-player]").forEach(enhance);
  }

  // A page restored from the back-forward cache may show a dialogue that moved on elsewhere.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted && document.querySelector("[data-scenario-player][data-enhanced]")) {
      window.location.reload();
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
