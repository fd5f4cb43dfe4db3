// MikroORM service; presets held in constants of the file chosen by the customer's residency (EU).
import axios from 'axios';
import type { EntityManager } from '@mikro-orm/core';
import { Verification } from './entities';

const EEA_PRESETS = [{ index: 1, country: 'DEU', type: 'ID_CARD' }];
const UK_PRESETS = [{ index: 1, country: 'GBR', type: 'DRIVING_LICENSE' }];

export class VerificationService {
  constructor(private readonly em: EntityManager) {}

  async open(customer: { id: string; residency: 'EEA' | 'UK' }) {
    const response = await axios.post(
      'https://lon.netverify.com/api/v4/initiate',
      {
        customerInternalReference: customer.id,
        workflowId: 201,
        presets: customer.residency === 'UK' ? UK_PRESETS : EEA_PRESETS,
      },
      { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
    );
    const verification = new Verification(customer.id, response.data.transactionReference, response.data.redirectUrl);
    await this.em.persistAndFlush(verification);
    return verification;
  }
}
