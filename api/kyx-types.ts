// Shapes of the KYX platform account API (jumio-api-facts §4).
import type { KyxRegion } from './regions.js';

export type CredentialCategory = 'ID' | 'FACEMAP' | 'DOCUMENT' | 'SELFIE';

export interface KyxRequestCredential {
  id?: string;
  category: CredentialCategory;
  country?: { predefinedType?: 'DEFINED' | 'RECOMMENDED'; values: string[] };
  type?: { predefinedType?: 'DEFINED' | 'RECOMMENDED'; values: string[] };
}

export interface KyxUserConsent {
  userIp: string;
  userLocation: { country: string; state?: string };
  consent?: { obtained: 'yes' | 'no' | 'na'; obtainedAt?: string };
}

/** Body of POST /api/v1/accounts and PUT /api/v1/accounts/{accountId}. */
export interface KyxAccountRequest {
  customerInternalReference: string;
  workflowDefinition: { key: number; credentials?: KyxRequestCredential[]; capabilities?: Record<string, unknown> };
  userReference?: string;
  reportingCriteria?: string;
  callbackUrl?: string;
  tokenLifetime?: string;
  web?: { successUrl?: string; errorUrl?: string; locale?: string };
  userConsent?: KyxUserConsent;
}

export interface KyxResponseCredential {
  id: string;
  category: CredentialCategory;
  country?: { predefinedType?: string; values: string[] };
  type?: { predefinedType?: string; values: string[] };
  allowedChannels: ('WEB' | 'API' | 'SDK')[];
  api?: { token: string; parts: Record<string, string>; workflowExecution: string };
}

/** Response of account create/update. */
export interface KyxAccountResponse {
  timestamp: string;
  account: { id: string };
  web?: { href: string; successUrl?: string; errorUrl?: string };
  sdk?: { token: string };
  workflowExecution: { id: string; credentials: KyxResponseCredential[] };
}

export interface KyxTokenResponse {
  access_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

export type KyxWorkflowStatus = 'INITIATED' | 'ACQUIRED' | 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED';
export type KyxDecisionType = 'PASSED' | 'REJECTED' | 'NOT_EXECUTED' | 'WARNING';

/** iFrame postMessage event.data (after JSON.parse). */
export interface KyxIframeEvent {
  accountId: string;
  authorizationToken: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

/** JSON callback (§4.7). */
export interface KyxCallback {
  callbackSentAt: string;
  userReference?: string;
  workflowExecution: { id: string; href: string; definitionKey: string; status: KyxWorkflowStatus };
  account: { id: string; href: string };
}

export interface KyxStatusResponse {
  account: { id: string; href: string };
  workflowExecution: { id: string; href: string; definitionKey: string; status: KyxWorkflowStatus };
}

export interface KyxAuthenticationCapability {
  id: string;
  credentials: { id: string; category: CredentialCategory }[];
  decision: { type: 'PASSED' | 'REJECTED' | 'NOT_EXECUTED'; details: { label: string } };
  data?: { type: string };
  validFaceMapForAuthentication?: string;
}

/** Workflow details (§4.8). */
export interface KyxWorkflowDetails {
  createdAt: string;
  startedAt?: string;
  completedAt?: string;
  account: { id: string };
  workflow: {
    id: string;
    status: KyxWorkflowStatus;
    definitionKey: string;
    userReference?: string;
    customerInternalReference?: string;
  };
  decision?: { type: KyxDecisionType; details: { label: string }; risk?: { score: number } };
  credentials: { id: string; category: CredentialCategory; parts?: { classifier: string; href: string }[] }[];
  capabilities: { authentication?: KyxAuthenticationCapability[]; [name: string]: unknown };
}

export interface KyxEndpoint {
  region: KyxRegion;
}
