/** A throwaway copy of data/ that a test may break, file by file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DATA = path.resolve(__dirname, '../../data');

export interface DataCopy {
  dir: string;
  /** Edit a JSON file in place: `edit('tables/prune-coco.json', (t) => { … })`. */
  // biome-ignore lint/suspicious/noExplicitAny: tests reach into the JSON to break it on purpose
  edit(file: string, change: (json: any) => void): void;
  /** Replace a file's text outright (for syntax errors). */
  write(file: string, text: string): void;
  read(file: string): string;
}

export function copyData(): DataCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zoo-data-'));
  fs.cpSync(DATA, dir, { recursive: true });
  const at = (file: string) => path.join(dir, file);
  return {
    dir,
    edit(file, change) {
      const json = JSON.parse(fs.readFileSync(at(file), 'utf8'));
      change(json);
      fs.writeFileSync(at(file), `${JSON.stringify(json, null, 2)}\n`);
    },
    write(file, text) {
      fs.writeFileSync(at(file), text);
    },
    read(file) {
      return fs.readFileSync(at(file), 'utf8');
    },
  };
}
