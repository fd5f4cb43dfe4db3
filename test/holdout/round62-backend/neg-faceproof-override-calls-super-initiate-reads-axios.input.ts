// Elbtal Volksbank (Dresden): a customer who withdraws more than 5,000 EUR in cash at a branch counter confirms it with
// a face check on the counter's tablet, against the face enrolled with Faceproof when the account was opened (Faceproof
// kept the field names of the older face-login APIs). FaceproofFaceLogin owns the Faceproof call; the counter subclass
// pushes the hosted page to its tablet and keeps the branch's audit trail. axios 1, Node 20.
import axios from 'axios';
import { pushToTablet, recordCounterFaceCheck, type CounterCustomer } from './db.js';

const FACEPROOF_INITIATE = 'https://api.faceproof.example/api/authentication/v1/web/initiate';

interface FaceCheckStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

abstract class FaceproofFaceLogin {
  readonly #apiKey = process.env.ELBTAL_FACEPROOF_KEY ?? '';
  readonly #apiSecret = process.env.ELBTAL_FACEPROOF_SECRET ?? '';

  protected async initiate(customer: CounterCustomer, returnPath: string): Promise<FaceCheckStarted> {
    const { data } = await axios.post<FaceCheckStarted>(
      FACEPROOF_INITIATE,
      {
        enrollmentTransactionReference: customer.faceproofEnrolmentId,
        userReference: customer.customerNo,
        successUrl: `https://filiale.elbtal-volksbank.example${returnPath}/bestaetigt`,
        errorUrl: `https://filiale.elbtal-volksbank.example${returnPath}/abgebrochen`,
        locale: 'de',
        tokenLifetimeInMinutes: 5,
      },
      {
        auth: { username: this.#apiKey, password: this.#apiSecret },
        headers: { Accept: 'application/json', 'User-Agent': 'ElbtalVolksbank-Filiale/1.9' },
      },
    );
    return data;
  }
}

class CounterTabletFaceCheck extends FaceproofFaceLogin {
  constructor(
    private readonly branchId: string,
    private readonly tabletId: string,
  ) {
    super();
  }

  // The tablet shows the hosted page as soon as it exists, and the branch's audit trail gets the reference before the
  // teller's screen does.
  protected override async initiate(customer: CounterCustomer, returnPath: string): Promise<FaceCheckStarted> {
    const started = await super.initiate(customer, returnPath);
    await pushToTablet(this.tabletId, started.redirectUrl);
    await recordCounterFaceCheck(this.branchId, customer.customerNo, started.transactionReference, started.timestamp);
    return started;
  }

  async confirmWithdrawal(customer: CounterCustomer, withdrawalId: string): Promise<{ faceCheckReference: string }> {
    const started = await this.initiate(customer, `/auszahlungen/${withdrawalId}`);
    return { faceCheckReference: started.transactionReference };
  }
}

/** One per counter tablet; the teller app calls confirmWithdrawal() and polls the branch audit trail. */
export function counterTabletFaceCheck(branchId: string, tabletId: string): CounterTabletFaceCheck {
  return new CounterTabletFaceCheck(branchId, tabletId);
}
