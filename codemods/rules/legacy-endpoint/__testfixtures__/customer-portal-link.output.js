// Back-office links: the legacy Customer Portal (customer-portal.<dc>.netverify.com has a white-label web client's
// shape but is not the web client) and a tenant's white-label web client.
// TODO(netverify-migrate): legacy-endpoint: legacy Jumio Customer Portal link customer-portal.lon.netverify.com: transactions made on KYX are not in the legacy portal — point the link at the KYX Customer Portal once the calls are migrated (see MIGRATION.md)
export const portalLink = (ref) => 'https://customer-portal.lon.netverify.com/#/verifications/' + ref;
// TODO(netverify-migrate): legacy-endpoint: legacy Jumio Customer Portal link customer-portal.netverify.com: transactions made on KYX are not in the legacy portal — point the link at the KYX Customer Portal once the calls are migrated (see MIGRATION.md)
export const usPortal = 'https://customer-portal.netverify.com';
// TODO(netverify-migrate): legacy-endpoint: legacy Jumio white-label web-client host acme.netverify.com (an iframe embed, CSP frame-src or origin allow-list): the KYX web client is served from *.web.<region>.jumio.ai (the account response's web.href) — allow and check that host instead once the calls are migrated (see MIGRATION.md)
export const frameSrc = 'https://acme.netverify.com';
