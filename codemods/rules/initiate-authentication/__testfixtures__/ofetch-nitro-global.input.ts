// server/api/face/start.post.ts — Nitro auto-imports $fetch (ofetch): the promise resolves to the parsed body.
interface InitiateResponse {
  timestamp: string
  redirectUrl: string
  transactionReference: string
}

export default defineEventHandler(async (event) => {
  const { enrollmentRef, userId } = await readBody(event)
  const res = await $fetch<InitiateResponse>('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
      'User-Agent': 'Vela Portal/2.0',
    },
    body: {
      enrollmentTransactionReference: enrollmentRef,
      userReference: userId,
      callbackUrl: 'https://portal.vela.example/api/face/callback',
    },
  })
  return { url: res.redirectUrl, ref: res.transactionReference }
})
