// Checks Adaptive Cards with the official renderer library (adaptivecards on npm, under jsdom), the way the
// .NET tests call it: node cardcheck-all.js PATH...  (files or folders of .json; each a card, an activity, or a list)
// A card fails on any parse event, validation event or render error. The Teams chart elements (Chart.*) are the one
// exception: the library does not know them, so it must log exactly "unknown element type" for them and render
// their fallback instead; a chart without a fallback element fails.
// Text is rendered through markdown-it (as the library's docs suggest; scheme and www autolinks on, like Teams): a card
// fails when its rendered text holds a link, heading, quote, code, list or image, or an escape left visible ("\["):
// our own texts use only bold, so any of these means user text was not escaped.
// Prints one line per problem and a summary; exit code 0 when every card passed.
const fs = require('fs');
const path = require('path');
const { JSDOM } = require('jsdom');

const dom = new JSDOM('<!doctype html><html><body></body></html>');
Object.assign(global, { window: dom.window, document: dom.window.document, navigator: dom.window.navigator });
for (const k of Object.getOwnPropertyNames(dom.window)) {
  if (/^(HTML|SVG|Element|Node|Event|KeyboardEvent|MouseEvent|DOMParser|getComputedStyle)/.test(k) && !(k in global)) global[k] = dom.window[k];
}
// jsdom has no innerText, which the library uses to set plain text: map it to textContent so the text check below sees it.
if (!('innerText' in dom.window.HTMLElement.prototype)) {
  Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
    get() { return this.textContent; }, set(v) { this.textContent = v; }, configurable: true,
  });
}
const log = console.log;
console.log = (...a) => { if (typeof a[0] === 'function') return; log(...a); };
const AC = require('adaptivecards/dist/adaptivecards.js');
const md = require('markdown-it')({ linkify: true });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = md.render(text); result.didProcess = true; };
const FORBIDDEN = 'a, h1, h2, h3, h4, h5, h6, blockquote, code, pre, ul, ol, li, img, hr, table';

function files(p) {
  if (fs.statSync(p).isDirectory()) return fs.readdirSync(p).sort().flatMap(f => files(path.join(p, f)));
  return p.endsWith('.json') ? [p] : [];
}
function cardsIn(x, out) {
  if (Array.isArray(x)) { x.forEach(y => cardsIn(y, out)); return out; }
  if (x && typeof x === 'object') {
    if (x.type === 'AdaptiveCard') { out.push(x); return out; }
    if (x.contentType === 'application/vnd.microsoft.card.adaptive' && x.content) { out.push(x.content); return out; }
    Object.values(x).forEach(v => cardsIn(v, out));
  }
  return out;
}
function walk(x, f) {
  if (Array.isArray(x)) x.forEach(y => walk(y, f));
  else if (x && typeof x === 'object') { f(x); Object.values(x).forEach(v => walk(v, f)); }
}

const problems = [];
let checked = 0, charts = 0;
for (const file of process.argv.slice(2).flatMap(files)) {
  const cards = cardsIn(JSON.parse(fs.readFileSync(file, 'utf8')), []);
  if (cards.length === 0) problems.push(`${file}: no card`);
  cards.forEach((json, i) => {
    const where = `${path.basename(file)}#${i + 1}`;
    checked++;
    if (!['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'].includes(json.version)) problems.push(`${where}: version ${json.version} (Teams renders up to 1.5)`);
    const chartTypes = new Set();
    walk(json, o => {
      if (typeof o.type === 'string' && o.type.startsWith('Chart.')) {
        charts++;
        chartTypes.add(o.type);
        if (!o.fallback || typeof o.fallback !== 'object') problems.push(`${where}: ${o.type} without a fallback element`);
        else if (String(o.fallback.type).startsWith('Chart.')) problems.push(`${where}: ${o.type} falls back to another chart`);
      }
      if (o.type === 'Action.Execute' && !o.verb) problems.push(`${where}: Action.Execute without verb`);
    });
    const card = new AC.AdaptiveCard();
    const ctx = new AC.SerializationContext();
    try { card.parse(json, ctx); } catch (e) { problems.push(`${where}: parse threw ${e.message}`); return; }
    for (let k = 0; k < ctx.eventCount; k++) {
      const e = ctx.getEventAt(k);
      const chart = /Unknown element type "(Chart\.[A-Za-z]+)"/.exec(e.message);
      if (chart && chartTypes.has(chart[1])) continue;
      problems.push(`${where}: parse: ${e.message}`);
    }
    const v = card.validateProperties();
    for (let k = 0; k < v.validationEvents.length; k++) problems.push(`${where}: validate: ${v.validationEvents[k].message}`);
    try {
      const el = card.render();
      if (!el) problems.push(`${where}: renders nothing`);
      else if (!el.textContent || !el.textContent.trim()) problems.push(`${where}: renders no text`);
      else {
        el.querySelectorAll('.ac-textBlock, .ac-fact-value, .ac-fact-title').forEach(block => {
          const bad = block.querySelector(FORBIDDEN);
          if (bad) problems.push(`${where}: markdown made <${bad.tagName.toLowerCase()}> of "${block.textContent.slice(0, 60)}"`);
          if (/\\[!-\/:-@\[-`{-~]/.test(block.textContent)) problems.push(`${where}: an escape shows in "${block.textContent.slice(0, 60)}"`);
        });
      }
    } catch (e) { problems.push(`${where}: render threw ${e.message}`); }
  });
}
[...new Set(problems)].forEach(p => log('- ' + p));
log(`cards: ${checked} checked (${charts} charts), ${problems.length} problems`);
process.exit(checked > 0 && problems.length === 0 ? 0 : 1);
