{* WHMCS client area template (templates/acme/kyc.tpl). Smarty 3: a brace followed by white space is not a tag, so
   the script needs no {literal}. *}
<div class="card">
  <div class="card-body">
    <h3 class="card-title">{$LANG.kycTitle}</h3>
    {if $kycUrl}
      <iframe id="kyc-frame" src="{$kycUrl}" style="width:100%;height:710px;border:0" allow="camera;fullscreen" allowfullscreen></iframe>
    {else}
      <div class="alert alert-warning">{$LANG.kycUnavailable}</div>
    {/if}
  </div>
</div>
<script>
  var kycCompleteUrl = '{$systemurl}index.php?m=acmekyc&action=complete';

  window.addEventListener('message', function (e) {
    if (e.origin.indexOf('netverify.com') === -1) { return; }
    var data;
    try { data = JSON.parse(e.data); } catch (err) { return; }
    if (data.payload.value === 'error') {
      jQuery('#kyc-frame').after('<div class="alert alert-danger">Error ' + data.payload.metainfo.code + '</div>');
    } else if (data.payload.value === 'success') {
      window.location.href = kycCompleteUrl + '&ref=' + encodeURIComponent(data.transactionReference);
    }
  });
</script>
