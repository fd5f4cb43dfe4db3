// Face login service of the members' club (TypeScript class, the global fetch). The request body is built by a
// private method of the class; the public method sends it.
import { saveFaceLogin } from './store.js';

export interface Member {
  id: string;
  jumioEnrollment: string;
}

export class FaceLoginService {
  private readonly authorization =
    'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

  constructor(private readonly publicUrl: string) {}

  async start(member: Member): Promise<{ url: string; reference: string }> {
    const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: this.authorization, 'User-Agent': 'Acme Club/7.0' },
      body: JSON.stringify(this.faceLoginBody(member)),
    });
    if (!res.ok) throw new Error(`face login failed: ${res.status}`);
    const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
    await saveFaceLogin(member.id, started.transactionReference);
    return { url: started.redirectUrl, reference: started.transactionReference };
  }

  private faceLoginBody(member: Member) {
    return {
      enrollmentTransactionReference: member.jumioEnrollment,
      userReference: member.id,
      successUrl: `${this.publicUrl}/face-login/done`,
      tokenLifetimeInMinutes: 15,
    };
  }
}
