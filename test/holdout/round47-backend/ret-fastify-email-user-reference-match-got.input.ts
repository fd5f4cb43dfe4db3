// Merlion Payroll (SG): a change of an employee's salary account is confirmed by the employee's selfie; the HR
// console polls this route. The face login was started with the employee's work e-mail as its user reference (the
// console's search box matches it), so a result only counts when it comes back for the same e-mail.
import type { FastifyInstance } from 'fastify';
import got from 'got';
import { findSalaryAccountChange, settleSalaryAccountChange } from './store.js';

const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export default async function salaryAccountRoutes(app: FastifyInstance) {
  app.get('/salary-account-changes/:changeId/face-login', async (request: any, reply: any) => {
    const change = await findSalaryAccountChange(request.params.changeId);
    if (!change) return reply.code(404).send({ error: 'unknown change' });

    const details = await got(`${NV_SG_AUTHENTICATIONS}/${encodeURIComponent(change.faceLoginRef)}`, {
      username: process.env.MERLION_NV_TOKEN,
      password: process.env.MERLION_NV_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'MerlionPayroll-HR/4.1' },
    }).json<AuthenticationDetails>();

    if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
      return reply.send({ status: 'pending' });
    }

    // Addresses were typed by hand in 2019 and 2020: compare without case.
    const sameEmployee = details.userReference?.toLowerCase() === change.employee.workEmail.toLowerCase();
    const approved = details.transactionResult === 'PASSED' && sameEmployee;
    await settleSalaryAccountChange(change.id, approved, details.transactionReference);
    return reply.send({ status: approved ? 'approved' : 'rejected', mismatch: !sameEmployee });
  });
}
