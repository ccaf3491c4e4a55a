import { createInterface } from 'node:readline';

/** A password from the terminal (not echoed), or the first line of stdin when it is not a terminal. */
export async function promptPassword(question = 'password: '): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) {
      text += String(chunk);
      if (text.includes('\n')) break;
    }
    return text.split(/\r?\n/)[0] ?? '';
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Echo the question only, not the keys typed.
  (rl as unknown as { _writeToOutput(s: string): void })._writeToOutput = (s: string) => {
    if (s.startsWith(question)) process.stderr.write(question);
  };
  try {
    return await new Promise<string>((resolve) => rl.question(question, resolve));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}
