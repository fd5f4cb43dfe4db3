// Progress on stderr, only when stderr is a terminal (CI logs and pipes stay clean).
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): { update: (done: number, total: number) => void; done: () => void } | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[2Knetverify-migrate: ${done}/${total} files`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
