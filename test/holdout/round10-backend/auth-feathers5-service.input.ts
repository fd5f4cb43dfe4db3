// Feathers 5 custom service: POST /face-auth starts a Jumio authentication for the signed-in user (US).
import axios from 'axios';
import type { Params } from '@feathersjs/feathers';

const JUMIO_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

export interface FaceAuthData {
  enrollmentReference: string;
  returnUrl: string;
}

export interface FaceAuthResult {
  url: string;
  reference: string;
}

export class FaceAuthService {
  async create(data: FaceAuthData, params?: Params): Promise<FaceAuthResult> {
    const userId = String(params?.user?.id);
    const response = await axios.post(
      JUMIO_INITIATE,
      {
        enrollmentTransactionReference: data.enrollmentReference,
        userReference: userId,
        successUrl: data.returnUrl,
        errorUrl: data.returnUrl,
      },
      { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
    );
    return { url: response.data.redirectUrl, reference: response.data.transactionReference };
  }
}
