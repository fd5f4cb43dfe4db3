export function loginWithPopup(authUrl) {
  return new Promise((resolve, reject) => {
    const popup = window.open(authUrl, 'login', 'width=500,height=600');
    function onMessage(event) {
      if (event.origin !== window.location.origin) return;
      const data = JSON.parse(event.data);
      if (data.type !== 'oauth') return;
      window.removeEventListener('message', onMessage);
      popup.close();
      if (data.error) reject(new Error(data.error));
      else resolve({ code: data.code, redirectUrl: data.redirectUrl, authorizationToken: data.authorizationToken });
    }
    window.addEventListener('message', onMessage);
  });
}
