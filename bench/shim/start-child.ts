// Start a child process and wait for a line of its stdout to match (the URL a server prints once it listens).
import { spawn, type ChildProcess } from 'node:child_process';

export function startChild(cmd: string, args: string[], pattern: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = pattern.exec(out);
      if (m) resolve({ child, match: m });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`)));
  });
}
