// Data-centre hosts frozen so that nothing changes them at run time; the region comes from the tenant record.

const JUMIO_HOSTS = Object.freeze({
  us: 'https://netverify.com',
  eu: 'https://lon.netverify.com',
});

export async function beginFaceCheck(region: 'us' | 'eu', enrollmentRef: string, userId: string) {
  const res = await fetch(`${JUMIO_HOSTS[region]}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userId }),
  });
  const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return { url: data.redirectUrl, ref: data.transactionReference };
}
