import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { lastValueFrom, map, timeout, catchError, switchMap, of, throwError } from 'rxjs';
import { map as rxMap } from 'rxjs/operators';

interface NetverifyAuthResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class FaceLoginService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentReference: string): Promise<{ url: string; ref: string }> {
    const result = await lastValueFrom(
      this.http
        .post<NetverifyAuthResponse>(
          'https://lon.netverify.com/api/authentication/v1/web/initiate',
          { enrollmentTransactionReference: enrollmentReference },
          { auth: { username: process.env.NETVERIFY_TOKEN!, password: process.env.NETVERIFY_SECRET! } },
        )
        .pipe(
          map((response) => response.data),
          timeout(10_000),
          catchError((err) => throwError(() => new Error(`netverify: ${err.message}`))),
        ),
    );
    return { url: result.redirectUrl, ref: result.transactionReference };
  }

  async startRenamed(enrollmentReference: string): Promise<string> {
    const { redirectUrl } = await lastValueFrom(
      this.http
        .post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference })
        .pipe(rxMap(({ data }) => data)),
    );
    return redirectUrl;
  }

  // switchMap: what the Observable emits is not followed; the response leaves unseen (flagged).
  async startChained(enrollmentReference: string): Promise<string> {
    const url = await lastValueFrom(
      this.http
        .post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference })
        .pipe(switchMap((res) => of(res.data.redirectUrl))),
    );
    return url;
  }
}
