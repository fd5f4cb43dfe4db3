// Kestrel Review (Sanity, a literary quarterly paying contributors in SGD): a `payoutRequest` document is created in
// the Studio when a contributor asks to be paid, with the contributor's face login reference from the portal on it.
// This Sanity Function (blueprint: on create of payoutRequest) reads the authentication result from Netverify's
// retrieval API (SG data centre) and patches it onto the document for the managing editor to approve.
import { documentEventHandler } from '@sanity/functions'
import { createClient } from '@sanity/client'

const NETVERIFY_SGP = 'https://core-sgp.jumio.com'
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.KESTREL_NV_TOKEN}:${process.env.KESTREL_NV_SECRET}`).toString('base64')

export const handler = documentEventHandler(async ({ context, event }) => {
  const { data } = event
  if (!data.faceLoginReference) {
    console.log(`payout request ${data._id} has no face login yet`)
    return
  }
  const client = createClient({ ...context.clientOptions, apiVersion: '2025-05-08', useCdn: false })

  const res = await fetch(`${NETVERIFY_SGP}/api/netverify/v2/authentications/${data.faceLoginReference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: NV_BASIC,
      'User-Agent': 'KestrelReview-Sanity/1.0',
    },
  })
  if (res.status === 404) {
    await client.patch(data._id).set({ faceCheck: { status: 'unknown' } }).commit()
    return
  }
  if (!res.ok) throw new Error(`Netverify retrieval answered HTTP ${res.status}`)
  const details = await res.json()

  await client
    .patch(data._id)
    .set({
      faceCheck: {
        status: details.transactionResult === 'PASSED' ? 'passed' : 'not-passed',
        reference: details.transactionReference,
        contributor: details.userReference,
        checkedAt: details.transactionDate,
      },
    })
    .commit()
  console.log(`face check ${details.transactionReference} for ${data.contributor?._ref}: ${details.transactionResult}`)
})
