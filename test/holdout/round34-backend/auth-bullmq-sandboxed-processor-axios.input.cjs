// BullMQ sandboxed processor (CommonJS). The API enqueues a "face-login" job and its Worker runs this module in a
// child process:
//   new Worker('face-login', path.join(__dirname, 'face-login.processor.cjs'), { connection, concurrency: 4 })
// It starts the face login in the US data centre. What it returns becomes job.returnvalue, which the API's
// QueueEvents listener ("completed") hands to the browser waiting on the login page.
const axios = require('axios');

const JUMIO_USER = process.env.JUMIO_API_TOKEN;
const JUMIO_PASS = process.env.JUMIO_API_SECRET;
const SITE = process.env.PUBLIC_SITE_URL || 'https://app.pinecone-pay.example';

module.exports = async function faceLoginProcessor(job) {
  const { memberId, enrolmentReference, locale } = job.data;
  if (!enrolmentReference) {
    throw new Error(`member ${memberId} has no completed enrolment`);
  }
  await job.log(`starting face login for member ${memberId}`);
  await job.updateProgress(10);

  const { data } = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    {
      enrollmentTransactionReference: enrolmentReference,
      userReference: memberId,
      successUrl: `${SITE}/login/face/success`,
      errorUrl: `${SITE}/login/face/error`,
      callbackUrl: `${SITE}/hooks/identity/face-login`,
      locale: locale || 'en',
      tokenLifetimeInMinutes: 60,
    },
    {
      auth: { username: JUMIO_USER, password: JUMIO_PASS },
      headers: { 'User-Agent': 'Pinecone Pay Jobs/1.3', Accept: 'application/json' },
      timeout: 15000,
    },
  );

  await job.updateProgress(90);
  await job.log(`face login ${data.transactionReference} started`);
  return { redirectUrl: data.redirectUrl, reference: data.transactionReference, startedAt: data.timestamp };
};
