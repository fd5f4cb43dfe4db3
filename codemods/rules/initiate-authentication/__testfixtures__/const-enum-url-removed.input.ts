// The data-centre origin and the route in one const enum: inlined at build time, read only by this call.
const enum Netverify {
  Origin = 'https://lon.netverify.com',
  Initiate = '/api/authentication/v1/web/initiate',
}

export async function startFaceLogin(enrollmentReference: string, memberId: string): Promise<string> {
  const res = await fetch(new URL(`${Netverify.Initiate}`, Netverify.Origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NETVERIFY_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: memberId }),
  });
  const data = (await res.json()) as { redirectUrl: string };
  return data.redirectUrl;
}
