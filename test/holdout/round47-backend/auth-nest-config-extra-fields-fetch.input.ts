// Keystone Savings (US): an outgoing wire to a payee added in the last 14 days waits for the customer's selfie against
// the ID check from account opening. NestJS service on the global fetch; the controller and the callback receiver
// live in other modules.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { recordWireStepUp, type PendingWire } from './store.js';

const NETVERIFY_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';
const NETVERIFY_BASIC = Buffer.from(`${process.env.KEYSTONE_NV_TOKEN}:${process.env.KEYSTONE_NV_SECRET}`).toString('base64');

interface NetverifyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class WireStepUpService {
  constructor(private readonly config: ConfigService) {}

  async begin(wire: PendingWire, clientIp: string): Promise<{ url: string; reference: string }> {
    const appUrl: string = this.config.get('PUBLIC_APP_URL');
    const res = await fetch(NETVERIFY_INITIATE, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Basic ${NETVERIFY_BASIC}`,
        'User-Agent': 'KeystoneSavings-Wires/2.7',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: wire.customer.netverifyEnrollmentRef,
        // Not in the authentication guide: kept from the onboarding call so a portal search by wire finds it.
        customerInternalReference: wire.id,
        userReference: wire.customer.id,
        successUrl: `${appUrl}/wires/${wire.id}/verified`,
        errorUrl: `${appUrl}/wires/${wire.id}/declined`,
        callbackUrl: `${this.config.get('PUBLIC_API_URL')}/hooks/netverify/face-login`,
        locale: wire.customer.locale,
        tokenLifetimeInMinutes: Number(this.config.get('NETVERIFY_LINK_MINUTES') ?? 15),
        // Left over from the v3 integration; the fraud team's reports still filter on it.
        merchantReportingCriteria: 'wire-step-up',
        clientIp,
      }),
    });
    if (!res.ok) {
      console.warn(`face login initiate failed for wire ${wire.id}: ${res.status}`);
      throw new Error('identity provider unavailable');
    }

    const started = (await res.json()) as NetverifyInitiateResponse;
    await recordWireStepUp(wire.id, started.transactionReference);
    return { url: started.redirectUrl, reference: started.transactionReference };
  }
}
