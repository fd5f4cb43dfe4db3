// Sends identity verification links to a batch of applicants, one row of a CSV export each, and writes the links
// next to them (run: node send-kyc-links.mjs applicants.csv links.csv). The global fetch, one request at a time.
import { readFile, writeFile } from 'node:fs/promises';

const [, , inputPath = 'applicants.csv', outputPath = 'links.csv'] = process.argv;
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

async function main() {
  const rows = (await readFile(inputPath, 'utf8'))
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [id, email, locale] = line.split(',');
      return { id, email, locale };
    });
  const lines = ['applicant_id,email,link,reference'];
  for (const row of rows) {
    const response = await fetch('https://netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Basic ${basic}`,
        'User-Agent': 'Acme Onboarding Batch/1.3',
      },
      body: JSON.stringify({
        customerInternalReference: `batch-${row.id}`,
        userReference: row.id,
        workflowId: 200,
        locale: row.locale || 'en',
        successUrl: 'https://onboarding.acme.com/identity/thanks',
        tokenLifetimeInMinutes: 60 * 24 * 7,
      }),
    });
    if (!response.ok) {
      console.error(`applicant ${row.id}: ${response.status}`);
      continue;
    }
    const json = await response.json();
    lines.push([row.id, row.email, json.redirectUrl, json.transactionReference].join(','));
  }
  await writeFile(outputPath, lines.join('\n') + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
