// Nightly re-verification batch (ESM, node-fetch): one verification link per flagged driver, mailed by the caller.
import fetch from 'node-fetch';
import { saveKycCase } from './store.js';

export async function reverifyDrivers(drivers) {
  const links = [];
  for (const driver of drivers) {
    const res = await fetch('https://netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
        'User-Agent': 'Acme Rides Batch/2.2',
      },
      body: JSON.stringify({
        customerInternalReference: `driver-${driver.id}`,
        userReference: driver.id,
        workflowId: 100,
        callbackUrl: 'https://api.acme-rides.com/hooks/reverification',
        tokenLifetimeInMinutes: 4320,
      }),
    });
    const json = await res.json();
    await saveKycCase(driver.id, json.transactionReference);
    links.push({ driverId: driver.id, url: json.redirectUrl });
  }
  return links;
}
