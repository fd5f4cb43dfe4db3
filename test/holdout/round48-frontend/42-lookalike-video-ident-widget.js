/*!
 * video-ident-widget.js: drop-in video identification for Thornbury's help-centre and partner pages (ES5, no
 * framework). An agent of our video-ident provider (IdentCall) checks the member's document live on camera.
 *
 *   <meta name="thornbury:video-ident-frame-origin" content="…">      (the CMS theme, once per site)
 *   <div id="video-ident"></div>
 *   <script src="/static/video-ident-widget.js" data-session-endpoint="…" data-mount="#video-ident"
 *           data-locale="en-GB" data-height="640"></script>
 *
 * The page-specific settings come from the widget's own <script> tag (document.currentScript), so CMS editors embed
 * it without touching code; the origin of IdentCall's call room is a site-wide setting of the theme. It books a
 * session, shows the call room in an iframe and announces the result as DOM events on the mount element:
 * `videoident:completed` { sessionId, status } and `videoident:aborted` { reason }.
 */
(function (window, document) {
  'use strict';

  var script = document.currentScript;
  if (!script) {
    // Loaded as a module, or injected after parsing: there is no <script> tag to read the settings from.
    if (window.console) window.console.error('[video-ident-widget] include me with a plain <script src> tag');
    return;
  }

  function siteSetting(name) {
    var meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.content : null;
  }

  var settings = {
    frameOrigin: siteSetting('thornbury:video-ident-frame-origin'),
    sessionEndpoint: script.dataset.sessionEndpoint,
    mount: script.dataset.mount || '#video-ident',
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
    if (data.type === 'agent_joined') {
      mountEl.classList.add('video-ident--live');
    } else if (data.type === 'call_completed') {
      emit('videoident:completed', { sessionId: data.sessionId, status: data.status });
      teardown();
    } else if (data.type === 'call_aborted') {
      emit('videoident:aborted', { reason: data.reason });
    }
  }

  function mount(roomUrl) {
    frame = document.createElement('iframe');
    frame.src = roomUrl;
    frame.title = 'Video identification';
    frame.width = '100%';
    frame.height = String(settings.height);
    frame.style.border = '0';
    frame.setAttribute('allow', 'camera; microphone; fullscreen; autoplay; display-capture');
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
        emit('videoident:aborted', { reason: 'session_unavailable' });
        return;
      }
      mount(JSON.parse(xhr.responseText).roomUrl);
    };
    xhr.onerror = function () {
      emit('videoident:aborted', { reason: 'network' });
    };
    xhr.send(JSON.stringify({ locale: settings.locale }));
  }

  if (!mountEl) {
    if (window.console) window.console.error('[video-ident-widget] no element matches ' + settings.mount);
    return;
  }
  start();
})(window, document);
