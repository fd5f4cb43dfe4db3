import axios from 'axios';
import { z } from 'zod';

// The inferred type is named like the schema (round 45): its name and the annotation are types, not reads of it.
const AuthenticationDetails = z.object({
  transactionReference: z.string(),
  userReference: z.string().optional(),
  transactionResult: z.string(),
});
type AuthenticationDetails = z.infer<typeof AuthenticationDetails>;

export async function decision(reference: string): Promise<string | undefined> {
  const { data } = await axios.get<unknown>(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.NV_TOKEN ?? '', password: process.env.NV_SECRET ?? '' },
  });
  const details: AuthenticationDetails = AuthenticationDetails.parse(data);
  return details.userReference ?? details.transactionReference;
}
