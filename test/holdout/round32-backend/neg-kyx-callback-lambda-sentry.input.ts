// Face-login callback of the insurance app after the move to KYX: an API Gateway (HTTP API) Lambda behind Sentry's
// handler wrapper. KYX posts JSON with the workflow execution's status only; each callback is counted with Powertools
// metrics and left as a Sentry breadcrumb before it is stored (the decision is read later from the retrieval API).
import * as Sentry from '@sentry/aws-serverless';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { saveResult } from './store.js';

Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1, environment: process.env.STAGE });

const metrics = new Metrics({ namespace: 'Identity', serviceName: 'face-login-results' });

interface KyxCallback {
  callbackSentAt: string;
  userReference?: string;
  workflowExecution: { id: string; href: string; definitionKey: string; status: 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED' };
  account: { id: string; href: string };
}

export const handler = Sentry.wrapHandler(async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const body = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '{}');
  const callback = JSON.parse(body) as KyxCallback;

  if (callback.workflowExecution.definitionKey !== '9') {
    metrics.addMetric('IgnoredResults', MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
    return { statusCode: 202, body: '' };
  }

  metrics.addDimension('status', callback.workflowExecution.status);
  metrics.addMetric('FaceLoginResults', MetricUnit.Count, 1);
  Sentry.addBreadcrumb({
    category: 'face-login.result',
    level: 'info',
    message: `face login ${callback.workflowExecution.id} ended ${callback.workflowExecution.status}`,
    data: { account: callback.account.id, sentAt: callback.callbackSentAt },
  });

  await saveResult(callback.workflowExecution.id, {
    status: callback.workflowExecution.status,
    account: callback.account.id,
    member: callback.userReference ?? null,
    details: callback.workflowExecution.href,
  });
  metrics.publishStoredMetrics();
  return { statusCode: 200, body: '' };
});
