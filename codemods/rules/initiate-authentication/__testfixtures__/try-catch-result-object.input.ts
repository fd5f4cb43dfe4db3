// The file's own tryCatch(fn) answers { ok: true, value } or { ok: false, error }: the answer is `value`.
type Result<T> = { ok: true; value: T } | { ok: false; error: Error };

async function tryCatch<T>(fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

interface Started {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startStepUp(enrollmentRef: string, userId: string): Promise<string | null> {
  const outcome = await tryCatch(async () => {
    const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
      body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userId }),
    });
    return (await res.json()) as Started;
  });
  if (!outcome.ok) return null;
  const { value } = outcome;
  console.info('started', outcome.value.transactionReference);
  return value.redirectUrl;
}
