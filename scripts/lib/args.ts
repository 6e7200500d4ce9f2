/** Small helpers the command-line scripts share. */
import fs from 'node:fs';

/** The value after `--name` in the arguments, if any. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** A file's text, or undefined after telling `out` why it could not be read. */
export function readText(file: string, out: (text: string) => void): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    out(`cannot read ${file}: ${(error as Error).message}`);
    return undefined;
  }
}
