// Hallgren Outdoor (Medusa v2 storefront, B2B buyer accounts): an order over the company's approval limit runs the
// `approve-large-order` workflow, whose first step starts a Netverify face login for the buyer (EU data centre). The
// step's result goes back to the storefront, which opens the face login; when a later step fails (stock reservation,
// the credit check), Medusa runs the compensation, which marks the face login abandoned so the buyer is not asked
// twice for the same cart.
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { Modules } from '@medusajs/framework/utils';
import axios from 'axios';
import { markFaceLoginAbandoned, recordOrderFaceLogin } from './db.js';

const NETVERIFY_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const STOREFRONT_URL = 'https://shop.hallgren-outdoor.example';

export interface StartFaceLoginInput {
  cartId: string;
  customerId: string;
  locale?: string;
}

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const startFaceLoginStep = createStep(
  'start-face-login',
  async (input: StartFaceLoginInput, { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER);
    const customer = await customerModule.retrieveCustomer(input.customerId);
    const enrolmentRef = customer.metadata?.netverify_enrolment_ref as string | undefined;
    if (!enrolmentRef) {
      throw new Error(`customer ${input.customerId} has no face login enrolment`);
    }

    const { data: started } = await axios.post<FaceLoginStarted>(
      NETVERIFY_EU_INITIATE,
      {
        enrollmentTransactionReference: enrolmentRef,
        userReference: customer.id,
        successUrl: `${STOREFRONT_URL}/checkout/${input.cartId}/approved`,
        errorUrl: `${STOREFRONT_URL}/checkout/${input.cartId}/approval-failed`,
        locale: input.locale ?? 'sv',
        tokenLifetimeInMinutes: 30,
      },
      {
        auth: {
          username: process.env.HALLGREN_NV_API_TOKEN ?? '',
          password: process.env.HALLGREN_NV_API_SECRET ?? '',
        },
        headers: {
          Accept: 'application/json',
          'User-Agent': 'HallgrenOutdoor-Medusa/2.4',
        },
      },
    );

    await recordOrderFaceLogin(input.cartId, started.transactionReference, started.timestamp);
    return new StepResponse(started, started.transactionReference);
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
