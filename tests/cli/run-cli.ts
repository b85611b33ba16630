import { main, type Io } from '../../src/cli/main';

/** Runs the CLI in memory: `files` are the only files it can read, `stdin` its standard input. */
export function runCli(argv: string[], files: Record<string, string> = {}, stdin = '') {
  let out = '';
  let err = '';
  const io: Io = {
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path]!;
    },
    readStdin: () => stdin,
    stdinIsTTY: false,
    out: (text) => (out += text),
    err: (text) => (err += text),
  };
  const status = main(argv, io);
  return { status, out, err };
}
