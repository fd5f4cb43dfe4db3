// Trulioo GlobalGateway verify: Basic auth on another host, a TransactionID in the answer.
import got from 'got';

export async function verifyPerson(country: string, person: { first: string; last: string; dob: string }) {
  const result = await got
    .post('https://gateway.trulioo.com/verifications/v1/verify', {
      json: {
        AcceptTruliooTermsAndConditions: true,
        ConfigurationName: 'Identity Verification',
        CountryCode: country,
        DataFields: { PersonInfo: { FirstGivenName: person.first, FirstSurName: person.last, DayOfBirth: person.dob } },
      },
      username: process.env.TRULIOO_USER,
      password: process.env.TRULIOO_PASSWORD,
    })
    .json<{ TransactionID: string; Record: { RecordStatus: string } }>();
  return { transactionReference: result.TransactionID, passed: result.Record.RecordStatus === 'match' };
}
