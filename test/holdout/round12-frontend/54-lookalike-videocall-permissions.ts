// Express middleware: Permissions-Policy for the telehealth pages, which frame the Whereby video room.
import type { RequestHandler } from 'express';

const VIDEO_ROOM = '"https://acme.whereby.com"';

export const permissionsPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader(
    'Permissions-Policy',
    [`camera=(self ${VIDEO_ROOM})`, `microphone=(self ${VIDEO_ROOM})`, `fullscreen=(self ${VIDEO_ROOM})`, 'payment=()'].join(', '),
  );
  next();
};
