import { inject, injectable } from 'inversify';
import axios, { type AxiosInstance } from 'axios';
import type { Logger } from './logger';
import type { LegacyInitiateResponse } from './kyc-types.js';

export const TYPES = { Logger: Symbol.for('Logger') };

@injectable()
export class FaceAuthGateway {
  #client: AxiosInstance;

  constructor(@inject(TYPES.Logger) private readonly logger: Logger) {
    this.#client = axios.create({
      baseURL: 'https://lon.netverify.com/api',
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
      headers: { 'User-Agent': 'Shopfloor-Auth/1.0' },
    });
  }

  async begin(enrollment: string, userRef: string): Promise<string> {
    const res = await this.#client.post<LegacyInitiateResponse>('/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollment,
      userReference: userRef,
    });
    this.logger.info('face auth started', { ref: res.data.transactionReference });
    return res.data.redirectUrl;
  }
}
