/*!
 * identity-widget.js: drop-in identity check for Thornbury's help-centre and partner pages (ES5, no framework).
 *
 *   <meta name="thornbury:identity-frame-origin" content="…">        (the CMS theme, once per site)
 *   <div id="identity-check"></div>
 *   <script src="/static/identity-widget.js" data-session-endpoint="…" data-mount="#identity-check"
 *           data-locale="en-GB" data-height="640"></script>
 *
 * The page-specific settings come from the widget's own <script> tag (document.currentScript), so CMS editors embed
 * it without touching code; the origin of the Netverify web client is a site-wide setting of the theme. It starts a
 * session, shows the web client in an iframe and announces the result as DOM events on the mount element:
 * `identity:verified` { reference } and `identity:failed` { code }.
 */
(function (window, document) {
  'use strict';

  var script = document.currentScript;
  if (!script) {
    // Loaded as a module, or injected after parsing: there is no <script> tag to read the settings from.
    if (window.console) window.console.error('[identity-widget] include me with a plain <script src> tag');
    return;
  }

  function siteSetting(name) {
    var meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.content : null;
  }

  var settings = {
    frameOrigin: siteSetting('thornbury:identity-frame-origin'),
    sessionEndpoint: script.dataset.sessionEndpoint,
    mount: script.dataset.mount || '#identity-check',
    locale: script.dataset.locale || document.documentElement.lang || 'en',
    height: parseInt(script.dataset.height || '640', 10)
  };

  var mountEl = document.querySelector(settings.mount);
  var frame = null;

  function emit(name, detail) {
    mountEl.dispatchEvent(new CustomEvent(name, { detail: detail, bubbles: true }));
  }

  function teardown() {
    window.removeEventListener('message', onMessage);
    if (frame && frame.parentNode) frame.parentNode.removeChild(frame);
    frame = null;
  }

  function onMessage(event) {
    if (!settings.frameOrigin || event.origin !== settings.frameOrigin) {
      return;
    }
    var data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (data.payload.value === 'loaded') {
      mountEl.classList.add('identity-check--ready');
    } else if (data.payload.value === 'success') {
      emit('identity:verified', { reference: data.transactionReference });
      teardown();
    } else if (data.payload.value === 'error') {
      emit('identity:failed', { code: data.payload.metainfo.code });
    }
  }

  function mount(sessionUrl) {
    frame = document.createElement('iframe');
    frame.src = sessionUrl;
    frame.title = 'Identity check';
    frame.width = '100%';
    frame.height = String(settings.height);
    frame.style.border = '0';
    frame.setAttribute('allow', 'camera;fullscreen');
    frame.setAttribute('allowfullscreen', '');
    mountEl.appendChild(frame);
    window.addEventListener('message', onMessage);
  }

  function start() {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', settings.sessionEndpoint);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = function () {
      if (xhr.status !== 200) {
        emit('identity:failed', { code: null });
        return;
      }
      mount(JSON.parse(xhr.responseText).frameUrl);
    };
    xhr.onerror = function () {
      emit('identity:failed', { code: null });
    };
    xhr.send(JSON.stringify({ locale: settings.locale }));
  }

  if (!mountEl) {
    if (window.console) window.console.error('[identity-widget] no element matches ' + settings.mount);
    return;
  }
  start();
})(window, document);
