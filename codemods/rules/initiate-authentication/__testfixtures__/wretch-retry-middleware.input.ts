import wretch from 'wretch';
import { retry } from 'wretch/middlewares';

// The instance's retry middleware resends any request that fails (a KYX account PUT starts a workflow execution
// each time): the chain is not one the codemod reads, so the call stays as it is (legacy-endpoint flags the URL).
const jumio = wretch('https://netverify.com/api').middlewares([retry({ maxAttempts: 3 })]).auth(`Basic ${process.env.JUMIO_BASIC}`);

export async function startFaceAuth(enrollmentReference: string) {
  const started = await jumio.url('/authentication/v1/web/initiate').post({ enrollmentTransactionReference: enrollmentReference }).json<{ redirectUrl: string }>();
  return started.redirectUrl;
}
