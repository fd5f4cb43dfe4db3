{* WHMCS gateway module "acmepay": 3-D Secure challenge shown in the client area before the invoice is paid. *}
<div class="card">
  <div class="card-body">
    <h3 class="card-title">{$LANG.acmepayChallenge}</h3>
    <iframe id="acmepay-acs" src="{$acsUrl}" style="width:100%;height:600px;border:0" allow="payment"></iframe>
  </div>
</div>
<script>
  window.addEventListener('message', function (e) {
    if (e.origin !== 'https://acs.acmepay.example') { return; }
    var data = JSON.parse(e.data);
    if (data.payload.value === 'success') {
      window.location.href = '{$systemurl}viewinvoice.php?id={$invoiceid}&ref=' + encodeURIComponent(data.transactionReference);
    }
  });
</script>
