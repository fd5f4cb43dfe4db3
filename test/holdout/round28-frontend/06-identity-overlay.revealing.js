// Identity check overlay of the legacy customer area (revealing module pattern, no build step). The page calls
// AcmeIdentity.open(url, { done, fail }) with the link our back end returns.
var AcmeIdentity = (function (window, document) {
  'use strict';

  var frame = null;
  var callbacks = {};

  function handleMessage(e) {
    var data;
    try {
      data = JSON.parse(e.data);
    } catch (err) {
      return;
    }
    if (!data || !data.payload) {
      return;
    }
    if (data.payload.value === 'loaded') {
      frame.style.visibility = 'visible';
    } else if (data.payload.value === 'success') {
      close();
      if (callbacks.done) callbacks.done(data.transactionReference);
    } else if (data.payload.value === 'error') {
      close();
      if (callbacks.fail) callbacks.fail(data.payload.metainfo.code, data.transactionReference);
    }
  }

  function open(url, options) {
    callbacks = options || {};
    frame = document.createElement('iframe');
    frame.src = url;
    frame.className = 'identity-overlay__frame';
    frame.style.visibility = 'hidden';
    document.getElementById('identity-overlay').appendChild(frame);
    window.addEventListener('message', handleMessage, false);
  }

  function close() {
    window.removeEventListener('message', handleMessage, false);
    if (frame && frame.parentNode) {
      frame.parentNode.removeChild(frame);
    }
    frame = null;
  }

  return { open: open, close: close };
})(window, document);
