// The data centre is switched by a LaunchDarkly flag during the EU move; fetch with a hand-built Basic header.
import * as ld from '@launchdarkly/node-server-sdk';

const ldClient = ld.init(process.env.LD_SDK_KEY ?? '');

const US_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export async function startFaceLogin(user: { id: string; country: string; jumioEnrollment: string }) {
  const useEu = await ldClient.variation('jumio-eu-datacentre', { kind: 'user', key: user.id, country: user.country }, false);
  const res = await fetch(useEu ? EU_INITIATE : US_INITIATE, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
    },
    body: JSON.stringify({ enrollmentTransactionReference: user.jumioEnrollment, userReference: user.id }),
  });
  const body = await res.json();
  return { url: body.redirectUrl, reference: body.transactionReference };
}
