import { ofetch } from 'ofetch';

const jumio = ofetch.create({
  baseURL: 'https://netverify.com/api/v4',
  headers: {
    Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
    'User-Agent': 'Fleetly KYC/1.3',
  },
});

export async function startIdVerification(driver) {
  const res = await jumio('/initiate', {
    method: 'POST',
    body: {
      customerInternalReference: driver.id,
      userReference: driver.id,
      workflowId: 200,
      successUrl: 'https://drivers.fleetly.example/kyc/ok',
    },
  });
  return { url: res.redirectUrl, scanRef: res.transactionReference };
}
