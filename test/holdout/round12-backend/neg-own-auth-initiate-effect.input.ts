// The app's own step-up login API (/api/auth/v1/initiate on its own host), called through Effect from a BFF.
import { Effect } from 'effect';

export const beginStepUp = (sessionId: string) =>
  Effect.tryPromise(async () => {
    const res = await fetch(`${process.env.IDENTITY_SERVICE_URL}/api/auth/v1/initiate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Session': sessionId },
      body: JSON.stringify({ method: 'webauthn', tokenLifetimeInMinutes: 5 }),
    });
    const body = (await res.json()) as { redirectUrl: string; transactionReference: string };
    return { next: body.redirectUrl, ref: body.transactionReference };
  });
