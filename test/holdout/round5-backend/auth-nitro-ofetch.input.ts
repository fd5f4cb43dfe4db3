// server/api/face/start.post.ts (Nuxt 3 / Nitro)
interface NetverifyInitiateResponse {
  timestamp: string
  redirectUrl: string
  transactionReference: string
}

export default defineEventHandler(async (event) => {
  const { jumioToken, jumioSecret } = useRuntimeConfig(event)
  const session = await requireUserSession(event)

  const res = await $fetch<NetverifyInitiateResponse>('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${jumioToken}:${jumioSecret}`).toString('base64')}`,
      'User-Agent': 'Vela Portal/2.0',
    },
    body: {
      enrollmentTransactionReference: session.user.enrollmentRef,
      userReference: session.user.id,
      callbackUrl: 'https://portal.vela.example/api/face/callback',
    },
  })

  await useStorage('face').setItem(session.user.id, res.transactionReference)
  return { url: res.redirectUrl }
})
