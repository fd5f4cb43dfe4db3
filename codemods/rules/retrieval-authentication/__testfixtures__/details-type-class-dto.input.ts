// The details are cast to a DTO class of the app (its validation decorators and a method): the class stays as written,
// and the cast and the declared return type name a KYX-shaped copy declared after it.
declare function IsUUID(): PropertyDecorator;
declare function IsIn(values: string[]): PropertyDecorator;
declare function IsOptional(): PropertyDecorator;

export class AuthenticationOutcomeDto {
  @IsUUID()
  transactionReference!: string;

  @IsIn(['PASSED', 'FAILED', 'INVALID', 'EXPIRED'])
  transactionResult!: string;

  @IsOptional()
  userReference?: string;

  get passed(): boolean {
    return this.transactionResult === 'PASSED';
  }
}

export async function fetchOutcome(reference: string): Promise<AuthenticationOutcomeDto> {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${process.env.NETVERIFY_BASIC}` },
  });
  if (!res.ok) throw new Error(`authentication ${reference}: HTTP ${res.status}`);
  const outcome = (await res.json()) as AuthenticationOutcomeDto;
  console.info('face login outcome', outcome.transactionReference, outcome.userReference);
  return outcome;
}
