// Kallang Motor Finance (Singapore): a loan top-up is paid out only after the borrower's face login passed. The payout
// pipeline runs its review steps in order; every step extends ReviewStep, whose review() first drops top-ups that were
// cancelled or paid out while the pipeline ran, and whose verdict() builds what the pipeline understands.
// undici 6 (ESM).
import { request } from 'undici';
import { recordReview } from './db.mjs';

class ReviewStep {
  constructor(name) {
    this.name = name;
  }

  async review(topUp) {
    if (topUp.status !== 'AWAITING_PAYOUT') return this.verdict(topUp, 'skip', `top-up is ${topUp.status}`);
    return null;
  }

  verdict(topUp, outcome, detail) {
    return { step: this.name, topUpId: topUp.id, outcome, detail, decidedAt: new Date().toISOString() };
  }
}

export class FaceLoginReview extends ReviewStep {
  #authentications = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';
  #basic = 'Basic ' + Buffer.from(`${process.env.KALLANG_NV_TOKEN}:${process.env.KALLANG_NV_SECRET}`).toString('base64');

  constructor() {
    super('face-login');
  }

  async review(topUp) {
    const early = await super.review(topUp);
    if (early) return early;

    const { statusCode, body } = await request(`${this.#authentications}/${topUp.faceLoginReference}`, {
      headers: {
        accept: 'application/json',
        authorization: this.#basic,
        'user-agent': 'KallangMotor-Payouts/4.4',
      },
    });
    if (statusCode !== 200) {
      await body.dump();
      return this.verdict(topUp, 'hold', `face login lookup answered ${statusCode}`);
    }

    const details = await body.json();
    if (details.userReference !== topUp.borrowerNo) return this.verdict(topUp, 'reject', 'face login of another borrower');
    const verdict =
      details.transactionResult === 'PASSED'
        ? this.verdict(topUp, 'approve', details.transactionReference)
        : this.verdict(topUp, 'hold', `face login ${details.transactionResult}`);
    await recordReview(verdict, details.transactionDate);
    return verdict;
  }
}
