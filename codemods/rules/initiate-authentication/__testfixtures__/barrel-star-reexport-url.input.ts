// The URL is joined from constants a barrel re-exports with `export *`.
import axios from 'axios';
import { FACE_LOGIN_PATH, JUMIO_EU } from './identity-barrel.js';

export async function startFaceLogin(user: { id: string; enrollmentReference: string }): Promise<string> {
  const { data } = await axios.post(
    `${JUMIO_EU}${FACE_LOGIN_PATH}`,
    { enrollmentTransactionReference: user.enrollmentReference, userReference: user.id },
    { auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! } },
  );
  return data.redirectUrl;
}
