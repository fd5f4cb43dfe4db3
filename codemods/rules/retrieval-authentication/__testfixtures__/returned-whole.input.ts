import type { Request, Response } from 'express';

// The details leave the function whole: downstream readers must be checked by hand.
export async function getAuthentication(ref: string) {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC_AUTH}` },
  });
  return res.json();
}

export async function authenticationRoute(req: Request, res: Response) {
  const response = await fetch(`https://netverify.com/api/netverify/v2/authentications/${req.params.ref}`, {
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC_AUTH}` },
  });
  const details = await response.json();
  res.json(details);
}
