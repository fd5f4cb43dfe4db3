// Host and path kept as exported consts of a namespace.

namespace Netverify {
  export const HOST_EU = 'https://lon.netverify.com';
  export const AUTH_INITIATE = '/api/authentication/v1/web/initiate';
}

export async function startStepUp(userId: string, enrollment: string): Promise<string> {
  const res = await fetch(Netverify.HOST_EU + Netverify.AUTH_INITIATE, {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.NV_BASIC}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
  });
  const json = await res.json();
  return json.redirectUrl;
}
