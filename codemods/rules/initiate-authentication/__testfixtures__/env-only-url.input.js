// fergmac-style Next.js API route: the URL only exists in the environment. Not proven: left alone (reported by scan).
export default async function handler(req, res) {
  const response = await fetch(process.env.JUMIO_INITIATE_TRANSACTION_URL, {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + new Buffer(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64'),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ enrollmentTransactionReference: req.body.ref, userReference: req.body.user }),
  });
  const data = await response.json();
  res.status(200).json({ redirectUrl: data.redirectUrl });
}
