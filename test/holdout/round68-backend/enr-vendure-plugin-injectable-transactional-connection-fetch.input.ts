// Brennholt Werkzeuge (Vendure 2, trade accounts for tool dealers): a dealer's trade account is opened only after the
// owner's ID verification. The trade-account plugin's IdentityCheckService starts a Netverify ID verification (v4
// initiate, EU data centre) from the `requestTradeAccountCheck` shop mutation, keeps the scan reference on the
// customer's custom fields within the request's transaction, and returns the link the storefront opens.
import { Injectable } from '@nestjs/common';
import { Customer, ID, RequestContext, TransactionalConnection, UserInputError } from '@vendure/core';

const NV_EU_V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';
const DEALER_PORTAL = 'https://haendler.brennholt.example';

export interface TradeAccountCheck {
  url: string;
  reference: string;
}

interface NetverifyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class IdentityCheckService {
  private readonly basicAuth =
    'Basic ' + Buffer.from(`${process.env.BRENNHOLT_NV_TOKEN}:${process.env.BRENNHOLT_NV_SECRET}`).toString('base64');

  constructor(private readonly connection: TransactionalConnection) {}

  async startTradeAccountCheck(ctx: RequestContext, customerId: ID): Promise<TradeAccountCheck> {
    const customers = this.connection.getRepository(ctx, Customer);
    const customer = await customers.findOne({ where: { id: customerId } });
    if (!customer) {
      throw new UserInputError('Unknown dealer account');
    }

    const res = await fetch(NV_EU_V4_INITIATE, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'Brennholt-Vendure/2.3',
        Authorization: this.basicAuth,
      },
      body: JSON.stringify({
        customerInternalReference: `dealer-${customer.id}`,
        userReference: String(customer.id),
        workflowId: 201,
        successUrl: `${DEALER_PORTAL}/konto/pruefung/danke`,
        errorUrl: `${DEALER_PORTAL}/konto/pruefung/fehler`,
        locale: ctx.languageCode === 'de' ? 'de' : 'en',
        tokenLifetimeInMinutes: 2880,
      }),
    });
    if (!res.ok) {
      throw new Error(`Netverify refused the trade account check: HTTP ${res.status}`);
    }
    const started = (await res.json()) as NetverifyInitiateResponse;

    await customers.update(customer.id, {
      customFields: { tradeCheckReference: started.transactionReference, tradeCheckStatus: 'PENDING' },
    });
    return { url: started.redirectUrl, reference: started.transactionReference };
  }
}
