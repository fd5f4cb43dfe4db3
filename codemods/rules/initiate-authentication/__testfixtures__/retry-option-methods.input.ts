// A call's own retry option with a methods list: ky's `methods: ['post']` resent the legacy POST and will not resend
// the PUT (no item, nothing added); got's list naming PUT too will resend it (an item saying so).
import ky from 'ky';
import got from 'got';

export async function startFaceLogin(userId: string, enrollmentReference: string) {
  const started = await ky
    .post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
      headers: { Authorization: 'Basic ' + btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`) },
      retry: { limit: 2, methods: ['post'] },
    })
    .json<{ redirectUrl: string }>();
  return started.redirectUrl;
}

export async function startUsFaceLogin(userId: string, enrollmentReference: string) {
  const started = await got
    .post('https://netverify.com/api/authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      retry: { limit: 2, methods: ['POST', 'PUT'] },
    })
    .json<{ redirectUrl: string }>();
  return started.redirectUrl;
}
