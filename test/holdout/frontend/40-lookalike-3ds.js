// 3-D Secure challenge result from the ACS iframe
export function listen3ds(onResult) {
  window.addEventListener('message', function (event) {
    if (event.origin !== 'https://acs.bank-3ds.com') return;
    var data = JSON.parse(event.data);
    if (data.payload && data.payload.value === 'success') {
      onResult({ ok: true, transactionReference: data.transactionReference });
    } else if (data.payload.value === 'error') {
      onResult({ ok: false, code: data.payload.code });
    }
  });
}
