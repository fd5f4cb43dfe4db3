// Kestrel Carsharing (DE) web app, Next.js 13 pages router (pages/api/rentals/[rentalId]/face-login.ts): the first
// rental of a premium car is unlocked only after a face login. The app links here; the route starts the face login,
// keeps its reference in a cookie for the return page and sends the browser on with a 303.
import type { NextApiRequest, NextApiResponse } from 'next';
import axios from 'axios';
import { getRentalForMember } from './db.js';

// EU data centre; the face login goes through the v4 initiate with the enrolment's reference.
const NV_EU_V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }
  const rental = await getRentalForMember(String(req.query.rentalId), req.cookies.kestrel_member);
  if (!rental) return res.status(404).end();

  const { data } = await axios.post<FaceLoginStarted>(
    NV_EU_V4_INITIATE,
    {
      enrollmentTransactionReference: rental.member.idvReference,
      userReference: rental.member.memberNo,
      successUrl: `https://app.kestrel-carsharing.example/rentals/${rental.id}/unlocked`,
      errorUrl: `https://app.kestrel-carsharing.example/rentals/${rental.id}/not-unlocked`,
      locale: 'de',
      tokenLifetimeInMinutes: 10,
    },
    {
      auth: { username: process.env.KESTREL_NV_TOKEN!, password: process.env.KESTREL_NV_SECRET! },
      headers: { Accept: 'application/json', 'User-Agent': 'Kestrel-Web/6.0' },
    },
  );

  res.setHeader('Set-Cookie', `kestrel_face_login=${data.transactionReference}; Path=/rentals; HttpOnly; Secure; SameSite=Lax; Max-Age=600`);
  res.setHeader('Location', data.redirectUrl);
  res.statusCode = 303;
  res.end();
}
