// Prairie Mutual claims: a face login before a payout goes to a bank account the policy holder has not used before
// (US data centre). The claims desk opens one FaceLoginFlow per claim and relays its events over the desk's websocket
// bridge: `progress` for the claim's timeline, `started` with the vendor's answer (the desk shows its link to the
// caller in a side panel), `error` when the vendor refuses.
import { EventEmitter } from 'node:events';
import superagent from 'superagent';
import { recordClaimFaceLogin } from './db.js';

const NV_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const NV_TOKEN = process.env.PRAIRIE_NV_TOKEN ?? '';
const NV_SECRET = process.env.PRAIRIE_NV_SECRET ?? '';
const CLAIMS_SITE = 'https://claims.prairiemutual.example';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface Claimant {
  claimNo: string;
  policyHolderId: string;
  enrolmentScanRef: string;
}

export class FaceLoginFlow extends EventEmitter {
  start(claimant: Claimant) {
    this.emit('progress', { claimNo: claimant.claimNo, step: 'initiating' });
    superagent
      .post(NV_INITIATE)
      .auth(NV_TOKEN, NV_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'PrairieMutual-Claims/3.8')
      .send({
        enrollmentTransactionReference: claimant.enrolmentScanRef,
        userReference: claimant.policyHolderId,
        successUrl: `${CLAIMS_SITE}/claims/${claimant.claimNo}/payout/verified`,
        errorUrl: `${CLAIMS_SITE}/claims/${claimant.claimNo}/payout/not-verified`,
        tokenLifetimeInMinutes: 45,
      })
      .end((err, res) => {
        if (err) {
          this.emit('error', err);
          return;
        }
        const started = res.body as FaceLoginStarted;
        recordClaimFaceLogin(claimant.claimNo, started.transactionReference).catch((e: unknown) => this.emit('error', e));
        this.emit('progress', { claimNo: claimant.claimNo, step: 'started', at: started.timestamp });
        this.emit('started', started);
      });
  }

  cancel(claimNo: string, reason: string) {
    this.emit('progress', { claimNo, step: 'cancelled', reason });
  }
}
