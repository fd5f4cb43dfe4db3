// Next.js API route: the v4 initiate URL only exists in the environment, read into a variable first and sent
// through a template literal. Not proven: left byte-identical, reported (no marker).
async function handler(req, res) {
  const userName = process.env.JUMIO_API_TOKEN;
  const password = process.env.JUMIO_API_SECRET;
  const url = process.env.JUMIO_INITIATE_TRANSACTION_URL;
  const credentials = Buffer.from(`${userName}:${password}`).toString('base64');
  const response = await fetch(`${url}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${credentials}` },
    body: JSON.stringify({ customerInternalReference: 'web-signup', userReference: req.body.userId }),
  });
  res.status(response.status).json({ data: await response.json() });
}

export default handler;
