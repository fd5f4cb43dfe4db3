// Tallis & Reeve (lettings): `tr deposit link --applicant <no> [--json]`. The lettings team's oclif CLI asks Tamarpay
// (the payment provider) for a hosted checkout of the holding deposit and prints the link to send the applicant.
// With `--json` (oclif's enableJsonFlag) oclif prints what run() returns instead.
import { Command, Flags, ux } from '@oclif/core';
import { findApplicant, saveApplicantHoldingDeposit } from './db.js';

const TAMARPAY_CHECKOUT = 'https://api.tamarpay.example/v4/initiate';
const APPLY = 'https://apply.tallisreeve.example';

interface CheckoutStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export default class DepositLink extends Command {
  static description = 'create a holding-deposit checkout for a tenant applicant and print the link';

  static enableJsonFlag = true;

  static flags = {
    applicant: Flags.string({ char: 'a', required: true, description: 'applicant number' }),
    amount: Flags.integer({ required: true, description: 'holding deposit in pence' }),
    locale: Flags.string({ default: 'en-GB', description: 'language of the checkout pages' }),
  };

  async run(): Promise<CheckoutStarted> {
    const { flags } = await this.parse(DepositLink);
    const applicant = await findApplicant(flags.applicant);
    if (!applicant) {
      throw new Error(`no applicant ${flags.applicant}`);
    }

    ux.action.start(`Creating the holding-deposit checkout for ${applicant.name}`);
    const res = await fetch(TAMARPAY_CHECKOUT, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'TallisReeve-CLI/1.6',
        Authorization: `Basic ${Buffer.from(`${process.env.TAMARPAY_KEY}:${process.env.TAMARPAY_SECRET}`).toString('base64')}`,
      },
      body: JSON.stringify({
        merchantReference: applicant.applicationNo,
        userReference: applicant.applicantNo,
        amount: flags.amount,
        currency: 'GBP',
        successUrl: `${APPLY}/applications/${applicant.applicationNo}/deposit/paid`,
        errorUrl: `${APPLY}/applications/${applicant.applicationNo}/deposit/retry`,
        locale: flags.locale,
        tokenLifetimeInMinutes: 2880,
      }),
    });
    ux.action.stop(res.ok ? 'done' : `HTTP ${res.status}`);
    if (!res.ok) {
      throw new Error(`Tamarpay refused the checkout: HTTP ${res.status} ${await res.text()}`);
    }

    const started = (await res.json()) as CheckoutStarted;
    await saveApplicantHoldingDeposit(applicant.applicantNo, started.transactionReference);
    this.log(`Holding-deposit link for ${applicant.name}:`);
    this.log(started.redirectUrl);
    return started;
  }
}
