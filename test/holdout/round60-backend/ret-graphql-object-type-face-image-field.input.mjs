// Brightfield Insurance claims desk, GraphQL types (graphql-js, code first). A claim paid out after a face login shows
// the face captured during that login beside the claimant's ID photo; the image is fetched from the identity service
// on demand and inlined as a data: URL, so the desk never stores it.
import { GraphQLID, GraphQLNonNull, GraphQLObjectType, GraphQLString } from 'graphql';
import { findFaceLoginOfClaim } from './db.mjs';

const NV_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.BRIGHTFIELD_NV_TOKEN}:${process.env.BRIGHTFIELD_NV_SECRET}`).toString('base64');

export const ClaimFaceLoginType = new GraphQLObjectType({
  name: 'ClaimFaceLogin',
  fields: {
    transactionReference: { type: new GraphQLNonNull(GraphQLID) },
    transactionResult: { type: new GraphQLNonNull(GraphQLString) },
    checkedAt: { type: GraphQLString },
    faceImage: {
      type: GraphQLString,
      description: 'The face captured during the face login, as a data: URL (JPEG or PNG).',
      resolve: async (faceLogin) => {
        const res = await fetch(`${NV_EU_AUTHENTICATIONS}/${faceLogin.transactionReference}/images/face`, {
          headers: { Accept: 'image/jpeg, image/png', Authorization: NV_BASIC, 'User-Agent': 'Brightfield-ClaimsDesk/2.0' },
        });
        if (res.status === 404) return null;
        if (!res.ok) throw new Error(`face image not available: HTTP ${res.status}`);
        const type = res.headers.get('content-type') ?? 'image/jpeg';
        return `data:${type};base64,${Buffer.from(await res.arrayBuffer()).toString('base64')}`;
      },
    },
  },
});

export const claimFaceLoginField = {
  type: ClaimFaceLoginType,
  args: { claimId: { type: new GraphQLNonNull(GraphQLID) } },
  resolve: (_root, { claimId }) => findFaceLoginOfClaim(claimId),
};
