// Marsad dashboard: plain JavaScript, no build step. Everything it shows
// comes from this server's JSON API; nothing is loaded from elsewhere.
"use strict";

const I18N = {
  fr: {
    tagline: "Offres d'emploi → métiers ROME, ISCO, ESCO et compétences",
    classifyTitle: "Classer une offre", postingTitle: "Intitulé du poste",
    postingDesc: "Description (collez l'offre)", classifyBtn: "Classer",
    language: "Langue", model: "modèle", reason: "Pourquoi", skillsFound: "Compétences repérées",
    searchTitle: "Métiers par compétence", skillLabel: "Compétence", searchBtn: "Rechercher",
    hierarchy: "Hiérarchie", skills: "Compétences", crosswalk: "Correspondances",
    trendsTitle: "Tendances", by: "Par", interval: "Pas", from: "Du", to: "au", filter: "Filtre",
    only: "Séries", onlyHint: "codes séparés par des virgules", showBtn: "Afficher",
    optSkill: "compétence", optRegion: "région", optMonth: "mois", optWeek: "semaine", optDay: "jour",
    rising: "En hausse", colValue: "Valeur", colRecent: "Récent", colBefore: "Avant", colChange: "Évolution",
    working: "En cours…", none: "Aucun résultat", needText: "Saisissez un intitulé ou une description.",
    parent: "Parent", child: "Sous-niveau", langNames: { fr: "français", ar: "arabe", en: "anglais", und: "indéterminée" },
    noSkills: "Aucune compétence repérée.",
  },
  ar: {
    tagline: "عروض الشغل ← مهن ROME وISCO وESCO والكفاءات",
    classifyTitle: "تصنيف عرض شغل", postingTitle: "عنوان المنصب",
    postingDesc: "الوصف (الصق العرض)", classifyBtn: "صنّف",
    language: "اللغة", model: "النموذج", reason: "لماذا", skillsFound: "الكفاءات المرصودة",
    searchTitle: "المهن حسب الكفاءة", skillLabel: "الكفاءة", searchBtn: "ابحث",
    hierarchy: "التسلسل", skills: "الكفاءات", crosswalk: "المقابلات",
    trendsTitle: "الاتجاهات", by: "حسب", interval: "المدة", from: "من", to: "إلى", filter: "تصفية",
    only: "السلاسل", onlyHint: "رموز مفصولة بفواصل", showBtn: "اعرض",
    optSkill: "كفاءة", optRegion: "جهة", optMonth: "شهر", optWeek: "أسبوع", optDay: "يوم",
    rising: "في ارتفاع", colValue: "القيمة", colRecent: "مؤخراً", colBefore: "قبل", colChange: "التغير",
    working: "جارٍ…", none: "لا توجد نتائج", needText: "أدخل عنواناً أو وصفاً.",
    parent: "الأصل", child: "فرع", langNames: { fr: "الفرنسية", ar: "العربية", en: "الإنجليزية", und: "غير محددة" },
    noSkills: "لم تُرصد أي كفاءة.",
  },
  en: {
    tagline: "Job postings → ROME, ISCO, ESCO occupations and skills",
    classifyTitle: "Classify a posting", postingTitle: "Job title",
    postingDesc: "Description (paste the posting)", classifyBtn: "Classify",
    language: "Language", model: "model", reason: "Why", skillsFound: "Skills found",
    searchTitle: "Occupations by skill", skillLabel: "Skill", searchBtn: "Search",
    hierarchy: "Hierarchy", skills: "Skills", crosswalk: "Crosswalk",
    trendsTitle: "Trends", by: "By", interval: "Interval", from: "From", to: "to", filter: "Filter",
    only: "Series", onlyHint: "comma-separated codes", showBtn: "Show",
    optSkill: "skill", optRegion: "region", optMonth: "month", optWeek: "week", optDay: "day",
    rising: "Rising", colValue: "Value", colRecent: "Recent", colBefore: "Before", colChange: "Change",
    working: "Working…", none: "No results", needText: "Enter a title or a description.",
    parent: "Parent", child: "Child", langNames: { fr: "French", ar: "Arabic", en: "English", und: "undetermined" },
    noSkills: "No skills found.",
  },
};

