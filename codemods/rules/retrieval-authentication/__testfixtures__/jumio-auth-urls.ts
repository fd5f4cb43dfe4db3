// Support file for imported-url-builder.input.ts: the shared URL builder module.
export const authenticationUrl = (reference: string) => `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`;
