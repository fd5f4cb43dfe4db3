// Face-login result webhook of the insurance app: an API Gateway (HTTP API) Lambda behind Sentry's handler wrapper.
// Every result is counted with Powertools metrics (by result) and left as a Sentry breadcrumb before it is stored, so
// an error in the store shows in Sentry together with what arrived.
import * as Sentry from '@sentry/aws-serverless';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { markUserVerified, saveResult } from './store.js';

Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1, environment: process.env.STAGE });

const metrics = new Metrics({ namespace: 'Identity', serviceName: 'face-login-results' });

export const handler = Sentry.wrapHandler(async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const body = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  const form = new URLSearchParams(body);

  if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') {
    metrics.addMetric('IgnoredResults', MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
    return { statusCode: 202, body: '' };
  }

  const reference = form.get('transactionReference') ?? '';
  const result = form.get('transactionResult') ?? 'UNKNOWN';
  const enrollment = form.get('enrollmentTransactionReference');
  const finishedAt = form.get('transactionDate');
  const member = form.get('userReference');

  metrics.addDimension('result', result);
  metrics.addMetric('FaceLoginResults', MetricUnit.Count, 1);
  Sentry.addBreadcrumb({
    category: 'face-login.result',
    level: 'info',
    message: `face login ${reference} ended ${result}`,
    data: { enrollment, finishedAt },
  });

  await saveResult(reference, { result, enrollment, at: finishedAt });
  if (member) await markUserVerified(member, result === 'PASSED');
  metrics.publishStoredMetrics();
  return { statusCode: 200, body: 'OK' };
});
