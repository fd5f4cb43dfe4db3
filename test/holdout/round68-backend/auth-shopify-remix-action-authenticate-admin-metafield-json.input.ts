// Larkspur Cellars (Shopify Plus, wine club allocations): the "Release allocation" button of the app's admin block
// posts here. An allocation over the club limit is released only after the staff member pressing the button passes a
// Netverify face login (US data centre). The started session is kept whole on the draft order as an app-owned JSON
// metafield, which the fulfilment Flow reads; the admin block opens faceLoginUrl in a new tab.
import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { findStaffEnrolment } from './db.js';
import { authenticate } from './shopify.server.js';

const NETVERIFY_US = 'https://netverify.com';
const NV_AUTHORIZATION =
  'Basic ' + Buffer.from(`${process.env.LARKSPUR_NV_TOKEN}:${process.env.LARKSPUR_NV_SECRET}`).toString('base64');
const APP_URL = 'https://allocations.larkspurcellars.example';

const SET_FACE_LOGIN_METAFIELD = `#graphql
  mutation setFaceLogin($metafields: [MetafieldsSetInput!]!) {
    metafieldsSet(metafields: $metafields) {
      metafields { id key }
      userErrors { field message }
    }
  }`;

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const action = async ({ request }: ActionFunctionArgs) => {
  const { admin, session } = await authenticate.admin(request);
  const form = await request.formData();
  const draftOrderId = String(form.get('draftOrderId'));
  const staffMemberId = String(form.get('staffMemberId'));

  const enrolment = await findStaffEnrolment(session.shop, staffMemberId);
  if (!enrolment) {
    return json({ error: 'This staff member has not enrolled for face login yet.' }, { status: 409 });
  }

  const res = await fetch(`${NETVERIFY_US}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'LarkspurCellars-Allocations/3.1',
      Authorization: NV_AUTHORIZATION,
    },
    body: JSON.stringify({
      enrollmentTransactionReference: enrolment.scanReference,
      userReference: `${session.shop}:${staffMemberId}`,
      callbackUrl: `${APP_URL}/webhooks/netverify/face-login`,
      successUrl: `${APP_URL}/app/allocations/${encodeURIComponent(draftOrderId)}/released`,
      errorUrl: `${APP_URL}/app/allocations/${encodeURIComponent(draftOrderId)}/not-released`,
      tokenLifetimeInMinutes: 15,
    }),
  });
  if (!res.ok) {
    return json({ error: `Netverify refused the face login (HTTP ${res.status})` }, { status: 502 });
  }
  const started = (await res.json()) as FaceLoginStarted;

  const response = await admin.graphql(SET_FACE_LOGIN_METAFIELD, {
    variables: {
      metafields: [
        {
          ownerId: draftOrderId,
          namespace: '$app:netverify',
          key: 'face_login',
          type: 'json',
          value: JSON.stringify(started),
        },
      ],
    },
  });
  const { data } = await response.json();
  if (data?.metafieldsSet?.userErrors?.length) {
    console.warn('face login metafield not saved', data.metafieldsSet.userErrors);
  }

  return json({ faceLoginUrl: started.redirectUrl, reference: started.transactionReference });
};
