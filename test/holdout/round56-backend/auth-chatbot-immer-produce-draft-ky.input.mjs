// Prairie Lakes Bank (US) chat banking: members talk to the bank's assistant in the mobile app. Raising the daily
// Zelle limit is confirmed with a face login: the assistant starts it and answers with a button. Each chat's state
// is one document; every change to it goes through immer, so a step that fails halfway never saves a half-changed
// conversation. ESM, ky.
import ky from 'ky';
import { produce } from 'immer';
import { loadConversation, saveConversation, sendButton } from './db.mjs';

const NV_WWW_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';
const NV_BASIC = `Basic ${Buffer.from(`${process.env.PRAIRIE_NV_TOKEN}:${process.env.PRAIRIE_NV_SECRET}`).toString('base64')}`;

export async function onRaiseZelleLimit(chatId, member, newLimit) {
  const conversation = await loadConversation(chatId);

  const data = await ky
    .post(NV_WWW_INITIATE, {
      json: {
        enrollmentTransactionReference: member.enrollmentReference,
        userReference: member.memberNo,
        successUrl: `https://chat.prairielakes.example/face-login/done?chat=${chatId}`,
        errorUrl: `https://chat.prairielakes.example/face-login/failed?chat=${chatId}`,
        locale: member.locale,
        tokenLifetimeInMinutes: 20,
      },
      headers: { Accept: 'application/json', Authorization: NV_BASIC, 'User-Agent': 'PrairieLakes-ChatBanking/2.4' },
      timeout: 15000,
    })
    .json();

  // The result job finds the chat by the face login it waits for, so the vendor's answer is part of the state.
  const next = produce(conversation, (draft) => {
    draft.step = 'AWAITING_FACE_LOGIN';
    draft.pendingZelleLimit = newLimit;
    draft.faceLogin = data;
  });
  await saveConversation(chatId, next);

  await sendButton(chatId, {
    text: `To raise your daily Zelle limit to $${newLimit}, please confirm it's you.`,
    label: 'Confirm with face login',
    url: data.redirectUrl,
  });
}
