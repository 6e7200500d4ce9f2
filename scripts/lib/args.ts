/** Small helpers the command-line scripts share. */
import fs from 'node:fs';

/** A file's text, or undefined after telling `out` why it could not be read. */
export function readText(file: string, out: (text: string) => void): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    out(`cannot read ${file}: ${(error as Error).message}`);
    return undefined;
  }
}
