// Mithril closure component embedding Plaid Link and listening to its events.
import m from 'mithril';

export function PlaidFrame() {
  let linked = false;
  function onMessage(event) {
    if (event.origin !== 'https://cdn.plaid.com') return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      linked = true;
      m.request({ method: 'POST', url: '/api/bank/link', body: { reference: data.transactionReference } });
      m.redraw();
    }
  }
  return {
    oncreate: function () { window.addEventListener('message', onMessage); },
    onremove: function () { window.removeEventListener('message', onMessage); },
    view: function () {
      return linked ? m('p', 'Bank linked.') : m('iframe', { src: 'https://cdn.plaid.com/link/v2/stable/link.html', allow: 'camera;fullscreen' });
    },
  };
}
