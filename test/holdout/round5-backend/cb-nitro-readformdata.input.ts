// server/api/jumio/callback.post.ts
export default defineEventHandler(async (event) => {
  const form = await readFormData(event)
  const reference = form.get('transactionReference') as string
  const enrollment = form.get('enrollmentTransactionReference') as string
  const result = form.get('transactionResult') as string

  await useStorage('face-results').setItem(reference, { enrollment, result, receivedAt: Date.now() })
  setResponseStatus(event, 200)
  return 'OK'
})
