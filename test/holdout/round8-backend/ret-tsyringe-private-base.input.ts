// Reads the outcome of a face authentication (tsyringe-managed repository).
import { injectable } from 'tsyringe';

export interface AuthenticationOutcome {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
}

@injectable()
export class AuthenticationOutcomeRepository {
  private readonly base = 'https://netverify.com/api/netverify/v2/authentications';
  private readonly authHeader = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

  async byReference(reference: string): Promise<{ ref: string; user?: string }> {
    const res = await fetch(`${this.base}/${reference}`, {
      headers: { Authorization: this.authHeader, Accept: 'application/json', 'User-Agent': 'Relecloud Auth/2.0' },
    });
    if (res.status === 404) throw new Error(`unknown authentication ${reference}`);
    const outcome = (await res.json()) as AuthenticationOutcome;
    return { ref: outcome.transactionReference, user: outcome.userReference };
  }
}
