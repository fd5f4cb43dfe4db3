// The body read on a failed response is the vendor's error answer, not the value: not followed (no stand-in item for
// its `.catch(() => ({}))`, no "leaves whole" where it is handed to the error). The answer itself is.
interface Started { redirectUrl: string; transactionReference: string }

export class VendorError extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(`vendor answered ${status}`);
  }
}

async function startFaceLogin(enrollment: string): Promise<Started> {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.NV_BASIC}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment }),
  });
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    throw new VendorError(res.status, body);
  }
  return (await res.json()) as Started;
}

export async function link(enrollment: string): Promise<string> {
  return (await startFaceLogin(enrollment)).redirectUrl;
}
