// Apollo Server 4 resolvers: KYC onboarding mutation.
import axios from 'axios';

interface V4InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface Ctx {
  user: { id: string; country: string };
  db: { kyc: { upsert(args: { userId: string; reference: string }): Promise<void> } };
}

export const resolvers = {
  Mutation: {
    startIdVerification: async (_parent: unknown, args: { documentType: string }, ctx: Ctx) => {
      const response = await axios.post<V4InitiateResponse>(
        'https://netverify.com/api/v4/initiate',
        {
          customerInternalReference: ctx.user.id,
          userReference: ctx.user.id,
          workflowId: 100,
          presets: [{ index: 1, country: ctx.user.country, type: args.documentType }],
        },
        {
          auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
          headers: { 'User-Agent': 'Adatum Graph/3.0' },
        },
      );
      await ctx.db.kyc.upsert({ userId: ctx.user.id, reference: response.data.transactionReference });
      return { url: response.data.redirectUrl };
    },
  },
};
