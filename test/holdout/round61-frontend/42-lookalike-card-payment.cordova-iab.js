// Pellow Energy customer app (Cordova 12, cordova-plugin-inappbrowser 6): paying an overdue bill by card. The card
// form is Cardstream's hosted payment page, which posts its result to the page that frames it, so the in-app browser
// opens our hosted checkout page (https://pay.pellow-energy.example/checkout/frame?u=…) and, once that page has
// loaded, we inject a listener into it; the listener hands each result back to the app over the in-app browser's
// message channel.
(function () {
  'use strict';

  var CHECKOUT_PAGE = 'https://pay.pellow-energy.example/checkout/frame';

  var RELAY_EVENTS = `
    window.addEventListener('message', function (e) {
      if (!/\\.cardstream-pay\\.example$/.test(e.origin)) return;
      webkit.messageHandlers.cordova_iab.postMessage(JSON.stringify({ kind: 'payment', raw: e.data }));
    });
  `;

  function openCardPayment(paymentUrl, done) {
    var iab = cordova.InAppBrowser.open(
      CHECKOUT_PAGE + '?u=' + encodeURIComponent(paymentUrl),
      '_blank',
      'location=no,toolbar=yes,closebuttoncaption=Cancel'
    );
    var finished = false;

    iab.addEventListener('loadstop', function () {
      iab.executeScript({ code: RELAY_EVENTS });
    });

    iab.addEventListener('message', function (params) {
      if (!params.data || params.data.kind !== 'payment') return;
      var data = JSON.parse(params.data.raw);
      if (data.payload.value === 'captured') {
        finished = true;
        iab.close();
        done(null, { paid: true, reference: data.transactionReference });
      } else if (data.payload.value === 'declined') {
        finished = true;
        iab.close();
        done(null, { paid: false, reference: data.transactionReference, code: data.payload.metainfo && data.payload.metainfo.code });
      }
    });

    iab.addEventListener('exit', function () {
      if (!finished) done(new Error('card payment cancelled'));
    });
  }

  document.addEventListener('deviceready', function () {
    window.PellowPayments = { openCardPayment: openCardPayment };
  }, false);
})();
