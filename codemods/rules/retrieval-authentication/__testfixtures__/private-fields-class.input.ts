import { fetch } from 'undici';

export class FaceAuthStatus {
  #base = 'https://lon.netverify.com/api/netverify/v2/authentications';
  private readonly basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');
  private readonly userAgent = 'Acme/1.0';

  async passed(reference: string): Promise<boolean> {
    const res = await fetch(`${this.#base}/${reference}`, {
      headers: { authorization: `Basic ${this.basic}`, 'user-agent': this.userAgent },
    });
    const { transactionResult } = (await res.json()) as { transactionResult: string };
    return transactionResult === 'PASSED';
  }
}
