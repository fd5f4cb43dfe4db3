// api/src/services/faceLogins/faceLogins.ts
import type { MutationResolvers } from 'types/graphql'

import { db } from 'src/lib/db'
import { logger } from 'src/lib/logger'

const JUMIO_ENDPOINT = 'https://lon.netverify.com/api/authentication/v1/web/initiate'

export const startFaceLogin: MutationResolvers['startFaceLogin'] = async ({ input }) => {
  const member = await db.member.findUniqueOrThrow({ where: { id: input.memberId } })
  const credentials = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')

  const response = await fetch(JUMIO_ENDPOINT, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${credentials}`,
      'User-Agent': 'Thistle Credit Union/1.3',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: member.enrollmentReference,
      userReference: member.id,
      locale: input.locale,
    }),
  })

  if (!response.ok) {
    logger.error({ status: response.status }, 'jumio initiate failed')
    throw new Error('Could not start face login')
  }

  const { redirectUrl, transactionReference } = await response.json()
  await db.faceLogin.create({ data: { memberId: member.id, reference: transactionReference } })
  return { url: redirectUrl }
}
