// server/api/face/[ref].get.ts
export default defineEventHandler(async (event) => {
  const ref = getRouterParam(event, 'ref')
  const cfg = useRuntimeConfig(event)
  const details = await $fetch<{ transactionResult: string; userReference?: string }>(
    `https://netverify.com/api/netverify/v2/authentications/${ref}`,
    {
      headers: {
        Authorization: 'Basic ' + Buffer.from(`${cfg.jumioToken}:${cfg.jumioSecret}`).toString('base64'),
        'User-Agent': 'Vela Portal/2.0',
      },
    },
  )
  return { passed: details.transactionResult === 'PASSED', user: details.userReference }
})
