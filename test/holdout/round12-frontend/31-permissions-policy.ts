// Express middleware: the account area's Permissions-Policy. The identity check frame (Netverify web client) must be
// delegated the camera, or the browser blocks it whatever the iframe's allow attribute says.
import type { RequestHandler } from 'express';

const IDENTITY_FRAME = '"https://acme.netverify.com"';

export const permissionsPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader(
    'Permissions-Policy',
    [
      `camera=(self ${IDENTITY_FRAME})`,
      `fullscreen=(self ${IDENTITY_FRAME})`,
      'geolocation=()',
      'payment=()',
    ].join(', '),
  );
  next();
};
