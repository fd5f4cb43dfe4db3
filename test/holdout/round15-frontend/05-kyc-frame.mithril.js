// Mithril closure component showing the Netverify web client and listening to its events.
import m from 'mithril';

export function KycFrame() {
  let done = false;

  function onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      done = true;
      m.request({ method: 'POST', url: '/api/kyc/complete', body: { reference: data.transactionReference } });
      m.redraw();
    }
  }

  return {
    oncreate: function () { window.addEventListener('message', onMessage); },
    onremove: function () { window.removeEventListener('message', onMessage); },
    view: function (vnode) {
      return done
        ? m('p.done', 'Thank you, your identity was checked.')
        : m('iframe.kyc', { src: vnode.attrs.src, allow: 'camera;fullscreen', allowfullscreen: true, width: 640, height: 660 });
    },
  };
}
