import ky from 'ky';
import crypto from 'node:crypto';

const veriff = ky.create({ prefixUrl: 'https://stationapi.veriff.com/v1', headers: { 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY } });

export async function initiateVerification(user) {
  const body = { verification: { callback: 'https://app.example/veriff/callback', person: { firstName: user.firstName, lastName: user.lastName }, vendorData: user.id } };
  const signature = crypto.createHmac('sha256', process.env.VERIFF_SECRET).update(JSON.stringify(body)).digest('hex');
  const res = await veriff.post('sessions', { json: body, headers: { 'X-HMAC-SIGNATURE': signature } }).json();
  return { redirectUrl: res.verification.url, transactionReference: res.verification.id };
}
