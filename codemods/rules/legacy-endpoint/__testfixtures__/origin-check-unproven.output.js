// Origin checks of message handlers that no other rule proves to be Jumio's (here this rule runs alone): reported as
// origin checks, not as API base URLs.
window.addEventListener('message', (e) => {
  // TODO(netverify-migrate): legacy-endpoint: message origin checked against the legacy Jumio host netverify.com: once the iframe shows the KYX web client (web.href), its events come from *.web.<region>.jumio.ai — check that origin instead if this handler takes the Jumio web client's events (see MIGRATION.md)
  if (e.origin.indexOf('netverify.com') !== -1) {
    send(e.data);
  }
});

window.addEventListener('message', (e) => {
  // TODO(netverify-migrate): legacy-endpoint: message origin checked against the legacy Jumio host netverify.com: once the iframe shows the KYX web client (web.href), its events come from *.web.<region>.jumio.ai — check that origin instead if this handler takes the Jumio web client's events (see MIGRATION.md)
  if (e.origin === 'https://netverify.com') send(e.data);
});

window.addEventListener('message', ({ origin, data }) => {
  // TODO(netverify-migrate): legacy-endpoint: message origin checked against the legacy Jumio host lon.netverify.com: once the iframe shows the KYX web client (web.href), its events come from *.web.<region>.jumio.ai — check that origin instead if this handler takes the Jumio web client's events (see MIGRATION.md)
  if ('https://lon.netverify.com' !== origin) return;
  send(data);
});

// A host setting is still the API base URL.
// TODO(netverify-migrate): legacy-endpoint: legacy Jumio API base URL lon.netverify.com: a call still built on it must move to KYX by hand (initiate: account.emea-1.jumio.ai; retrieval: retrieval.emea-1.jumio.ai; see MIGRATION.md); calls this tool migrated send nothing to it (some still read it to pick the KYX host of their region): update or remove it once no code reads it
export const JUMIO_HOST = 'lon.netverify.com';
