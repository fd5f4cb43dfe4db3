// iProov (face authentication, another vendor): a verify token for a returning user, then the validate call.
import axios from 'axios';

const IPROOV = 'https://eu.rp.secure.iproov.me/api/v2';

export async function startFaceVerify(userId: string) {
  const { data } = await axios.post(`${IPROOV}/claim/verify/token`, {
    api_key: process.env.IPROOV_API_KEY,
    secret: process.env.IPROOV_SECRET,
    resource: 'acme-bank-login',
    user_id: userId,
    assurance_type: 'genuine_presence',
  });
  return { token: data.token, redirectUrl: `https://app.acme-bank.example/face?token=${data.token}`, transactionReference: data.token };
}

export async function validateFaceVerify(userId: string, token: string) {
  const { data } = await axios.post(`${IPROOV}/claim/verify/validate`, {
    api_key: process.env.IPROOV_API_KEY, secret: process.env.IPROOV_SECRET, user_id: userId, token, client: 'web',
  });
  return { passed: data.passed as boolean, transactionResult: data.passed ? 'PASSED' : 'FAILED' };
}
