@extends('layouts.app')

@section('content')
  <iframe src="{{ $redirectUrl }}" allow="camera;fullscreen" allowfullscreen></iframe>
@endsection

@push('scripts')
  <script>
    const kycConfig = @json($kycConfig);
    const labels = {!! json_encode($labels) !!};
    window.addEventListener('message', (event) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        Livewire.dispatch('kyc-submitted', { reference: data.transactionReference, label: labels.done });
      }
    });
  </script>
@endpush
