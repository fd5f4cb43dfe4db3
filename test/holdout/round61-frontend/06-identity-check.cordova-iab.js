// Oakhanger Lettings tenant app (Cordova 12, cordova-plugin-inappbrowser 6): the tenant verifies their identity before
// signing a tenancy. The Netverify web client only posts its events when it is framed, so the in-app browser opens our
// hosted frame page (https://tenants.oakhanger-lettings.example/identity/frame?u=…) and, once that page has loaded, we
// inject a listener into it; the listener hands each event back to the app over the in-app browser's message channel.
(function () {
  'use strict';

  var FRAME_PAGE = 'https://tenants.oakhanger-lettings.example/identity/frame';

  var RELAY_EVENTS = `
    window.addEventListener('message', function (e) {
      if (!/\\.netverify\\.com$/.test(e.origin)) return;
      webkit.messageHandlers.cordova_iab.postMessage(JSON.stringify({ kind: 'identity', raw: e.data }));
    });
  `;

  function openIdentityCheck(frameUrl, done) {
    var iab = cordova.InAppBrowser.open(
      FRAME_PAGE + '?u=' + encodeURIComponent(frameUrl),
      '_blank',
      'location=no,toolbar=yes,closebuttoncaption=Cancel'
    );
    var finished = false;

    iab.addEventListener('loadstop', function () {
      iab.executeScript({ code: RELAY_EVENTS });
    });

    iab.addEventListener('message', function (params) {
      if (!params.data || params.data.kind !== 'identity') return;
      var data = JSON.parse(params.data.raw);
      if (data.payload.value === 'success') {
        finished = true;
        iab.close();
        done(null, { verified: true, reference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        finished = true;
        iab.close();
        done(null, { verified: false, reference: data.transactionReference, code: data.payload.metainfo && data.payload.metainfo.code });
      }
    });

    iab.addEventListener('exit', function () {
      if (!finished) done(new Error('identity check cancelled'));
    });
  }

  document.addEventListener('deviceready', function () {
    window.OakhangerIdentity = { openIdentityCheck: openIdentityCheck };
  }, false);
})();
