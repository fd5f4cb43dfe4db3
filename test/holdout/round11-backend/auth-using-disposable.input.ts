// A disposable timing span (`using`, TS 5.2 explicit resource management) around a got call (EU).
import got from 'got';
import { metrics } from './metrics';

function startTimer(name: string): Disposable & { mark(label: string): void } {
  const t0 = performance.now();
  return {
    mark(label: string) {
      metrics.event(name, label);
    },
    [Symbol.dispose]() {
      metrics.timing(name, performance.now() - t0);
    },
  };
}

export async function beginFaceLogin(userId: string, enrollmentReference: string) {
  using timer = startTimer('jumio.initiate');
  const started = await got
    .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollmentReference, userReference: userId, locale: 'de' },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      headers: { 'User-Agent': 'Acme Insurance/3.0' },
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  timer.mark(started.transactionReference);
  return started.redirectUrl;
}
