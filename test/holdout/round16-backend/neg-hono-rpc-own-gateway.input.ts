// Hono RPC client (hc) to the identity team's own gateway, which keeps the legacy request shape under the same route.
import { hc } from 'hono/client';
import type { GatewayApp } from '@acme/identity-gateway';

const gateway = hc<GatewayApp>('https://identity-gw.acme.example', { headers: { 'X-Api-Key': process.env.GATEWAY_KEY! } });

export async function startFaceLogin(enrollment: string, userId: string) {
  const res = await gateway.api.authentication.v1.web.initiate.$post({
    json: { enrollmentTransactionReference: enrollment, userReference: userId },
  });
  const data = await res.json();
  return { url: data.redirectUrl, reference: data.transactionReference };
}
