import { ofetch } from 'ofetch';

// The instance's onResponse hook may change what every call resolves to (context.response._data): not proven
// harmless to a KYX call, so the call stays flagged and working.
const jumio = ofetch.create({
  baseURL: 'https://core-sgp.jumio.com/api',
  headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
  onResponse({ response }) {
    response._data = { ...response._data, receivedAt: Date.now() };
  },
});

export async function startFaceAuth(enrollmentReference: string) {
  const started = await jumio('/authentication/v1/web/initiate', { method: 'POST', body: { enrollmentTransactionReference: enrollmentReference } });
  return started.redirectUrl as string;
}
