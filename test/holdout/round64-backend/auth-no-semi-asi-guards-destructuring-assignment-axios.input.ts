// Harbourline: face login before a new payee is released (Netverify Authentication, US data centre).
// Formatted by prettier with `semi: false`: a line that starts with `(` or `[` carries its own `;`.
import axios from 'axios'
import type { Request, Response } from 'express'
import { recordFaceLoginStart } from './db.js'

interface FaceLoginStart {
  timestamp: string
  redirectUrl: string
  transactionReference: string
}

interface FaceLoginSession {
  faceLoginRef?: string
  faceLoginStartedAt?: string
}

const NV_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate'
const NV_API_TOKEN = process.env.HARBOURLINE_NV_TOKEN ?? ''
const NV_API_SECRET = process.env.HARBOURLINE_NV_SECRET ?? ''
const APP_ORIGIN = 'https://app.harbourline.example'

export async function startPayeeFaceLogin(
  req: Request,
  res: Response,
  next: (err: unknown) => void,
): Promise<void> {
  const member = req.user as { memberNo: string; enrolmentRef: string }
  const payeeId = String(req.body.payeeId)
  let started: FaceLoginStart
  try {
    ;({ data: started } = await axios.post<FaceLoginStart>(
      NV_INITIATE, // prod: US data centre
      {
        enrollmentTransactionReference: member.enrolmentRef,
        userReference: member.memberNo,
        successUrl: `${APP_ORIGIN}/payees/${payeeId}/face-login/done`,
        errorUrl: `${APP_ORIGIN}/payees/${payeeId}/face-login/failed`,
        tokenLifetimeInMinutes: 10,
      },
      {
        auth: { username: NV_API_TOKEN, password: NV_API_SECRET },
        headers: { 'User-Agent': 'Harbourline-Payees/6.2' },
      },
    ))
  } catch (err) {
    return next(err)
  }
  ;(req.session as FaceLoginSession).faceLoginRef = started.transactionReference
  ;(req.session as FaceLoginSession).faceLoginStartedAt = started.timestamp
  await recordFaceLoginStart(member.memberNo, started.transactionReference)
  res.redirect(started.redirectUrl)
}
