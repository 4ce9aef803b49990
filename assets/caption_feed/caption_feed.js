// Live captions for a browser source. URL parameters:
//   token=…      required (given by the studio)
//   lang=es      show this translation (when the studio has it) instead of the spoken text;
//   lang=es,pt,id  several caption languages, one line each, in this order
//   original=1   with lang: show the spoken text above the translations
//   ticker=0     hide the disclosure ticker
"use strict";
(function () {
  const params = new URLSearchParams(location.search);
  const token = params.get("token") || "";
  const langs = (params.get("lang") || "").split(",").map((l) => l.trim()).filter(Boolean);
  const withOriginal = params.get("original") === "1";
  const showTicker = params.get("ticker") !== "0";
  const lines = document.getElementById("lines");
  const ticker = document.getElementById("ticker");
  const tickerText = document.getElementById("ticker-text");
  const status = document.getElementById("status");
  let finals = [];
  let partial = null;

  function textsOf(caption) {
    const translations = caption.translations || {};
    const translated = langs.map((l) => translations[l]).filter(Boolean).map((t) => [t, "translation"]);
    if (!translated.length) return [[caption.text, "original"]];
    return withOriginal ? [[caption.text, "original"]].concat(translated) : translated;
  }

  function render() {
    lines.replaceChildren();
    // The newest final line, then the words still being recognised.
    const shown = finals.slice(-1);
    if (partial) shown.push(partial);
    for (const caption of shown) {
      for (const [text, kind] of textsOf(caption)) {
        if (!text) continue;
        const span = document.createElement("span");
        span.className = "line " + kind + (caption === partial ? " partial" : "");
        span.dir = "auto";
        span.textContent = text;
        lines.appendChild(span);
      }
    }
  }

  function setTicker(text) {
    tickerText.textContent = text || "";
    tickerText.dir = "auto";
    ticker.hidden = !showTicker || !text;
  }

  function onMessage(message) {
    if (message.type === "state") {
      finals = message.finals || [];
      partial = message.partial;
      setTicker(message.ticker);
    } else if (message.type === "caption") {
      if (message.kind === "final") {
        finals = finals.concat([message]).slice(-3);
        partial = null;
      } else {
        partial = message;
      }
    } else if (message.type === "ticker") {
      setTicker(message.text);
    }
    render();
  }

  function connect() {
    const socket = new WebSocket(
      (location.protocol === "https:" ? "wss://" : "ws://") + location.host +
      "/ws?token=" + encodeURIComponent(token));
    socket.onopen = () => { status.hidden = true; document.body.dataset.connected = "1"; };
    socket.onmessage = (e) => onMessage(JSON.parse(e.data));
    socket.onclose = () => {
      document.body.dataset.connected = "0";
      status.textContent = "Studio not reachable — retrying";
      status.hidden = false;
      setTimeout(connect, 1000);   // the studio may be restarting; keep the source alive
    };
  }
  connect();
})();
