// A WebView bridge for the card issuer's 3-D Secure page: another vendor's origin.
export const FORWARD_3DS = `
  window.addEventListener('message', function (e) {
    if (e.origin !== 'https://acs.issuer-bank.com') return;
    window.ReactNativeWebView.postMessage(e.data);
  });
  true;
`;