let lang = "fr";
const $ = (id) => document.getElementById(id);
const t = (key) => I18N[lang][key] ?? I18N.fr[key] ?? key;

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k === "dataset") Object.assign(e.dataset, v);
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

// label picks a concept's label in the page's language, else French,
// else whatever there is.
function label(labels) {
  if (!labels) return "";
  if (typeof labels === "string") return labels;
  return labels[lang] || labels.fr || labels.en || labels.ar || Object.values(labels)[0] || "";
}

function setLang(l) {
  lang = I18N[l] ? l : "fr";
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  for (const e of document.querySelectorAll("[data-i18n-placeholder]")) e.placeholder = t(e.dataset.i18nPlaceholder);
  for (const b of document.querySelectorAll(".langs button")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
  try { localStorage.setItem("marsad.lang", lang); } catch (_) { /* private mode */ }
  if (lastResult) showResult(lastResult);
  if (lastConcept) showConcept(...lastConcept);
}

function status(id, msg, isError) {
  const s = $(id);
  s.textContent = msg || "";
  s.classList.toggle("error", !!isError);
}

// api calls the JSON API and turns its error shape into an exception
// whose message is the server's.
async function api(path, opts = {}) {
  const r = await fetch(path, opts);
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON */ }
  if (!r.ok) {
    const e = body && body.error;
    throw new Error(e ? e.message + (e.field ? " (" + e.field + ")" : "") : "HTTP " + r.status);
  }
  return body;
}

// ---- Classification ----

let lastResult = null;

async function classify(ev) {
  ev.preventDefault();
  const title = $("p-title").value, description = $("p-desc").value;
  if (!title.trim() && !description.trim()) { status("classify-status", t("needText"), true); return; }
  status("classify-status", t("working"));
  try {
    const res = await api("/v1/classify?include=posting&top=5", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title, description }),
    });
    lastResult = res;
    showResult(res);
    status("classify-status", "");
  } catch (e) { status("classify-status", e.message, true); }
}

function conceptList(ol, items, scheme) {
  ol.replaceChildren();
  if (!items || items.length === 0) { ol.append(el("li", { class: "empty" }, t("none"))); return; }
  for (const c of items) {
    const bar = el("span", { class: "bar" }, el("span"));
    bar.firstChild.style.width = Math.round(Math.max(0, Math.min(1, c.score)) * 100) + "%";
    ol.append(el("li", { dataset: { code: c.code } },
      el("span", { class: "code", role: "link", tabindex: "0", title: c.code,
        onclick: () => showConcept(scheme, c.code), onkeydown: (e) => { if (e.key === "Enter") showConcept(scheme, c.code); } },
        scheme === "esco" ? shortURI(c.code) : c.code),
      " ", el("span", { class: "label", dir: "auto" }, label(c.label)), " ",
      el("span", { class: "score" }, (c.score * 100).toFixed(0) + " %"), bar));
  }
}

function shortURI(u) { return String(u).split("/").pop().slice(0, 8); }

function showResult(res) {
  $("classify-result").hidden = false;
  $("r-lang").textContent = t("langNames")[res.lang] || res.lang;
  $("r-langconf").textContent = res.lang_confidence ? "(" + (res.lang_confidence * 100).toFixed(0) + " %)" : "";
  $("r-darija").hidden = !res.darija;
  $("r-model").textContent = res.model || "";
  conceptList($("r-rome"), res.rome, "rome");
  conceptList($("r-isco"), res.isco, "isco");
  conceptList($("r-esco"), res.esco, "esco");
  $("r-reason").textContent = res.reason || "";
  const p = res.posting || { title: $("p-title").value, description: $("p-desc").value };
  const skills = res.skills || [];
  highlight($("r-text-title"), p.title || "", skills.filter((s) => s.field === "title"));
  highlight($("r-text-desc"), p.description || "", skills.filter((s) => s.field === "description"));
  const chips = $("r-skills");
  chips.replaceChildren();
  if (skills.length === 0) chips.append(el("li", {}, t("noSkills")));
  const seen = new Set();
  for (const s of skills) {
    if (seen.has(s.code)) continue;
    seen.add(s.code);
    chips.append(el("li", { title: s.code, dir: "auto" }, s.label));
  }
}

