// Directus endpoint extension (extensions/face-auth/src/index.js): POST /face-auth/start (EU).
import { defineEndpoint } from '@directus/extensions-sdk';
import got from 'got';

export default defineEndpoint((router, { env, services, getSchema }) => {
  router.post('/start', async (req, res, next) => {
    try {
      const { ItemsService } = services;
      const profiles = new ItemsService('face_profiles', { schema: await getSchema(), accountability: req.accountability });
      const [profile] = await profiles.readByQuery({ filter: { user: { _eq: req.accountability.user } }, limit: 1 });
      const started = await got.post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
        json: {
          enrollmentTransactionReference: profile.enrollment_reference,
          userReference: req.accountability.user,
          successUrl: env.PUBLIC_URL + '/admin/face/ok',
        },
        username: env.JUMIO_API_TOKEN,
        password: env.JUMIO_API_SECRET,
        responseType: 'json',
      });
      await profiles.updateOne(profile.id, { last_reference: started.body.transactionReference });
      res.json({ url: started.body.redirectUrl });
    } catch (err) {
      next(err);
    }
  });
});
