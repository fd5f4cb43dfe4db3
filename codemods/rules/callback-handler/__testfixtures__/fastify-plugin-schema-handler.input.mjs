const schema = {
  body: {
    type: 'object',
    properties: { callBackType: { type: 'string' }, transactionReference: { type: 'string' }, transactionResult: { type: 'string' } },
  },
};

export default async function jumioCallbacks(app) {
  async function onResult(request, reply) {
    const { callBackType, transactionReference, transactionResult } = request.body;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') return reply.code(204).send();
    await app.db.results.save(transactionReference, transactionResult === 'PASSED');
    return reply.send('OK');
  }

  app.post('/jumio/callback', { schema }, onResult);
}
