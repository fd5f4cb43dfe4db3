export function setupJumioListener(api) {
  function onJumioMessage(event) {
    var data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (!data.hasOwnProperty('transactionReference') || data.eventType !== 510) return;
    api.post('/kyc/events', {
      transactionReference: data.transactionReference,
      status: data.payload.value,
      ref2: data?.['transactionReference'],
      at: data.dateTime,
    });
  }
  window.addEventListener('message', onJumioMessage);
  return function () {
    window.removeEventListener('message', onJumioMessage);
  };
}
