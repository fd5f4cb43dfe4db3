// Face login of the Singapore wallet. The vendor call runs inside an OpenTelemetry span: what the vendor answered is
// put on the span as attributes, so a slow or failed start can be found by member in the tracing backend.
import axios from 'axios';
import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { saveFaceLogin } from './store.js';

const tracer = trace.getTracer('wallet-identity', '4.2.0');

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface WalletMember {
  id: string;
  jumioEnrollmentRef: string;
  locale?: string;
}

export async function startFaceLogin(member: WalletMember, returnUrl: string): Promise<string> {
  return tracer.startActiveSpan('netverify.authentication.initiate', async (span: Span) => {
    span.setAttribute('wallet.member_id', member.id);
    try {
      const { data, status } = await axios.post<FaceLoginStarted>(
        'https://core-sgp.jumio.com/api/authentication/v1/web/initiate',
        {
          enrollmentTransactionReference: member.jumioEnrollmentRef,
          userReference: member.id,
          successUrl: `${returnUrl}?outcome=ok`,
          errorUrl: `${returnUrl}?outcome=failed`,
          locale: member.locale ?? 'en',
          tokenLifetimeInMinutes: 15,
        },
        {
          auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': 'Sunrise Wallet SG/4.2' },
        },
      );
      span.setAttributes({
        'http.response.status_code': status,
        'netverify.transaction_reference': data.transactionReference,
        'netverify.web_client_host': new URL(data.redirectUrl).host,
        'netverify.timestamp': data.timestamp,
      });
      await saveFaceLogin(member.id, data.transactionReference);
      return data.redirectUrl;
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: 'face login could not start' });
      throw err;
    } finally {
      span.end();
    }
  });
}
