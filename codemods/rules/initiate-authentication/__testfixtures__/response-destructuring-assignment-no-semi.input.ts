// No semicolons: the answer is destructured into a variable declared before, behind a `;(` guard.
import axios from 'axios'

export async function start(enrolmentRef: string): Promise<string> {
  let started: { redirectUrl: string; transactionReference: string }
  try {
    ;({ data: started } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrolmentRef,
    }, { auth: { username: 'u', password: 'p' } }))
  } catch (err) {
    throw new Error('face login not started', { cause: err })
  }
  return started.redirectUrl
}
