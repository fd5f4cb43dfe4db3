import { Service } from 'typedi';
import { fetch } from 'undici';

@Service()
export class FaceAuthStatusService {
  #base = 'https://netverify.com/api/netverify/v2/authentications';
  #basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

  async status(reference: string) {
    const res = await fetch(`${this.#base}/${encodeURIComponent(reference)}`, {
      headers: { authorization: `Basic ${this.#basic}`, accept: 'application/json', 'user-agent': 'Meridian Wallet/3.4' },
    });
    const { transactionResult, userReference } = (await res.json()) as { transactionResult: string; userReference?: string };
    return { passed: transactionResult === 'PASSED', userReference };
  }
}
