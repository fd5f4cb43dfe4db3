// inversify: an abstract face-login provider and its Jumio implementation on node-fetch v2 with an AbortController
// timeout cleared in finally (SGP data centre).
import { inject, injectable } from 'inversify';
import fetch from 'node-fetch';
import { AbortController } from 'abort-controller';

export abstract class FaceLoginProvider {
  abstract start(userId: string, enrollmentRef: string): Promise<{ url: string; reference: string }>;
}

const TYPES = { JumioSettings: Symbol.for('JumioSettings') };

interface JumioSettings {
  userAgent: string;
  callbackUrl: string;
}

@injectable()
export class JumioFaceLoginProvider extends FaceLoginProvider {
  private readonly authorization = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

  constructor(@inject(TYPES.JumioSettings) private readonly settings: JumioSettings) {
    super();
  }

  async start(userId: string, enrollmentRef: string): Promise<{ url: string; reference: string }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10_000);
    try {
      const response = await fetch('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        signal: controller.signal,
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'User-Agent': this.settings.userAgent,
          Authorization: this.authorization,
        },
        body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, userReference: userId, callbackUrl: this.settings.callbackUrl }),
      });
      if (!response.ok) throw new Error(`Jumio answered ${response.status}`);
      const started: any = await response.json();
      return { url: started.redirectUrl, reference: started.transactionReference };
    } finally {
      clearTimeout(timer);
    }
  }
}
