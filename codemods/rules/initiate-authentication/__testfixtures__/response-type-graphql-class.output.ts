// A type-graphql class in the legacy answer's shape is the API's own schema: it stays, and the cast and the resolver's
// declared return type name a KYX-shaped copy declared after it (a class is never rewritten).
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

declare function Field(type?: () => unknown): PropertyDecorator;
declare function ObjectType(): ClassDecorator;
declare function Mutation(type: () => unknown): MethodDecorator;
declare const ID: unknown;

// TODO(netverify-migrate): initiate-authentication: StepUpStart is a class in the legacy initiate response shape, kept as written (its decorators and methods are this app's own schema): the migrated initiate's answer is typed KyxStepUpStart, declared below it. Where an instance of StepUpStart is served or expected (a GraphQL type, a serialised DTO), map web.href → redirectUrl and workflowExecution.id → transactionReference into it, or move the class to the KYX fields and delete KyxStepUpStart
@ObjectType()
export class StepUpStart {
  @Field()
  redirectUrl!: string;

  @Field(() => ID)
  transactionReference!: string;

  @Field()
  timestamp?: string;

  describe(): string {
    return `step-up ${this.transactionReference}`;
  }
}

interface KyxStepUpStart {
  web: { href: string };
  workflowExecution: { id: string };
  timestamp?: string;
}

export class StepUpResolver {
  @Mutation(() => StepUpStart)
  async startStepUp(enrolment: string, memberId: string): Promise<KyxStepUpStart> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrolment);
    const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      body: JSON.stringify({ customerInternalReference: memberId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: memberId }),
    });
    const started = (await res.json()) as KyxStepUpStart;
    console.info('step-up started', started.workflowExecution.id);
    // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
    return started;
  }
}
