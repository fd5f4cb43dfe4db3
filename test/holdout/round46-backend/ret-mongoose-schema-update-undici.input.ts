// Fjord Mobility e-scooter rentals (EU): in high-theft zones a rider confirms a face login before the vehicle unlocks.
// The rental desk's poller asks Netverify for the result and records it on the face-login document.
import { request } from 'undici';
import mongoose, { Schema, model } from 'mongoose';
import { notifyRentalDesk } from './store.js';

interface AuthenticationResult {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

/** One document per face login; the path names are the rental desk's reporting contract (BI reads them). */
const faceLoginSchema = new Schema(
  {
    transactionReference: { type: String, required: true, unique: true },
    userReference: { type: String, index: true },
    transactionResult: { type: String, enum: ['PENDING', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED'], default: 'PENDING' },
    transactionDate: Date,
    zoneId: String,
  },
  { collection: 'face_logins', timestamps: true },
);

export const FaceLogin = mongoose.models.FaceLogin ?? model('FaceLogin', faceLoginSchema);

export async function settleFaceLogin(reference: string): Promise<'pending' | 'settled' | 'unknown'> {
  const { statusCode, body } = await request(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    method: 'GET',
    headers: {
      accept: 'application/json',
      authorization: `Basic ${Buffer.from(`${process.env.FJORD_NV_TOKEN}:${process.env.FJORD_NV_SECRET}`).toString('base64')}`,
      'user-agent': 'FjordMobility-RentalDesk/5.0',
    },
  });
  if (statusCode === 404) return 'unknown';
  if (statusCode !== 200) throw new Error(`authentication lookup answered ${statusCode}`);

  const result = (await body.json()) as AuthenticationResult;
  if (result.transactionResult === 'CREATED' || result.transactionResult === 'STARTED') return 'pending';

  await FaceLogin.updateOne(
    { transactionReference: result.transactionReference },
    {
      $set: {
        userReference: result.userReference,
        transactionResult: result.transactionResult,
        transactionDate: new Date(result.transactionDate),
      },
    },
    { upsert: true },
  );
  await notifyRentalDesk(result.userReference ?? 'unknown', result.transactionResult === 'PASSED');
  return 'settled';
}

/** The rental desk's list of face logins still waiting for a result in one zone. */
export function pendingFaceLogins(zoneId: string) {
  return FaceLogin.find({ zoneId, transactionResult: 'PENDING' }).select({ transactionReference: 1, userReference: 1 }).lean();
}
