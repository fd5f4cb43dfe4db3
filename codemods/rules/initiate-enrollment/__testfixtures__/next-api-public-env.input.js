// A Next.js API route (pages/api/kyc/start.js): server code, although it builds its return URLs from a
// NEXT_PUBLIC_ variable. The credentials are server-only variables.
export default async function handler(req, res) {
  const response = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`),
    },
    body: JSON.stringify({
      customerInternalReference: req.body.userId,
      successUrl: `${process.env.NEXT_PUBLIC_APP_URL}/kyc/success`,
    }),
  });
  const data = await response.json();
  res.status(200).json({ redirectUrl: data.redirectUrl });
}
