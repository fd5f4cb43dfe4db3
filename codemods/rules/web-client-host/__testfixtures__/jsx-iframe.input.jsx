export function A() {
  return (
    <div>
      <iframe
        title="v"
        src="https://acme.netverify.com/web/v4/app"
      />
    </div>
  );
}
