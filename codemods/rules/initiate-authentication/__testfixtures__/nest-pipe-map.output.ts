import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { lastValueFrom, map, timeout, catchError, switchMap, of, throwError } from 'rxjs';
import { map as rxMap } from 'rxjs/operators';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface NetverifyAuthResponse {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

@Injectable()
export class FaceLoginService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentReference: string): Promise<{ url: string; ref: string }> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const result = await lastValueFrom(
      this.http
        .put<NetverifyAuthResponse>(
          `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
          { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
          { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
        )
        .pipe(
          map((response) => response.data),
          timeout(10_000),
          catchError((err) => throwError(() => new Error(`netverify: ${err.message}`))),
        ),
    );
    return { url: result.web.href, ref: result.workflowExecution.id };
  }

  async startRenamed(enrollmentReference: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount2 = await resolveKyxAccount(enrollmentReference);
    const { web: { href: redirectUrl } } = await lastValueFrom(
      this.http
        .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
        .pipe(rxMap(({ data }) => data)),
    );
    return redirectUrl;
  }

  // switchMap: what the Observable emits is not followed; the response leaves unseen (flagged).
  async startChained(enrollmentReference: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount3 = await resolveKyxAccount(enrollmentReference);
    const url = await lastValueFrom(
      // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
      this.http
        .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount3.accountId}`, { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount3.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
        .pipe(switchMap((res) => of(res.data.redirectUrl))),
    );
    return url;
  }
}
