import { WebApp } from 'meteor/webapp';
import bodyParser from 'body-parser';
import { FaceLogins } from '/imports/api/face-logins';

WebApp.connectHandlers.use('/hooks/netverify', bodyParser.urlencoded({ extended: false }));
WebApp.connectHandlers.use('/hooks/netverify', async (req, res) => {
  const { transactionReference, transactionResult, userReference, livenessImages } = req.body;
  await FaceLogins.updateAsync(
    { ref: transactionReference },
    { $set: { result: transactionResult, user: userReference, liveness: JSON.parse(livenessImages || '[]') } },
  );
  res.writeHead(200);
  res.end('OK');
});
