import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Request, Response } from 'express';
import type { Context } from 'koa';
import type { KycDoneQuery, KycLandingQuery } from './support/landing-query-types';

interface LandingQuery {
  transactionStatus: 'SUCCESS' | 'ERROR';
  transactionReference: string;
  errorCode?: string;
}

type ReturnQuery = { transactionStatus?: string; 'transactionReference'?: string };

// Fastify: the route generic names the querystring type.
export async function fastifyRoutes(app: FastifyInstance) {
  app.get<{ Querystring: LandingQuery }>('/kyc/landing', async (request) => {
    const { transactionStatus, transactionReference } = request.query;
    return { ok: transactionStatus === 'SUCCESS', transactionReference };
  });
  app.get('/kyc/return', async (request: FastifyRequest<{ Querystring: ReturnQuery }>) => {
    return request.query.transactionStatus === 'SUCCESS' ? request.query.transactionReference : null;
  });
}

// Express: Request's fourth type argument is the query.
export function expressLanding(req: Request<{}, unknown, unknown, Partial<LandingQuery>>, res: Response) {
  res.send(`${req.query.transactionStatus} ${req.query.transactionReference}`);
}

// Koa: the query asserted to a type of another module of the app (flagged: rename it there).
export function koaLanding(ctx: Context) {
  const q = ctx.query as KycLandingQuery;
  ctx.body = q.transactionStatus === 'SUCCESS' ? q.transactionReference : 'failed';
}

// The same with a type that module already declares with the KYX names: nothing to flag.
export function koaDone(ctx: Context) {
  const q = ctx.query as KycDoneQuery;
  ctx.body = q.transactionStatus === 'SUCCESS' ? q.transactionReference : 'failed';
}
