'use node';
// Convex (US): a Node action starts the face login with axios. The enrolment reference is read from the users table
// through an internal query, the started authentication recorded through an internal mutation; the client gets the
// link only.
import axios from 'axios';
import { v } from 'convex/values';
import { action } from './_generated/server';
import { internal } from './_generated/api';

const JUMIO_AUTH_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

type LegacyAuthStart = { timestamp: string; redirectUrl: string; transactionReference: string };

export const startFaceLogin = action({
  args: { locale: v.optional(v.string()) },
  handler: async (ctx, { locale }) => {
    const identity = await ctx.auth.getUserIdentity();
    if (!identity) throw new Error('not signed in');
    const user = await ctx.runQuery(internal.users.bySubject, { subject: identity.subject });
    if (!user?.jumioEnrollmentRef) throw new Error('no enrolment on file');

    const { data } = await axios.post<LegacyAuthStart>(
      JUMIO_AUTH_URL,
      {
        enrollmentTransactionReference: user.jumioEnrollmentRef,
        userReference: user._id,
        successUrl: `${process.env.SITE_URL}/face-login/complete`,
        errorUrl: `${process.env.SITE_URL}/face-login/failed`,
        locale: locale ?? 'en',
      },
      {
        auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
        headers: { 'User-Agent': 'Acme Convex/1.0', Accept: 'application/json' },
      },
    );

    await ctx.runMutation(internal.faceLogins.record, { userId: user._id, reference: data.transactionReference });
    return { url: data.redirectUrl };
  },
});
