// Every field name of both APIs, spelled once. Rules, the shim and the emulator use these constants.

/** Legacy Authentication / v4 initiate request, response, event, redirect and callback names. */
export const LEGACY = {
  enrollmentTransactionReference: 'enrollmentTransactionReference',
  callbackUrl: 'callbackUrl',
  successUrl: 'successUrl',
  errorUrl: 'errorUrl',
  userReference: 'userReference',
  locale: 'locale',
  tokenLifetimeInMinutes: 'tokenLifetimeInMinutes',
  customerInternalReference: 'customerInternalReference',
  reportingCriteria: 'reportingCriteria',
  workflowId: 'workflowId',
  presets: 'presets',
  timestamp: 'timestamp',
  redirectUrl: 'redirectUrl',
  transactionReference: 'transactionReference',
  authorizationToken: 'authorizationToken',
  eventType: 'eventType',
  dateTime: 'dateTime',
  payload: 'payload',
  value: 'value',
  metainfo: 'metainfo',
  code: 'code',
  transactionStatus: 'transactionStatus',
  errorCode: 'errorCode',
  callbackDate: 'callbackDate',
  transactionResult: 'transactionResult',
  transactionDate: 'transactionDate',
  scanSource: 'scanSource',
  callBackType: 'callBackType',
  idScanImageFace: 'idScanImageFace',
  livenessImages: 'livenessImages',
  images: 'images',
} as const;

/** KYX account API names. */
export const KYX = {
  customerInternalReference: 'customerInternalReference',
  workflowDefinition: 'workflowDefinition',
  key: 'key',
  credentials: 'credentials',
  id: 'id',
  category: 'category',
  country: 'country',
  type: 'type',
  values: 'values',
  userReference: 'userReference',
  reportingCriteria: 'reportingCriteria',
  callbackUrl: 'callbackUrl',
  tokenLifetime: 'tokenLifetime',
  web: 'web',
  successUrl: 'successUrl',
  errorUrl: 'errorUrl',
  locale: 'locale',
  href: 'href',
  userConsent: 'userConsent',
  timestamp: 'timestamp',
  account: 'account',
  sdk: 'sdk',
  token: 'token',
  workflowExecution: 'workflowExecution',
  workflowExecutionId: 'workflowExecutionId',
  accountId: 'accountId',
  acquisitionStatus: 'acquisitionStatus',
  errorCode: 'errorCode',
  callbackSentAt: 'callbackSentAt',
  definitionKey: 'definitionKey',
  status: 'status',
  workflow: 'workflow',
  capabilities: 'capabilities',
  authentication: 'authentication',
  decision: 'decision',
} as const;

/** Workflow definition keys used by the migration. */
export const WORKFLOW_KEYS = {
  idVerification: 2,
  idAndIdentityVerification: 3,
  standaloneLiveness: 6,
  authentication: 9,
  authenticationOnPremise: 16,
  kyxStandaloneAuthentication: 10014,
} as const;

/** Workflow keys whose completed execution leaves a facemap usable by authentication. */
export const FACEMAP_PRODUCING_KEYS: readonly number[] = [WORKFLOW_KEYS.idAndIdentityVerification, WORKFLOW_KEYS.standaloneLiveness];
export const AUTHENTICATION_KEYS: readonly number[] = [
  WORKFLOW_KEYS.authentication,
  WORKFLOW_KEYS.authenticationOnPremise,
  WORKFLOW_KEYS.kyxStandaloneAuthentication,
];
