// Handlers no rule proves (attached through an app's own event bus) whose origin check is a regular expression
// naming the legacy web-client host: reported like a string compared with the origin (round 47).
// TODO(netverify-migrate): legacy-endpoint: message origin checked against the legacy Jumio host /^https:\/\/[a-z0-9-]+\.netverify\.com$/: once the iframe shows the KYX web client (web.href), its events come from *.web.<region>.jumio.ai — check that origin instead if this handler takes the Jumio web client's events (see MIGRATION.md)
var TENANT_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

bus.subscribe('frame', function (e) {
  // TODO(netverify-migrate): legacy-endpoint: message origin checked against the legacy Jumio host /^https:\/\/acme\.netverify\.com$/: once the iframe shows the KYX web client (web.href), its events come from *.web.<region>.jumio.ai — check that origin instead if this handler takes the Jumio web client's events (see MIGRATION.md)
  if (!/^https:\/\/acme\.netverify\.com$/.test(e.origin)) return;
  done(JSON.parse(e.data));
});

bus.subscribe('frame:tenant', function (e) {
  if (!TENANT_ORIGIN.test(e.origin)) return;
  done(JSON.parse(e.data));
});

// Not an origin check: a URL pattern used to validate configuration (no item).
var CONFIG_URL = /^https:\/\/[a-z]+\.netverify\.com\/api\//;
export function validConfig(url) { return CONFIG_URL.test(url); }
