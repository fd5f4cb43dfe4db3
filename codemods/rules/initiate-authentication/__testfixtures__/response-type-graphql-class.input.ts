// A type-graphql class in the legacy answer's shape is the API's own schema: it stays, and the cast and the resolver's
// declared return type name a KYX-shaped copy declared after it (a class is never rewritten).
declare function Field(type?: () => unknown): PropertyDecorator;
declare function ObjectType(): ClassDecorator;
declare function Mutation(type: () => unknown): MethodDecorator;
declare const ID: unknown;

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

export class StepUpResolver {
  @Mutation(() => StepUpStart)
  async startStepUp(enrolment: string, memberId: string): Promise<StepUpStart> {
    const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
      body: JSON.stringify({ enrollmentTransactionReference: enrolment, userReference: memberId }),
    });
    const started = (await res.json()) as StepUpStart;
    console.info('step-up started', started.transactionReference);
    return started;
  }
}
