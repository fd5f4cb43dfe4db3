// Next.js API route: the v4 initiate URL only exists in the environment. Not proven: left alone, reported.
export default async function handler(req, res) {
  const response = await fetch(process.env.JUMIO_INITIATE_TRANSACTION_URL, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + process.env.JUMIO_AUTH, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: req.body.id, userReference: req.body.user }),
  });
  const data = await response.json();
  res.status(200).json({ redirectUrl: data.redirectUrl, response: data.redirectURL });
}
