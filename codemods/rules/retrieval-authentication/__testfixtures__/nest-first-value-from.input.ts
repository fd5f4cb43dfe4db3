// NestJS HttpService: the Observable is awaited through firstValueFrom; `.toPromise()` is the older form;
// `.pipe(map((r) => r.data), timeout(…))` gives the details; another operator (switchMap) takes them out of sight.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom, map, switchMap, timeout, of } from 'rxjs';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
}

const BASE = 'https://lon.netverify.com/api/netverify/v2/authentications';

@Injectable()
export class FaceAuthResults {
  constructor(private readonly http: HttpService) {}

  async user(reference: string): Promise<string | undefined> {
    const { data } = await firstValueFrom(
      this.http.get<AuthenticationDetails>(`${BASE}/${reference}`, {
        auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
      }),
    );
    return data.userReference;
  }

  async reference(ref: string): Promise<string> {
    const res = await this.http
      .get<AuthenticationDetails>(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {
        auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
      })
      .toPromise();
    return res!.data.transactionReference;
  }

  async details(ref: string) {
    const details = await firstValueFrom(
      this.http
        .get<AuthenticationDetails>(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {
          auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
        })
        .pipe(map((r) => r.data), timeout(5000)),
    );
    return details.userReference;
  }

  async chained(ref: string) {
    return firstValueFrom(
      this.http
        .get<AuthenticationDetails>(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, {
          auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
        })
        .pipe(switchMap((r) => of(r.data))),
    );
  }
}
