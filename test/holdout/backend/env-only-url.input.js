export default async function handler(req, res) {
  const response = await fetch(process.env.JUMIO_INITIATE_TRANSACTION_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + new Buffer(process.env.JUMIO_TOKEN + ':' + process.env.JUMIO_SECRET).toString('base64'),
    },
    body: JSON.stringify({ customerInternalReference: req.body.id, userReference: req.body.id }),
  });
  const data = await response.json();
  res.status(200).json({ jumioUrl: data.redirectUrl });
}
