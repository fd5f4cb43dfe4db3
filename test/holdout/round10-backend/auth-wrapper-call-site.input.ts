// Face login route handler: starts the authentication through the app's typed Jumio helper.
import { jumioRequest } from './lib-jumio-request';
import { enrollmentOf, saveFaceAuth } from './store';

interface AuthenticationStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(userId: string): Promise<{ url: string }> {
  const started = await jumioRequest<AuthenticationStart>('POST', '/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: await enrollmentOf(userId),
    userReference: userId,
  });
  await saveFaceAuth({ userId, reference: started.transactionReference });
  return { url: started.redirectUrl };
}
