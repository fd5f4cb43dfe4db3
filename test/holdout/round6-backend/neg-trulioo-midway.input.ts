import { Inject, Provide } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';

@Provide()
export class TruliooService {
  @Inject()
  httpService: HttpService;

  async verify(person: { firstName: string; lastName: string; country: string }) {
    const response = await this.httpService.post(
      'https://api.globaldatacompany.com/verifications/v1/verify',
      { AcceptTruliooTermsAndConditions: true, CountryCode: person.country, DataFields: { PersonInfo: { FirstGivenName: person.firstName, FirstSurName: person.lastName } } },
      { auth: { username: process.env.TRULIOO_USER ?? '', password: process.env.TRULIOO_PASS ?? '' } },
    );
    return { transactionReference: response.data.TransactionID, transactionResult: response.data.Record.RecordStatus };
  }
}