// highlight writes text into box with <mark> around each skill. The
// server's offsets are UTF-8 byte offsets into the cleaned field, so the
// text is cut as bytes and each piece decoded back: JavaScript strings
// index UTF-16 code units, which differ for anything beyond ASCII.
function highlight(box, text, matches) {
  box.replaceChildren();
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const sorted = matches.filter((m) => m.start >= 0 && m.end <= bytes.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue; // overlapping: keep the first, longest
    box.append(dec.decode(bytes.subarray(at, m.start)));
    box.append(el("mark", { class: "skill " + (m.scheme || ""), title: m.label + " — " + m.code, dataset: { code: m.code } },
      dec.decode(bytes.subarray(m.start, m.end))));
    at = m.end;
  }
  box.append(dec.decode(bytes.subarray(at)));
}

// ---- Skill search and concepts ----

let completeTimer = 0, completeSeq = 0;

function autocomplete() {
  clearTimeout(completeTimer);
  const q = $("s-skill").value.trim();
  if (q.length < 2) return;
  completeTimer = setTimeout(async () => {
    const seq = ++completeSeq;
    try {
      const res = await api("/v1/skills/search?n=10&q=" + encodeURIComponent(q));
      if (seq !== completeSeq) return; // a newer keystroke won
      const dl = $("s-suggestions");
      dl.replaceChildren(...res.suggestions.map((s) => el("option", { value: s.label })));
    } catch (_) { /* autocomplete is best effort */ }
  }, 150);
}

async function search(ev) {
  ev.preventDefault();
  const q = $("s-skill").value.trim();
  if (!q) return;
  status("search-status", t("working"));
  try {
    const res = await api("/v1/occupations/search?top=10&skill=" + encodeURIComponent(q));
    $("search-result").hidden = false;
    conceptList($("s-rome"), res.rome, "rome");
    conceptList($("s-isco"), res.isco, "isco");
    conceptList($("s-esco"), res.esco, "esco");
    status("search-status", "");
  } catch (e) { status("search-status", e.message, true); }
}

let lastConcept = null;

async function showConcept(scheme, code) {
  lastConcept = [scheme, code];
  try {
    const c = await api("/v1/occupations/" + scheme + "/" + encodeURIComponent(code));
    $("concept").hidden = false;
    $("c-title").textContent = (scheme === "esco" ? "" : c.code + " — ") + label(c.labels);
    $("c-meta").textContent = scheme.toUpperCase() + " · " + c.kind + (scheme === "esco" ? " · " + c.code : "");
    $("c-desc").textContent = label(c.description);
    const refItem = (r, prefix) => el("li", {}, prefix ? prefix + " : " : "",
      el("span", { class: "code", role: "link", tabindex: "0", onclick: () => showConcept(r.scheme, r.code) },
        r.scheme === "esco" ? shortURI(r.code) : r.code), " ", label(r.labels));
    const hier = $("c-hier");
    hier.replaceChildren();
    if (c.parent) hier.append(refItem(c.parent, t("parent")));
    for (const k of c.children.slice(0, 30)) {
      hier.append(k.kind === "appellation" ? el("li", {}, "· " + label(k.labels)) : refItem(k, t("child")));
    }
    $("c-skills").replaceChildren(...c.skills.slice(0, 40).map((s) => el("li", { title: s.code }, label(s.labels) + " (" + s.relation + ")")));
    $("c-cross").replaceChildren(...c.crosswalk.slice(0, 30).map((l) => {
      const li = refItem(l, l.scheme.toUpperCase());
      if (l.match) li.append(" [" + l.match + "]");
      return li;
    }));
    $("concept").scrollIntoView({ behavior: "smooth", block: "nearest" });
  } catch (e) { status("search-status", e.message, true); }
}

// ---- Trends ----

let chart = null;

