/*
 * Civic Toolbox embed loader, served as /embed.js (src/pages/embed.js.ts fills in the settings).
 * Turns each <a class="civic-toolbox-embed" data-collection="id" data-lang="ar" href="…">…</a>
 * (or data-event="id" for an event with its projects)
 * into an iframe of the catalogue's embed page, sized to its content. The link stays where
 * scripts are off. No dependency, no cookie, no request except to the catalogue.
 */
(function (config) {
  'use strict';
  // The catalogue is wherever this script came from; inside a bundle (no currentScript), this page's origin.
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : location.origin;
  var embeds = [];

  function language(link) {
    var scope = link.closest('[lang]');
    var wanted = (link.getAttribute('data-lang') || (scope && scope.getAttribute('lang')) || '').toLowerCase().split('-')[0];
    return config.locales.indexOf(wanted) >= 0 ? wanted : config.defaultLocale;
  }

  function mount(link) {
    var kind = link.hasAttribute('data-collection') ? 'collections' : 'events';
    var id = link.getAttribute(kind === 'collections' ? 'data-collection' : 'data-event') || '';
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return;
    // What the frame reports its height with (src/publish/embed.ts, embedKey).
    var key = kind === 'collections' ? id : kind + '/' + id;
    var theme = link.getAttribute('data-theme');
    var frame = document.createElement('iframe');
    frame.setAttribute('sandbox', config.sandbox);
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.title = (link.textContent || '').replace(/\s+/g, ' ').trim() || id;
    frame.className = link.className;
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = config.initialHeight + 'px';
    frame.src = origin + config.base + language(link) + '/embed/' + kind + '/' + id + '/' + (theme === 'light' || theme === 'dark' ? '?theme=' + theme : '');
    embeds.push({ frame: frame, id: key });
    link.replaceWith(frame);
  }

  // Only that iframe (event.source) on the catalogue's origin (event.origin) may size it.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.source) return;
    var data = event.data;
    if (!data || data.type !== config.message || typeof data.height !== 'number' || !isFinite(data.height)) return;
    for (var i = 0; i < embeds.length; i++) {
      var embed = embeds[i];
      if (embed.frame.contentWindow === event.source && data.collection === embed.id) {
        embed.frame.style.height = Math.min(config.maxHeight, Math.max(config.minHeight, Math.ceil(data.height))) + 'px';
      }
    }
  });

  function run() {
    var links = document.querySelectorAll('a.' + config.linkClass + '[data-collection], a.' + config.linkClass + '[data-event]');
    for (var i = 0; i < links.length; i++) mount(links[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})(__CONFIG__);
