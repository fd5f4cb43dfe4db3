// "Connect with PayPal": the OAuth popup's redirect page posts the authorization result back to the opener.
export function connectPayPal(authorizeUrl: string): Promise<{ code: string; state: string }> {
  const popup = window.open(authorizeUrl, 'paypal-connect', 'width=480,height=720');
  return new Promise((resolve, reject) => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== window.location.origin) return;
      const { redirectUrl, authorizationToken, state, error } = JSON.parse(event.data);
      window.removeEventListener('message', onMessage);
      popup?.close();
      if (error) return reject(new Error(error));
      const code = new URL(redirectUrl).searchParams.get('code') ?? authorizationToken;
      resolve({ code, state });
    }
    window.addEventListener('message', onMessage);
  });
}
