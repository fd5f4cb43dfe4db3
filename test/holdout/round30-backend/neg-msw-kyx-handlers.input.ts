// msw handlers for the identity APIs the browser tests call: the KYX endpoints (the old handlers were deleted with the
// migration) and Persona's inquiry API for the second flow.
import { http, HttpResponse } from 'msw';

export const identityHandlers = [
  http.post('https://auth.emea-1.jumio.ai/oauth2/token', () =>
    HttpResponse.json({ access_token: 'test-token', token_type: 'Bearer', expires_in: 3600 }),
  ),
  http.put('https://account.emea-1.jumio.ai/api/v1/accounts/:accountId', ({ params }) =>
    HttpResponse.json({
      timestamp: '2025-03-01T10:00:00.000Z',
      account: { id: params.accountId },
      web: { href: 'https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=test' },
      workflowExecution: { id: 'wfe-test-1', credentials: [] },
    }),
  ),
  http.get('https://retrieval.emea-1.jumio.ai/api/v1/accounts/:accountId/workflow-executions/:id', ({ params }) =>
    HttpResponse.json({
      workflow: { id: params.id, status: 'PROCESSED', definitionKey: '9' },
      capabilities: { authentication: [{ decision: { type: 'PASSED' } }] },
    }),
  ),
  http.post('https://withpersona.com/api/v1/inquiries', () =>
    HttpResponse.json({ data: { id: 'inq_test_1', attributes: { status: 'created' } }, meta: { redirectUrl: 'https://withpersona.com/verify?inquiry-id=inq_test_1' } }),
  ),
];