async function trends(ev) {
  if (ev) ev.preventDefault();
  const p = new URLSearchParams({ by: $("t-by").value, interval: $("t-interval").value, top: "8" });
  if ($("t-from").value) p.set("from", $("t-from").value);
  if ($("t-to").value) p.set("to", $("t-to").value);
  if ($("t-filter").value.trim()) p.append("filter", $("t-filter").value.trim());
  status("trends-status", t("working"));
  try {
    const rep = await api("/v1/trends?" + p);
    const only = $("t-only").value.split(",").map((s) => s.trim()).filter(Boolean);
    drawTrends(normaliseTrends(rep, only));
    status("trends-status", "");
  } catch (e) { status("trends-status", e.message, true); }
}

// normaliseTrends reads the store's trend report into {periods: [unix
// seconds], series: [{key, label, counts}], rising: [movers], moversPeriod,
// moversBase}.
function normaliseTrends(rep, only) {
  const periods = (rep.periods || []).map((p) => Math.floor(Date.parse(p.start) / 1000));
  let series = (rep.series || []).map((s) => ({
    key: s.key, label: s.label || s.key, counts: s.counts || [],
  }));
  if (only.length) series = series.filter((s) => only.includes(String(s.key)));
  return { periods, series, rising: rep.rising || [], moversPeriod: rep.movers_period || "", moversBase: rep.movers_base || "" };
}

const PALETTE = ["#0b6e4f", "#c8553d", "#2d7dd2", "#f2a541", "#7b2cbf", "#3a86ff", "#8d99ae", "#e76f51"];

function drawTrends(d) {
  const box = $("t-chart");
  if (chart) { chart.destroy(); chart = null; }
  box.replaceChildren();
  if (d.periods.length === 0 || d.series.length === 0) {
    box.append(el("p", { class: "meta" }, t("none")));
  } else if (window.uPlot) {
    const opts = {
      width: Math.max(320, box.clientWidth || 800), height: 300,
      series: [{}].concat(d.series.map((s, i) => ({ label: String(s.label), stroke: PALETTE[i % PALETTE.length], width: 2 }))),
      axes: [{}, {}],
    };
    chart = new uPlot(opts, [d.periods].concat(d.series.map((s) => s.counts)), box);
  }
  // Rising keys: the store's movers (the last period the stored dates
  // cover whole against the one before), labelled from the series when
  // they are among them.
  $("t-movers").textContent = d.moversPeriod ? d.moversBase + " → " + d.moversPeriod : "";
  const labels = new Map(d.series.map((s) => [String(s.key), s.label]));
  const tbody = $("t-rising").tBodies[0];
  tbody.replaceChildren();
  for (const r of d.rising) {
    const g = r.growth;
    const change = g == null ? (r.previous ? "" : "+∞") : (g > 0 ? "+" : "") + (g * 100).toFixed(0) + " %";
    tbody.append(el("tr", {},
      el("td", { dir: "auto" }, labels.has(String(r.key)) ? r.key + " — " + labels.get(String(r.key)) : String(r.key)),
      el("td", {}, fmt(r.count)), el("td", {}, fmt(r.previous)),
      el("td", { class: (r.change ?? 0) > 0 ? "up" : "" }, change)));
  }
  if (!d.rising.length) tbody.append(el("tr", {}, el("td", { colspan: "4" }, t("none"))));
}

function fmt(n) { return typeof n === "number" ? (Number.isInteger(n) ? String(n) : n.toFixed(1)) : String(n ?? ""); }

// ---- Start ----

function start() {
  for (const b of document.querySelectorAll(".langs button")) b.addEventListener("click", () => setLang(b.dataset.lang));
  $("classify-form").addEventListener("submit", classify);
  $("search-form").addEventListener("submit", search);
  $("s-skill").addEventListener("input", autocomplete);
  $("trends-form").addEventListener("submit", trends);
  let saved = null;
  try { saved = localStorage.getItem("marsad.lang"); } catch (_) { /* private mode */ }
  const fromURL = new URLSearchParams(location.search).get("lang");
  setLang(fromURL || saved || "fr");
  trends();
}

document.addEventListener("DOMContentLoaded", start);
