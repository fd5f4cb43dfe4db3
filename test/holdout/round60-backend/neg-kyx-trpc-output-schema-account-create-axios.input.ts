// Nordlys Finans onboarding API (tRPC): the ID check step of a loan application, on the identity service's account
// API. The app still receives redirectUrl and transactionReference (IdCheckStep.tsx was written against them), so the
// procedure maps the account answer onto that output and stores the account for later face logins.
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import axios from 'axios';
import { nordlysKyxToken } from './kyx-client-credentials.js';
import { findApplication, saveKyxIdCheck, type OnboardingContext } from './db.js';

const t = initTRPC.context<OnboardingContext>().create();

const KYX_ACCOUNTS = 'https://account.emea-1.jumio.ai/api/v1/accounts';

interface AccountCreated {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string; credentials: { id: string; category: string }[] };
}

export const idCheckRouter = t.router({
  start: t.procedure
    .input(z.object({ applicationId: z.string().uuid(), locale: z.enum(['nb', 'sv', 'en']).default('nb') }))
    .output(
      z.object({
        timestamp: z.string(),
        redirectUrl: z.string().url(),
        transactionReference: z.string().uuid(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const application = await findApplication(input.applicationId, ctx.userId);
      if (!application) throw new TRPCError({ code: 'NOT_FOUND', message: 'no such application' });
      const { data } = await axios.post<AccountCreated>(
        KYX_ACCOUNTS,
        {
          customerInternalReference: `NF-${application.number}`,
          userReference: ctx.userId,
          workflowDefinition: { key: 3 },
          web: {
            successUrl: `https://soknad.nordlysfinans.example/soknader/${application.id}/id/ferdig`,
            errorUrl: `https://soknad.nordlysfinans.example/soknader/${application.id}/id/prov-igjen`,
            locale: input.locale,
          },
          tokenLifetime: '1h',
        },
        {
          headers: {
            Accept: 'application/json',
            Authorization: `Bearer ${await nordlysKyxToken()}`,
            'User-Agent': 'NordlysFinans-Onboarding/3.0',
          },
        },
      );
      await saveKyxIdCheck(application.id, {
        accountId: data.account.id,
        workflowExecutionId: data.workflowExecution.id,
        idCredentialId: data.workflowExecution.credentials.find((c) => c.category === 'ID')?.id ?? null,
      });
      return { timestamp: data.timestamp, redirectUrl: data.web.href, transactionReference: data.workflowExecution.id };
    }),
});
