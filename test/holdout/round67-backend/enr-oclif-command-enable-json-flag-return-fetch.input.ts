// Tallis & Reeve (lettings): `tr idcheck start --applicant <no> [--days 3] [--json]`. The lettings team's oclif CLI
// starts a Netverify ID check (US data centre, v4 initiate) for a tenant applicant and prints the link to send them.
// With `--json` (oclif's enableJsonFlag) oclif prints what run() returns instead, for the spreadsheet import script.
import { Command, Flags, ux } from '@oclif/core';
import { findApplicant, saveApplicantIdCheck } from './db.js';

const NV_V4_INITIATE = 'https://netverify.com/api/v4/initiate';
const APPLY = 'https://apply.tallisreeve.example';

interface IdCheckStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export default class IdCheckStart extends Command {
  static description = 'start an ID check for a tenant applicant and print the link';

  static enableJsonFlag = true;

  static flags = {
    applicant: Flags.string({ char: 'a', required: true, description: 'applicant number' }),
    locale: Flags.string({ default: 'en-GB', description: 'language of the capture pages' }),
    days: Flags.integer({ default: 3, min: 1, max: 30, description: 'how many days the link stays valid' }),
  };

  async run(): Promise<IdCheckStarted> {
    const { flags } = await this.parse(IdCheckStart);
    const applicant = await findApplicant(flags.applicant);
    if (!applicant) {
      throw new Error(`no applicant ${flags.applicant}`);
    }

    ux.action.start(`Starting ID check for ${applicant.name}`);
    const res = await fetch(NV_V4_INITIATE, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'TallisReeve-CLI/1.6',
        Authorization: `Basic ${Buffer.from(`${process.env.TR_NV_TOKEN}:${process.env.TR_NV_SECRET}`).toString('base64')}`,
      },
      body: JSON.stringify({
        customerInternalReference: applicant.applicationNo,
        userReference: applicant.applicantNo,
        workflowId: 200,
        successUrl: `${APPLY}/applications/${applicant.applicationNo}/id-check/done`,
        errorUrl: `${APPLY}/applications/${applicant.applicationNo}/id-check/retry`,
        locale: flags.locale,
        tokenLifetimeInMinutes: flags.days * 1440,
      }),
    });
    ux.action.stop(res.ok ? 'done' : `HTTP ${res.status}`);
    if (!res.ok) {
      throw new Error(`Netverify refused the ID check: HTTP ${res.status} ${await res.text()}`);
    }

    const started = (await res.json()) as IdCheckStarted;
    await saveApplicantIdCheck(applicant.applicantNo, started.transactionReference);
    this.log(`ID check link for ${applicant.name} (valid ${flags.days} days):`);
    this.log(started.redirectUrl);
    return started;
  }
}
