@extends('layouts.app')

@section('content')
  <div class="container">
    <h1>{{ __('Verify your identity') }}</h1>
    <livewire:kyc-status :user="$user" />
    <iframe src="{{ $redirectUrl }}" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
  </div>
@endsection

@push('scripts')
  <script>
    const kycConfig = @json($kycConfig);

    window.addEventListener('message', (event) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        Livewire.dispatch('kyc-submitted', { reference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        Livewire.dispatch('kyc-failed', { code: data.payload.metainfo.code, retries: kycConfig.retries });
      }
    });
  </script>
@endpush
