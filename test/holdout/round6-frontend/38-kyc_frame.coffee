# app/assets/javascripts/kyc_frame.coffee (Rails 4 asset pipeline)
$ ->
  frame = $('#jumio-frame')
  frame.attr('allow', 'camera;fullscreen')
  window.addEventListener 'message', (event) ->
    return unless /\.netverify\.com$/.test(event.origin)
    data = JSON.parse(event.data)
    if data.payload.value is 'success'
      $('#kyc_reference').val(data.transactionReference)
      $('#kyc_form').submit()
