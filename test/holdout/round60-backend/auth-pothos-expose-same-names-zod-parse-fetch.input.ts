// Larkspur Health patient app, GraphQL schema (Pothos): lab results are shown only after a face login. The app
// opens redirectUrl in the identity frame and polls the result with transactionReference; expiresAt tells it when to
// offer a new link.
import SchemaBuilder from '@pothos/core';
import { z } from 'zod';
import { findPatient, recordResultsFaceLogin, type PatientContext } from './db.js';

const builder = new SchemaBuilder<{ Context: PatientContext }>({});

interface ResultsFaceLogin {
  redirectUrl: string;
  transactionReference: string;
  expiresAt: string;
}

const ResultsFaceLoginRef = builder.objectRef<ResultsFaceLogin>('ResultsFaceLogin').implement({
  description: 'A face login the patient completes before lab results are shown.',
  fields: (t) => ({
    redirectUrl: t.exposeString('redirectUrl'),
    transactionReference: t.exposeID('transactionReference'),
    expiresAt: t.exposeString('expiresAt'),
  }),
});

// What the identity service answers; parsed so that a changed answer fails here and not in the app.
const IdentityServiceStart = z.object({
  timestamp: z.string(),
  redirectUrl: z.string().url(),
  transactionReference: z.string().uuid(),
});

const NV_AUTH_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';

builder.queryType({
  fields: () => ({}),
});

builder.mutationType({
  fields: (t) => ({
    startResultsFaceLogin: t.field({
      type: ResultsFaceLoginRef,
      args: { labOrderId: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const patient = await findPatient(ctx.patientId);
        const res = await fetch(NV_AUTH_INITIATE, {
          method: 'POST',
          headers: {
            Accept: 'application/json',
            'Content-Type': 'application/json',
            Authorization: `Basic ${Buffer.from(`${process.env.LARKSPUR_NV_TOKEN}:${process.env.LARKSPUR_NV_SECRET}`).toString('base64')}`,
            'User-Agent': 'Larkspur-PatientApp/5.0',
          },
          body: JSON.stringify({
            enrollmentTransactionReference: patient.enrolmentReference,
            userReference: patient.id,
            successUrl: `https://my.larkspurhealth.example/results/${args.labOrderId}/unlocked`,
            errorUrl: `https://my.larkspurhealth.example/results/${args.labOrderId}/locked`,
            tokenLifetimeInMinutes: 15,
          }),
        });
        if (!res.ok) throw new Error(`face login could not be started: HTTP ${res.status}`);
        const started = IdentityServiceStart.parse(await res.json());
        await recordResultsFaceLogin(String(args.labOrderId), started.transactionReference);
        return {
          redirectUrl: started.redirectUrl,
          transactionReference: started.transactionReference,
          expiresAt: new Date(Date.parse(started.timestamp) + 15 * 60_000).toISOString(),
        };
      },
    }),
  }),
});

export const schema = builder.toSchema();
