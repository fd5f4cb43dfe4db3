@extends('layouts.app')

@section('content')
  <h1>{{ __('Talk to an advisor') }}</h1>
  <iframe src="https://meet.advisor-video.example/room/{{ $room }}" allow="camera;microphone;fullscreen;display-capture" allowfullscreen></iframe>
@endsection

@push('scripts')
  <script>
    window.addEventListener('message', (event) => {
      if (event.origin !== 'https://meet.advisor-video.example') return;
      const data = JSON.parse(event.data);
      if (data.type === 'call-ended') {
        Livewire.dispatch('call-ended', { reference: data.transactionReference, at: data.dateTime });
      }
    });
  </script>
@endpush
