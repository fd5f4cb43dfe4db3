#!/usr/bin/env zx
// A zx support script (EU): starts a face login for one customer and prints the link for the support agent.
import 'zx/globals';

const [enrollment, userId] = argv._;
const auth = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
  method: 'POST',
  headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json', 'User-Agent': 'acme-support-cli' },
  body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, tokenLifetimeInMinutes: 30 }),
});
const json = await res.json();
echo(chalk.green(json.redirectUrl));
echo(`reference: ${json.transactionReference}`);
