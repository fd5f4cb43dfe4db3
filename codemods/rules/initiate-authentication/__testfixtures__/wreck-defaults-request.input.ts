// Wreck.request through a Wreck.defaults() instance whose base and Basic header its other calls still use: the
// migrated call keeps the instance, with the absolute KYX URL and its own Bearer header (@hapi/wreck merges the
// call's headers over the instance's and ignores baseUrl for an absolute URL).
import Wreck from '@hapi/wreck';

const jumio = Wreck.defaults({
  baseUrl: 'https://lon.netverify.com',
  headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64') },
});

interface InitiateResponse {
  redirectUrl: string;
  transactionReference: string;
}

export async function startAuthentication(enrollment: string, user: string) {
  const res = await jumio.request('POST', '/api/authentication/v1/web/initiate', {
    payload: { enrollmentTransactionReference: enrollment, userReference: user },
    headers: { 'User-Agent': 'Acme/1.0' },
  });
  const body = await Wreck.read<InitiateResponse>(res, { json: true });
  return { url: body.redirectUrl, ref: body.transactionReference };
}

export async function scanImages(scanReference: string) {
  const { payload } = await jumio.get<unknown>(`/api/netverify/v2/scans/${scanReference}/images`, { json: true });
  return payload;
}
