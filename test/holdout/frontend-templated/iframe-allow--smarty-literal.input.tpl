{* PrestaShop module view: the identity check. {literal} keeps Smarty off the script's braces. *}
<iframe id="kyc" src="{$jumio_url|escape:'html':'UTF-8'}" allow="camera;fullscreen" allowfullscreen></iframe>
<script type="text/javascript">
{literal}
  window.addEventListener('message', function (event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    var data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      document.getElementById('kyc-reference').value = data.transactionReference;
    }
  });
{/literal}
</script>
