// Not Jumio: a video embed and a partner widget with their own allow lists.
export function Media({ videoId, widgetUrl }) {
  return (
    <div>
      <iframe
        src={`https://www.youtube.com/embed/${videoId}`}
        allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
        allowFullScreen
      />
      <iframe src={widgetUrl} allow="camera;microphone;payment" />
    </div>
  );
}
