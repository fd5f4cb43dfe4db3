// Prairie Mutual claims, Canadian book: the same face login before a payout to a new bank account, with the
// provincial regulator's approved vendor, Visagekey. The claims desk opens one FaceLoginFlow per claim and relays its
// events over the desk's websocket bridge: `progress` for the timeline, `started` with the vendor's answer (the desk
// shows its link to the caller in a side panel), `error` when the vendor refuses.
import { EventEmitter } from 'node:events';
import superagent from 'superagent';
import { recordClaimFaceLogin } from './db.js';

const VISAGEKEY_FACE_LOGINS = 'https://api.visagekey.example/v3/face-logins';
const VK_KEY_ID = process.env.PRAIRIE_VK_KEY_ID ?? '';
const VK_KEY_SECRET = process.env.PRAIRIE_VK_KEY_SECRET ?? '';
const CLAIMS_SITE = 'https://claims.prairiemutual.example';

interface VisagekeyFaceLogin {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface CanadianClaimant {
  claimNo: string;
  policyHolderId: string;
  visagekeyEnrolmentId: string;
}

export class VisagekeyFaceLoginFlow extends EventEmitter {
  start(claimant: CanadianClaimant) {
    this.emit('progress', { claimNo: claimant.claimNo, step: 'initiating' });
    superagent
      .post(VISAGEKEY_FACE_LOGINS)
      .auth(VK_KEY_ID, VK_KEY_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'PrairieMutual-Claims/3.8')
      .send({
        enrolmentId: claimant.visagekeyEnrolmentId,
        userReference: claimant.policyHolderId,
        successUrl: `${CLAIMS_SITE}/ca/claims/${claimant.claimNo}/payout/verified`,
        errorUrl: `${CLAIMS_SITE}/ca/claims/${claimant.claimNo}/payout/not-verified`,
        locale: 'fr-CA',
        tokenLifetimeInMinutes: 45,
      })
      .end((err, res) => {
        if (err) {
          this.emit('error', err);
          return;
        }
        const started = res.body as VisagekeyFaceLogin;
        recordClaimFaceLogin(claimant.claimNo, started.transactionReference).catch((e: unknown) => this.emit('error', e));
        this.emit('progress', { claimNo: claimant.claimNo, step: 'started', at: started.timestamp });
        this.emit('started', started);
      });
  }

  cancel(claimNo: string, reason: string) {
    this.emit('progress', { claimNo, step: 'cancelled', reason });
  }
}
