// MikroORM entity of the customer (a stand-in without decorators).
export class Verification {
  constructor(
    public customerId: string,
    public scanReference: string,
    public link: string,
  ) {}
}
