// Rheinau Direktbank (Cologne): a customer who withdraws more than 5,000 EUR in cash at a branch counter confirms it
// with a face login on the counter's tablet, against the ID check done when the account was opened. NetverifyFaceLogin
// owns the Netverify call; the counter subclass pushes the hosted page to its tablet and keeps the branch's audit
// trail before anyone else sees the answer. axios 1, Node 20.
import axios from 'axios';
import { pushToTablet, recordCounterFaceLogin, type BranchCustomer } from './db.js';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

abstract class NetverifyFaceLogin {
  readonly #apiToken = process.env.RHEINAU_NV_TOKEN ?? '';
  readonly #apiSecret = process.env.RHEINAU_NV_SECRET ?? '';

  protected async initiate(customer: BranchCustomer, returnPath: string): Promise<FaceLoginStarted> {
    const { data } = await axios.post<FaceLoginStarted>(
      NV_EU_INITIATE,
      {
        enrollmentTransactionReference: customer.accountOpeningCheckRef,
        userReference: customer.customerNo,
        successUrl: `https://filiale.rheinau-direkt.example${returnPath}/bestaetigt`,
        errorUrl: `https://filiale.rheinau-direkt.example${returnPath}/abgebrochen`,
        locale: 'de',
        tokenLifetimeInMinutes: 5,
      },
      {
        auth: { username: this.#apiToken, password: this.#apiSecret },
        headers: { Accept: 'application/json', 'User-Agent': 'RheinauDirekt-Filiale/3.2' },
      },
    );
    return data;
  }
}

class CounterTabletFaceLogin extends NetverifyFaceLogin {
  constructor(
    private readonly branchId: string,
    private readonly tabletId: string,
  ) {
    super();
  }

  // The tablet shows the hosted page as soon as it exists, and the branch's audit trail gets the reference before the
  // teller's screen does.
  protected override async initiate(customer: BranchCustomer, returnPath: string): Promise<FaceLoginStarted> {
    const started = await super.initiate(customer, returnPath);
    await pushToTablet(this.tabletId, started.redirectUrl);
    await recordCounterFaceLogin(this.branchId, customer.customerNo, started.transactionReference, started.timestamp);
    return started;
  }

  async confirmWithdrawal(customer: BranchCustomer, withdrawalId: string): Promise<{ faceLoginReference: string }> {
    const started = await this.initiate(customer, `/auszahlungen/${withdrawalId}`);
    return { faceLoginReference: started.transactionReference };
  }
}

/** One per counter tablet; the teller app calls confirmWithdrawal() and polls the branch audit trail. */
export function counterTabletFaceLogin(branchId: string, tabletId: string): CounterTabletFaceLogin {
  return new CounterTabletFaceLogin(branchId, tabletId);
}
