// A @grpc/grpc-js unary handler (US): errors go to the gRPC callback through the promise's catch.
import * as grpc from '@grpc/grpc-js';
import axios from 'axios';

type StartRequest = { enrollment: string; userId: string };
type StartReply = { url: string; reference: string };

export const faceLoginService = {
  start(call: grpc.ServerUnaryCall<StartRequest, StartReply>, callback: grpc.sendUnaryData<StartReply>) {
    axios
      .post('https://netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: call.request.enrollment, userReference: call.request.userId },
        { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } })
      .then((res) => callback(null, { url: res.data.redirectUrl, reference: res.data.transactionReference }))
      .catch((err) => callback({ code: grpc.status.UNAVAILABLE, message: String(err) }));
  },
};
