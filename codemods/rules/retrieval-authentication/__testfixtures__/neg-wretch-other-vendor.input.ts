import wretch from 'wretch';

// The same chain shapes against another identity vendor and against KYX itself: left alone.
const vendor = wretch('https://api.faceauth.example.com/api/netverify/v2').auth(`Basic ${process.env.VENDOR_BASIC}`);

export async function vendorUser(ref: string) {
  const d = await vendor.url(`/authentications/${ref}`).get().json<{ userReference: string }>();
  return d.userReference;
}

export async function kyxDetails(accountId: string, ref: string, token: string) {
  return wretch(`https://retrieval.emea-1.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}`).auth(`Bearer ${token}`).get().json();
}
