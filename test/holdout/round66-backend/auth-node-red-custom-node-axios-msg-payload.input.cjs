// Dunmore Grain Cooperative: the Node-RED node `netverify-face-login` of the scale-house flows (package
// node-red-contrib-dunmore-kiosk, nodes/netverify-face-login.cjs). Before the kiosk pays out a grain ticket above the
// cash limit, the member proves it is them with a Netverify face login (US data centre; the `www` host because the
// scale-house firewall allows only that name). The node gets the member on msg.payload from the "ticket lookup" node
// and passes the vendor's answer on as msg.payload: the "kiosk screen" node opens its link, the "ticket ledger" node
// stores its reference.
'use strict';

const axios = require('axios');

const NETVERIFY_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';
const KIOSK_PAGES = 'https://kiosk.dunmoregrain.example';

module.exports = function (RED) {
  function NetverifyFaceLoginNode(config) {
    RED.nodes.createNode(this, config);
    const node = this;
    const lifetime = Number(config.lifetimeMinutes) || 10;

    node.on('input', async function (msg, send, done) {
      const member = msg.payload;
      node.status({ fill: 'blue', shape: 'dot', text: 'starting face login' });
      try {
        const response = await axios.post(
          NETVERIFY_INITIATE,
          {
            enrollmentTransactionReference: member.idScanReference,
            userReference: member.memberNo,
            successUrl: `${KIOSK_PAGES}/tickets/${msg.ticketNo}/face-login/ok`,
            errorUrl: `${KIOSK_PAGES}/tickets/${msg.ticketNo}/face-login/failed`,
            locale: member.prefersSpanish ? 'es' : 'en',
            tokenLifetimeInMinutes: lifetime,
          },
          {
            auth: { username: node.credentials.apiToken, password: node.credentials.apiSecret },
            headers: { Accept: 'application/json', 'User-Agent': 'Dunmore-ScaleHouse/2.2' },
            timeout: 15000,
          },
        );
        node.status({ fill: 'green', shape: 'dot', text: `started ${response.data.transactionReference}` });
        msg.faceLoginStartedAt = response.data.timestamp;
        msg.payload = response.data;
        send(msg);
        done();
      } catch (err) {
        node.status({ fill: 'red', shape: 'ring', text: 'face login not started' });
        done(err);
      }
    });
  }

  RED.nodes.registerType('netverify-face-login', NetverifyFaceLoginNode, {
    credentials: {
      apiToken: { type: 'text' },
      apiSecret: { type: 'password' },
    },
  });
};
