import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Request, Response } from 'express';
import type { Context } from 'koa';
import type { KycDoneQuery, KycLandingQuery } from './support/landing-query-types';

interface LandingQuery {
  acquisitionStatus: 'SUCCESS' | 'ERROR';
  workflowExecutionId: string;
  errorCode?: string;
}

type ReturnQuery = { acquisitionStatus?: string; 'workflowExecutionId'?: string };

// Fastify: the route generic names the querystring type.
export async function fastifyRoutes(app: FastifyInstance) {
  app.get<{ Querystring: LandingQuery }>('/kyc/landing', async (request) => {
    const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = request.query;
    return { ok: transactionStatus === 'SUCCESS', transactionReference };
  });
  app.get('/kyc/return', async (request: FastifyRequest<{ Querystring: ReturnQuery }>) => {
    return request.query.acquisitionStatus === 'SUCCESS' ? request.query.workflowExecutionId : null;
  });
}

// Express: Request's fourth type argument is the query.
export function expressLanding(req: Request<{}, unknown, unknown, Partial<LandingQuery>>, res: Response) {
  res.send(`${req.query.acquisitionStatus} ${req.query.workflowExecutionId}`);
}

// Koa: the query asserted to a type of another module of the app (flagged: rename it there).
export function koaLanding(ctx: Context) {
  // TODO(netverify-migrate): landing-page-params: the redirect query is typed as KycLandingQuery, declared in another module: rename its transactionStatus to acquisitionStatus and transactionReference to workflowExecutionId
  const q = ctx.query as KycLandingQuery;
  ctx.body = q.acquisitionStatus === 'SUCCESS' ? q.workflowExecutionId : 'failed';
}

// The same with a type that module already declares with the KYX names: nothing to flag.
export function koaDone(ctx: Context) {
  const q = ctx.query as KycDoneQuery;
  ctx.body = q.acquisitionStatus === 'SUCCESS' ? q.workflowExecutionId : 'failed';
}
