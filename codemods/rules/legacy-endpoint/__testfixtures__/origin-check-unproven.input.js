// Origin checks of message handlers that no other rule proves to be Jumio's (here this rule runs alone): reported as
// origin checks, not as API base URLs.
window.addEventListener('message', (e) => {
  if (e.origin.indexOf('netverify.com') !== -1) {
    send(e.data);
  }
});

window.addEventListener('message', (e) => {
  if (e.origin === 'https://netverify.com') send(e.data);
});

window.addEventListener('message', ({ origin, data }) => {
  if ('https://lon.netverify.com' !== origin) return;
  send(data);
});

// A host setting is still the API base URL.
export const JUMIO_HOST = 'lon.netverify.com';
