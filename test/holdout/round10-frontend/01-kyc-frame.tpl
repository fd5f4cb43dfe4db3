{* PrestaShop module "acmekyc": customer account > Identity check. The redirect URL comes from the module's front
   controller (KycStartModuleFrontController::initContent assigns jumio_url). *}
{extends file='customer/page.tpl'}

{block name='page_content'}
  <section id="acmekyc-verify">
    <h1>{l s='Verify your identity' mod='acmekyc'}</h1>
    <iframe id="acmekyc-frame" src="{$jumio_url|escape:'html':'UTF-8'}" width="100%" height="710" allow="camera;fullscreen" allowfullscreen></iframe>
    <form id="acmekyc-done" method="post" action="{$link->getModuleLink('acmekyc', 'complete')|escape:'html':'UTF-8'}">
      <input type="hidden" name="reference" id="acmekyc-reference">
    </form>
  </section>
  <script type="text/javascript">
  {literal}
    window.addEventListener('message', function (event) {
      // Jumio's web client posts a JSON string; ignore everything else on the page.
      if (!event.origin.endsWith('.netverify.com')) {
        return;
      }
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        document.getElementById('acmekyc-reference').value = data.transactionReference;
        document.getElementById('acmekyc-done').submit();
      }
    }, false);
  {/literal}
  </script>
{/block}
