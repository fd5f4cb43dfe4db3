// Onfido workflow runs behind a gRPC unary handler (another vendor, the same server shape as the face login).
import * as grpc from '@grpc/grpc-js';
import axios from 'axios';

export const kycService = {
  start(call: grpc.ServerUnaryCall<{ applicantId: string }, { url: string; reference: string }>, callback: grpc.sendUnaryData<{ url: string; reference: string }>) {
    axios
      .post('https://api.eu.onfido.com/v3.6/workflow_runs',
        { workflow_id: process.env.ONFIDO_WORKFLOW_ID, applicant_id: call.request.applicantId, link: { completed_redirect_url: 'https://acme.example/kyc/done' } },
        { headers: { Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}` } })
      .then((res) => callback(null, { url: res.data.link.url, reference: res.data.id }))
      .catch((err) => callback({ code: grpc.status.UNAVAILABLE, message: String(err) }));
  },
};
