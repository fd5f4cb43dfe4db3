// Hallgren Outdoor (Medusa v2, the Norwegian store opened in 2024): the same `approve-large-order` workflow step, on
// KYX from the start — an authentication (workflow 9) on the buyer's KYX account, with the shop's own client-credentials
// token module. The storefront opens web.href; the compensation marks the face login abandoned when a later step fails.
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { Modules } from '@medusajs/framework/utils';
import axios from 'axios';
import { markFaceLoginAbandoned, recordOrderFaceLogin } from './db.js';
import { kyxToken } from './kyx-client-credentials.js';

const KYX_ACCOUNTS_EU = 'https://account.emea-1.jumio.ai/api/v1/accounts/';
const STOREFRONT_URL = 'https://no.hallgren-outdoor.example';

export interface StartFaceLoginInput {
  cartId: string;
  customerId: string;
  locale?: string;
}

interface KyxAuthenticationStarted {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

export const startFaceLoginStep = createStep(
  'start-face-login',
  async (input: StartFaceLoginInput, { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER);
    const customer = await customerModule.retrieveCustomer(input.customerId);
    const kyxAccountId = customer.metadata?.kyx_account_id as string | undefined;
    const kyxIdCredentialId = customer.metadata?.kyx_id_credential_id as string | undefined;
    if (!kyxAccountId || !kyxIdCredentialId) {
      throw new Error(`customer ${input.customerId} has no KYX account on file`);
    }

    const { data: started } = await axios.put<KyxAuthenticationStarted>(
      KYX_ACCOUNTS_EU + kyxAccountId,
      {
        customerInternalReference: customer.id,
        workflowDefinition: { key: 9, credentials: [{ id: kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        userReference: customer.id,
        web: {
          successUrl: `${STOREFRONT_URL}/checkout/${input.cartId}/approved`,
          errorUrl: `${STOREFRONT_URL}/checkout/${input.cartId}/approval-failed`,
          locale: input.locale ?? 'nb',
        },
        tokenLifetime: '30m',
      },
      {
        headers: {
          Accept: 'application/json',
          'User-Agent': 'HallgrenOutdoor-Medusa-NO/1.0',
          Authorization: `Bearer ${await kyxToken('emea-1')}`,
        },
      },
    );

    await recordOrderFaceLogin(input.cartId, started.workflowExecution.id, started.timestamp);
    return new StepResponse(started, started.workflowExecution.id);
  },
  async (faceLoginReference, { container }) => {
    if (!faceLoginReference) {
      return;
    }
    const logger = container.resolve('logger');
    logger.info(`abandoning face login ${faceLoginReference}`);
    await markFaceLoginAbandoned(faceLoginReference);
  },
);
