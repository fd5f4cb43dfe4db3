// A Bree job (US), run in a worker thread: enrols one pending customer with a passport preset and reports back.
import { parentPort, workerData } from 'node:worker_threads';
import got from 'got';

const { customer } = workerData;

const started = await got
  .post('https://netverify.com/api/v4/initiate', {
    json: {
      customerInternalReference: customer.id,
      workflowId: 100,
      presets: [{ index: 1, country: 'USA', type: 'PASSPORT' }],
      successUrl: 'https://onboard.acme-bank.example/done',
    },
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
  })
  .json();

parentPort?.postMessage({ customerId: customer.id, link: started.redirectUrl, scanReference: started.transactionReference });
