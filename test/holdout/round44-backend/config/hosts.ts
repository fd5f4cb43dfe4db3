// Netverify data centres. A tenant's API user only works on the data centre its account lives in.
export const NETVERIFY_US = 'https://netverify.com';
export const NETVERIFY_EU = 'https://lon.netverify.com';
export const NETVERIFY_SGP = 'https://core-sgp.jumio.com';
