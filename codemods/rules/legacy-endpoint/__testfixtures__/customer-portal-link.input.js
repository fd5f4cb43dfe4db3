// Back-office links: the legacy Customer Portal (customer-portal.<dc>.netverify.com has a white-label web client's
// shape but is not the web client) and a tenant's white-label web client.
export const portalLink = (ref) => 'https://customer-portal.lon.netverify.com/#/verifications/' + ref;
export const usPortal = 'https://customer-portal.netverify.com';
export const frameSrc = 'https://acme.netverify.com';
