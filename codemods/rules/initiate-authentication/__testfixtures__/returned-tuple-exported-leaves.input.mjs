// Exported: callers elsewhere may read the tuple too, so the body still leaves whole (and the route here is not renamed half-way).
import got from 'got';

export async function startFaceLogin(enrollmentTransactionReference) {
  const res = await got.post('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
    json: { enrollmentTransactionReference },
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
    responseType: 'json',
  });
  return [res.body, res.headers['x-request-id'] ?? null];
}

export async function route(req, res) {
  const [started, requestId] = await startFaceLogin(req.user.enrollment);
  req.log.info({ requestId, reference: started.transactionReference }, 'face login started');
  res.redirect(started['redirectUrl']);
}
