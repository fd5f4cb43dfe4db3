import _ from 'lodash';

// PayPal hosted fields bridge.
export function initPayPalEvents(onApproved) {
  function onMessage(event) {
    if (!_.includes(event.origin, 'paypal.com')) return;
    const data = JSON.parse(event.data);
    if (_.get(data, 'payload.value') === 'success') onApproved(_.get(data, 'transactionReference'));
  }
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
