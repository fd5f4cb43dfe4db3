// A Koa loader keeps the retrieval details in ctx.state; the route destructures them from there.
import axios from 'axios';

export async function loadFaceLogin(ctx, next) {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${ctx.params.reference}`, {
    auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET },
  });
  ctx.state.faceLogin = data;
  await next();
}

export function showFaceLogin(ctx) {
  const { faceLogin } = ctx.state;
  ctx.body = { reference: faceLogin.transactionReference, user: faceLogin.userReference };
}
