// The base URL comes from a JSON settings file imported with import attributes; fetch.
import settings from './jumio.json' with { type: 'json' };

export async function startFaceLogin(enrollment: string, userId: string): Promise<string> {
  const res = await fetch(`${settings.jumio.baseUrl}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': settings.jumio.userAgent,
      Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`,
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
  });
  const json = (await res.json()) as { redirectUrl: string };
  return json.redirectUrl;
}
