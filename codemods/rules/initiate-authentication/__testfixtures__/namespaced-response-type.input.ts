// Response types kept in a namespace; the call names one through a generic.
import axios from 'axios';

namespace Jumio {
  export namespace Auth {
    export interface InitiateResponse {
      timestamp: string;
      redirectUrl: string;
      transactionReference: string;
    }
  }
}

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  const { data } = await axios.post<Jumio.Auth.InitiateResponse>(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference, userReference: userId },
    { auth: { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' } },
  );
  console.log('started', data.transactionReference);
  return data.redirectUrl;
}
