// The retrieval details handed to members of classes of this file: a value object's constructor that copies fields,
// and a repository's private mapper. Each is called once, so their reads move with the details type.
interface AuthenticationDetails {
  transactionReference: string;
  userReference?: string;
  transactionResult: string;
}

class Outcome {
  readonly reference: string;
  readonly user: string | null;

  constructor(details: AuthenticationDetails) {
    this.reference = details.transactionReference;
    this.user = details.userReference ?? null;
  }
}

export class OutcomeRepository {
  async find(reference: string) {
    const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      headers: { Accept: 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
    });
    const details = (await res.json()) as AuthenticationDetails;
    return { outcome: new Outcome(details), audit: this.toAudit(details) };
  }

  private toAudit(details: AuthenticationDetails) {
    return { reference: details.transactionReference, user: details.userReference };
  }
}
