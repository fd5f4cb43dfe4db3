// Halvard Prints (Directus 11 as the back office of a shop selling art prints to trade buyers): trade buyers confirm
// large orders with a Netverify face login. This endpoint extension (extensions/netverify/src/index.js, mounted at
// /netverify) receives Netverify's authentication callback (EU data centre, form-encoded) and writes the outcome onto
// the face_logins collection, which a Flow watches to release the order.
import { defineEndpoint } from '@directus/extensions-sdk'
import express from 'express'

// Netverify EU callback sources (callback.lon.jumio.com), per the integration guide.
const NETVERIFY_EU_CALLBACK_IPS = ['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134']

export default defineEndpoint({
  id: 'netverify',
  handler: (router, { services, getSchema, logger }) => {
    const { ItemsService } = services

    router.post('/face-login-callback', express.urlencoded({ extended: false }), async (req, res) => {
      const sourceIp = String(req.headers['x-forwarded-for'] || req.ip || '').split(',')[0].trim()
      if (!NETVERIFY_EU_CALLBACK_IPS.includes(sourceIp)) {
        logger.warn(`netverify callback from ${sourceIp} refused`)
        return res.sendStatus(403)
      }
      const { callBackType, transactionReference, enrollmentTransactionReference, transactionResult, transactionDate, userReference } = req.body
      if (callBackType !== 'NETVERIFY_AUTHENTICATION') {
        return res.sendStatus(204)
      }

      const faceLogins = new ItemsService('face_logins', { schema: await getSchema() })
      const [faceLogin] = await faceLogins.readByQuery({ filter: { reference: { _eq: transactionReference } }, limit: 1 })
      if (!faceLogin) {
        logger.warn(`netverify callback for unknown face login ${transactionReference}`)
        return res.sendStatus(200)
      }
      await faceLogins.updateOne(faceLogin.id, {
        result: transactionResult,
        completed_at: transactionDate,
        enrolment_reference: enrollmentTransactionReference,
        buyer: userReference,
        status: transactionResult === 'PASSED' ? 'passed' : 'failed',
      })
      return res.sendStatus(200)
    })
  },
})
