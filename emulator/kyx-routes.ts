// KYX routes: OAuth2 token, account create/update, retrieval (jumio-api-facts §4.2, §4.3, §4.8).
import { KYX, KYX_ACCOUNTS_PATH, KYX_TOKEN_PATH } from '../api/index.js';
import type { Ctx, Route } from './context.js';
import { clientMatches, exactPath, prefixPattern } from './context.js';
import { errorReply, jsonReply, parseBasic, type Reply } from './http-util.js';
import { FAKE_FACEMAP, TINY_PNG } from './images.js';
import { accountResponse, detailsBody, PARTS, statusBody } from './kyx-shapes.js';
import { NEEDS_FACEMAP_KEYS, type Account, type Credential, type KyxState } from './kyx-state.js';
import { validateAccountBody, type AccountRequest, type FieldError } from './kyx-validate.js';
import type { TokenStore } from './tokens.js';

export function kyxRoutes(state: KyxState, tokens: TokenStore): Route[] {
  /** 401 without or with a bad/expired bearer; 403 for Basic ("calls without OAuth2 get 403"). */
  function requireBearer(ctx: Ctx): Reply | null {
    const h = ctx.req.headers.authorization;
    const bad = ctx.settings.invalidTokenStatus;
    if (!h) return withChallenge(errorReply(bad, 'missing Authorization: Bearer access token'));
    if (/^Basic\s/i.test(h)) return errorReply(403, 'this API requires OAuth2: send Authorization: Bearer <access_token>');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
    if (!m) return withChallenge(errorReply(bad, 'malformed Authorization header'));
    if (tokens.check(m[1]) === undefined) return withChallenge(errorReply(bad, 'invalid or expired access token'));
    return null;
  }

  function token(ctx: Ctx): Reply {
    const basic = parseBasic(ctx.req.headers.authorization);
    // RFC 6749 §2.3.1: the client id and secret are form-urlencoded before Basic encoding; clients that skip
    // that step are accepted too (both readings are tried).
    const client = basic && (clientMatches(ctx.settings.clients, basic.user, basic.password) ?? clientMatches(ctx.settings.clients, formDecode(basic.user), formDecode(basic.password)));
    if (!basic || !client) {
      return { status: 401, headers: { 'www-authenticate': 'Basic realm="oauth2"' }, body: { error: 'invalid_client', error_description: 'unknown client or bad secret' } };
    }
    const form = ctx.body.value as Record<string, unknown> | undefined;
    if (ctx.body.kind !== 'form' || !form || form.grant_type !== 'client_credentials') {
      return { status: 400, body: { error: ctx.body.kind === 'form' ? 'unsupported_grant_type' : 'invalid_request', error_description: 'send form body grant_type=client_credentials' } };
    }
    const t = tokens.issue(client.clientId);
    return { status: 200, headers: { 'cache-control': 'no-store' }, body: { access_token: t.token, expires_in: t.expiresIn, token_type: 'Bearer' } };
  }

  /** Create (account null: a new account is made once the request is valid) or update. */
  function startExecution(ctx: Ctx, existing: Account | null): Reply {
    const v = validateAccountBody(ctx.body.value, { requireUserConsent: ctx.settings.requireUserConsent });
    if (!v.ok) return fieldErrors(v.errors);
    const r = v.value;
    const refErrors = checkCredentialRefs(state, existing, r);
    const needsFacemap = NEEDS_FACEMAP_KEYS.has(r.workflowKey);
    const facemap = needsFacemap && existing ? state.facemapOnFile(existing) : undefined;
    if (needsFacemap && !facemap) {
      refErrors.unshift({
        field: `${KYX.workflowDefinition}.${KYX.key}`,
        message: existing
          ? `workflow ${r.workflowKey} needs a facemap on file from a completed workflow 3 or 6 on this account`
          : `workflow ${r.workflowKey} needs an existing account with a facemap on file: use PUT /api/v1/accounts/{accountId}`,
      });
    }
    if (refErrors.length > 0) return fieldErrors(refErrors);
    const account = existing ?? state.createAccount();
    const explicitFacemap = r.credentialRefs.find((c) => c.category === 'FACEMAP' && c.id !== undefined);
    const e = state.addExecution(account, {
      definitionKey: r.workflowKey,
      customerInternalReference: r.customerInternalReference,
      userReference: r.userReference,
      reportingCriteria: r.reportingCriteria,
      callbackUrl: r.callbackUrl,
      successUrl: r.successUrl,
      errorUrl: r.errorUrl,
      locale: r.locale,
      tokenExpiresAt: ctx.settings.clock.now() + r.tokenLifetimeSeconds * 1000,
      referenceFacemapId: needsFacemap ? (explicitFacemap?.id ?? facemap?.id) : undefined,
    });
    return jsonReply(accountResponse(ctx.settings.links, account, e, ctx.settings.clock.iso()));
  }

  function findExecution(ctx: Ctx) {
    const account = state.accounts.get(ctx.params.accountId);
    if (!account) return { reply: errorReply(404, 'account not found') };
    const e = state.execution(account, ctx.params.workflowExecutionId);
    if (!e) return { reply: errorReply(404, 'workflow execution not found') };
    return { execution: state.refresh(e) };
  }

  const guarded = (fn: (ctx: Ctx) => Reply) => (ctx: Ctx) => requireBearer(ctx) ?? fn(ctx);

  return [
    { id: 'token', method: 'POST', pattern: exactPath(KYX_TOKEN_PATH), handler: token },
    {
      id: 'createAccount',
      method: 'POST',
      pattern: exactPath(KYX_ACCOUNTS_PATH),
      handler: guarded((ctx) => startExecution(ctx, null)),
    },
    {
      id: 'updateAccount',
      method: 'PUT',
      pattern: prefixPattern(KYX_ACCOUNTS_PATH, '/(?<accountId>[^/]+)/?$'),
      handler: guarded((ctx) => {
        const account = state.accounts.get(ctx.params.accountId);
        if (!account) return errorReply(404, 'account not found', KYX.accountId);
        return startExecution(ctx, account);
      }),
    },
    {
      id: 'workflowStatus',
      method: 'GET',
      pattern: prefixPattern(KYX_ACCOUNTS_PATH, '/(?<accountId>[^/]+)/workflow-executions/(?<workflowExecutionId>[^/]+)/status/?$'),
      handler: guarded((ctx) => {
        const f = findExecution(ctx);
        return f.reply ?? jsonReply(statusBody(ctx.settings.links, f.execution));
      }),
    },
    {
      id: 'workflowDetails',
      method: 'GET',
      pattern: prefixPattern(KYX_ACCOUNTS_PATH, '/(?<accountId>[^/]+)/workflow-executions/(?<workflowExecutionId>[^/]+)/?$'),
      handler: guarded((ctx) => {
        const f = findExecution(ctx);
        return f.reply ?? jsonReply(detailsBody(ctx.settings.links, f.execution));
      }),
    },
    {
      id: 'credentialPart',
      method: 'GET',
      pattern: prefixPattern(KYX_ACCOUNTS_PATH, '/(?<accountId>[^/]+)/credentials/(?<credentialId>[^/]+)/parts/(?<part>[^/]+)/?$'),
      handler: guarded((ctx) => {
        const account = state.accounts.get(ctx.params.accountId);
        const c = account ? state.credential(account, ctx.params.credentialId) : undefined;
        const e = c ? state.executions.get(c.executionId) : undefined;
        // Parts exist once the workflow was processed, and only the classifiers of the credential's category.
        if (!c || !e || state.refresh(e).status !== 'PROCESSED' || !(PARTS[c.category] ?? []).includes(ctx.params.part)) {
          return errorReply(404, 'part not found');
        }
        return c.category === 'FACEMAP'
          ? { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: FAKE_FACEMAP }
          : { status: 200, headers: { 'content-type': 'image/png' }, body: TINY_PNG };
      }),
    },
  ];
}

function formDecode(v: string): string {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return v;
  }
}

function withChallenge(r: Reply): Reply {
  return { ...r, headers: { ...r.headers, 'www-authenticate': 'Bearer' } };
}

function fieldErrors(errors: FieldError[]): Reply {
  return errorReply(400, errors[0].message, errors[0].field, errors);
}

/** Credential ids sent in workflowDefinition.credentials must exist on the account with that category. */
function checkCredentialRefs(state: KyxState, account: Account | null, r: AccountRequest): FieldError[] {
  const errors: FieldError[] = [];
  for (const ref of r.credentialRefs) {
    if (ref.id === undefined) continue;
    const field = `${KYX.workflowDefinition}.${KYX.credentials}[${ref.index}].${KYX.id}`;
    const c: Credential | undefined = account ? state.credential(account, ref.id) : undefined;
    if (!c) errors.push({ field, message: `${field}: no credential ${ref.id} on this account` });
    else if (ref.category !== undefined && c.category !== ref.category) errors.push({ field, message: `${field}: credential ${ref.id} is a ${c.category}, not a ${ref.category}` });
  }
  return errors;
}
