// The body's legacy request type goes with its annotation when nothing else names it (noUnusedLocals would report
// it); one another function still names stays.
interface LegacyAuthRequest {
  enrollmentTransactionReference: string;
  userReference?: string;
}

type LegacyAuthBody = { enrollmentTransactionReference: string; locale?: string };

export function describeBody(b: LegacyAuthBody): string {
  return b.enrollmentTransactionReference;
}

export async function startFaceAuth(enrollment: string, userRef: string): Promise<string> {
  const body: LegacyAuthRequest = { enrollmentTransactionReference: enrollment, userReference: userRef };
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { redirectUrl: string };
  return json.redirectUrl;
}

export async function startLocalised(enrollment: string): Promise<string> {
  const body = { enrollmentTransactionReference: enrollment, locale: 'de' } satisfies LegacyAuthBody;
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { redirectUrl: string };
  return json.redirectUrl;
}
