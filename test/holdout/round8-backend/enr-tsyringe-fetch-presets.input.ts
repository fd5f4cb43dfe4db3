// Onboarding: ID + selfie verification, registered as a tsyringe singleton.
import { singleton } from 'tsyringe';
import { saveFaceAuth } from './store';

const V4_INITIATE = 'https://netverify.com/api/v4/initiate';

@singleton()
export class OnboardingVerification {
  private readonly basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

  async start(userId: string, country: string): Promise<string> {
    const res = await fetch(V4_INITIATE, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${this.basic}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'User-Agent': 'Proseware Onboarding/2.2',
      },
      body: JSON.stringify({
        customerInternalReference: `onb-${userId}`,
        userReference: userId,
        workflowId: 200,
        presets: [{ index: 1, country, type: 'PASSPORT' }],
        successUrl: 'https://app.proseware.example/onboarding/complete',
        errorUrl: 'https://app.proseware.example/onboarding/error',
      }),
    });
    const data = (await res.json()) as { redirectUrl: string; transactionReference: string; timestamp: string };
    await saveFaceAuth({ userId, reference: data.transactionReference });
    return data.redirectUrl;
  }
}
