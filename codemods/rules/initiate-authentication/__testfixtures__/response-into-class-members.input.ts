// The initiate answer handed to members of a class of this file: a static factory (the only reader of the answer)
// and, for the audit copy, a private method. Both are called once, so the reads inside them move with the type.
import { saveStepUp } from './step-up-store';

interface NetverifyInitiateJson {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

class StepUpLink {
  private constructor(readonly url: string, readonly reference: string) {}

  static fromJson(json: NetverifyInitiateJson): StepUpLink {
    if (!json.redirectUrl) throw new Error('incomplete answer');
    return new StepUpLink(json.redirectUrl, json.transactionReference);
  }
}

export class StepUpService {
  async start(enrollmentReference: string, userId: string): Promise<StepUpLink> {
    const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
      body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
    });
    const answer = (await res.json()) as NetverifyInitiateJson;
    await saveStepUp(this.#audit(answer));
    return StepUpLink.fromJson(answer);
  }

  #audit(answer: NetverifyInitiateJson) {
    return { reference: answer.transactionReference, at: answer.timestamp };
  }
}
