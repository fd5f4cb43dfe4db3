/**
 * Bramblewood Credit Union: receiver of Netverify's face-login callbacks (US data centre), deployed as a Google Apps
 * Script web app ("Execute as: me", "Who has access: Anyone"); its /exec URL is the callbackUrl online banking sends
 * with every face login. Each callback becomes a row of the fraud desk's "Face logins" sheet, with the result fetched
 * again from the retrieval API (the desk wants the vendor's own word on it), and a face login that did not pass
 * e-mails the desk. Pushed with clasp from this folder; V8 runtime; NV_API_TOKEN / NV_API_SECRET are script
 * properties.
 */
const SHEET_ID = '1hY7bramblewoodFraudDeskFaceLogins000000000';
const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications/';

function doPost(e) {
  const form = e.parameter;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    return ContentService.createTextOutput('ignored');
  }

  const props = PropertiesService.getScriptProperties();
  const basic = Utilities.base64Encode(props.getProperty('NV_API_TOKEN') + ':' + props.getProperty('NV_API_SECRET'));
  const res = UrlFetchApp.fetch(NV_AUTHENTICATIONS + encodeURIComponent(form.transactionReference), {
    method: 'get',
    headers: { Accept: 'application/json', Authorization: 'Basic ' + basic },
    muteHttpExceptions: true,
  });
  const details = res.getResponseCode() === 200 ? JSON.parse(res.getContentText()) : null;

  const sheet = SpreadsheetApp.openById(SHEET_ID).getSheetByName('Face logins');
  sheet.appendRow([
    new Date(),
    form.transactionReference,
    form.enrollmentTransactionReference,
    form.userReference,
    form.transactionResult,
    details ? details.transactionResult : 'retrieval failed: HTTP ' + res.getResponseCode(),
    form.transactionDate,
  ]);

  if (form.transactionResult !== 'PASSED' || (details && details.transactionResult !== 'PASSED')) {
    MailApp.sendEmail(
      'fraud-desk@bramblewood.example',
      'Face login not passed: member ' + form.userReference,
      'Transaction ' + form.transactionReference + ' ended ' + form.transactionResult + ' at ' + form.transactionDate + '.',
    );
  }
  return ContentService.createTextOutput('OK');
}
