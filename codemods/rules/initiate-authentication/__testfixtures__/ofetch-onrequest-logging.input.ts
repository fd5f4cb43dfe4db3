import { ofetch } from 'ofetch';

const logRequest = ({ request }: { request: unknown }) => console.debug('jumio request', String(request));

export async function startFaceCheck(enrollmentReference: string, apiToken: string, apiSecret: string): Promise<string> {
  const { redirectUrl } = await ofetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(`${apiToken}:${apiSecret}`).toString('base64'), 'User-Agent': 'Acme/1.0' },
    body: { enrollmentTransactionReference: enrollmentReference, successUrl: 'https://acme.example/done' },
    onRequest: [logRequest],
  });
  return redirectUrl;
}
