export function authResult(ref) {
  return fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64') },
  })
    .then((r) => r.json())
    .then((d) => d.transactionResult);
}
