/*
 * <civic-collection collection="id" lang="ar" theme="dark">: a Civic Toolbox collection rendered in
 * the host page, served as /civic-collection.js (src/pages/civic-collection.js.ts fills in the
 * settings and labels). Reads the catalogue's JSON, builds the DOM from text nodes only (no HTML
 * from data), links only to http(s) URLs, sets no cookie. Style it with CSS custom properties
 * (--civic-bg, --civic-text, --civic-muted, --civic-accent, --civic-border, --civic-font,
 * --civic-radius) and ::part(container | title | list | item | name | summary | license | link).
 */
(function (config) {
  'use strict';
  if (!window.customElements || customElements.get('civic-collection')) return;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : location.origin;

  var light = '--_bg: var(--civic-bg, #ffffff); --_text: var(--civic-text, #1b1f24); --_muted: var(--civic-muted, #4a5560); --_accent: var(--civic-accent, #0b5cad); --_border: var(--civic-border, #c9d1d9);';
  var dark = '--_bg: var(--civic-bg, #15191e); --_text: var(--civic-text, #e8ecf0); --_muted: var(--civic-muted, #b4bec8); --_accent: var(--civic-accent, #8cc4ff); --_border: var(--civic-border, #3b4550);';
  var css =
    ':host { display: block; ' + light + ' }' +
    ':host([theme="dark"]) { ' + dark + ' }' +
    '@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) { ' + dark + ' } }' +
    ':host([hidden]) { display: none; }' +
    '[part~="container"] { font-family: var(--civic-font, inherit); line-height: 1.5; color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--civic-radius, 0.5rem); padding: 0.75rem 1rem; }' +
    '[part~="title"] { font-weight: 700; font-size: 1.15em; margin: 0 0 0.6rem; }' +
    '[part~="list"] { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }' +
    '[part~="item"] { border-block-start: 1px solid var(--_border); padding-block-start: 0.6rem; }' +
    '[part~="item"]:first-child { border: 0; padding: 0; }' +
    '[part~="name"] { font-weight: 700; }' +
    '[part~="summary"], [part~="license"] { margin: 0.2rem 0 0; overflow-wrap: anywhere; }' +
    '[part~="license"] { color: var(--_muted); font-size: 0.9em; }' +
    'a { color: var(--_accent); text-underline-offset: 0.15em; }' +
    '[role="status"] { margin: 0; color: var(--_muted); }';

  var sheet;
  function addStyles(root) {
    // A constructed sheet is not an inline <style>, so a host CSP without 'unsafe-inline' still applies it.
    try {
      sheet = sheet || new CSSStyleSheet();
      if (!sheet.cssRules.length) sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      var style = document.createElement('style');
      style.textContent = css;
      root.appendChild(style);
    }
  }

  /** The URL if it is absolute http(s), otherwise null: no javascript:, data: or relative links from data. */
  function safeUrl(value) {
    if (typeof value !== 'string') return null;
    try {
      var url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function node(tag, part, text) {
    var el = document.createElement(tag);
    if (part) el.setAttribute('part', part);
    if (text !== undefined) el.textContent = String(text);
    return el;
  }

  function link(href, part, text) {
    var url = safeUrl(href);
    if (!url) return node('span', part, text);
    var a = node('a', part, text);
    a.href = url;
    return a;
  }

  /** Text in the reader's language, or the original marked with its own language. */
  function pick(texts, original, lang) {
    if (!texts || typeof texts !== 'object') return { lang: lang, value: {} };
    if (texts[lang]) return { lang: lang, value: texts[lang] };
    return { lang: original, value: texts[original] || {} };
  }
  function mark(el, textLang, lang) {
    if (textLang !== lang && config.locales.indexOf(textLang) >= 0) {
      el.lang = textLang;
      el.dir = config.rtl.indexOf(textLang) >= 0 ? 'rtl' : 'ltr';
    }
    return el;
  }

  class CivicCollection extends HTMLElement {
    static get observedAttributes() {
      return ['collection', 'lang'];
    }
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      addStyles(this.shadowRoot);
      this.request = 0;
    }
    connectedCallback() {
      this.load();
    }
    attributeChangedCallback(_name, before, after) {
      if (this.isConnected && before !== after) this.load();
    }
    language() {
      var scope = this.closest('[lang]');
      var wanted = ((scope && scope.getAttribute('lang')) || '').toLowerCase().split('-')[0];
      return config.locales.indexOf(wanted) >= 0 ? wanted : config.defaultLocale;
    }
    show(content, lang) {
      var container = node('div', 'container');
      container.lang = lang;
      container.dir = config.rtl.indexOf(lang) >= 0 ? 'rtl' : 'ltr';
      container.appendChild(content);
      var old = this.shadowRoot.querySelector('[part~="container"]');
      if (old) old.replaceWith(container);
      else this.shadowRoot.appendChild(container);
    }
    status(key, lang) {
      var p = node('p', null, config.labels[lang][key]);
      p.setAttribute('role', 'status');
      this.show(p, lang);
    }
    load() {
      var self = this;
      var lang = this.language();
      var id = this.getAttribute('collection') || '';
      var request = ++this.request;
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return this.status('error', lang);
      this.status('loading', lang);
      fetch(origin + config.base + 'api/collections/' + id + '.json', { credentials: 'omit', referrerPolicy: 'no-referrer' })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (data) {
          if (request === self.request) self.render(data, lang);
        })
        .catch(function () {
          if (request === self.request) self.status('error', lang);
        });
    }
    render(data, lang) {
      var labels = config.labels[lang];
      var fragment = document.createDocumentFragment();
      var title = pick(data.text, data.lang, lang);
      var heading = node('p', 'title');
      heading.appendChild(mark(link(data.url && data.url[lang], 'link', title.value.name || ''), title.lang, lang));
      fragment.appendChild(heading);
      var list = node('ul', 'list');
      (Array.isArray(data.tools) ? data.tools : []).forEach(function (item) {
        var tool = item && item.tool;
        if (!tool) return;
        var text = pick(tool.text, tool.lang, lang);
        var li = node('li', 'item');
        li.appendChild(mark(link(tool.url && tool.url[lang], 'name link', text.value.name || tool.id), text.lang, lang));
        li.appendChild(mark(node('p', 'summary', text.value.summary || ''), text.lang, lang));
        var license = node('p', 'license', labels.license + ' ');
        var value = node('bdi', null, tool.license === undefined ? labels.unknown : tool.license === 'proprietary' ? labels.proprietary : tool.license);
        value.dir = 'ltr';
        license.appendChild(value);
        li.appendChild(license);
        list.appendChild(li);
      });
      fragment.appendChild(list);
      this.show(fragment, lang);
    }
  }
  customElements.define('civic-collection', CivicCollection);
})(__CONFIG__);
