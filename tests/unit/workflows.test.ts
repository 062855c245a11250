import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The GitHub Actions workflows, checked as far as they can be without GitHub: valid YAML, right actions and settings. */
const DIR = '.github/workflows';
const text = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const load = (name: string) => parse(text(name)) as Record<string, unknown>;
const workflowFiles = readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  steps?: Step[];
  uses?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string };
  'timeout-minutes'?: number;
  'runs-on'?: string;
}

const jobsOf = (name: string) => load(name)['jobs'] as Record<string, Job>;
const needs = (job: Job | undefined) => [job?.needs ?? []].flat();
const actionOf = (uses: string) => uses.split('@')[0] ?? '';

/**
 * The actions the workflows may use, at the release each is pinned to. Each major runs on Node 24 (or is a
 * composite of such actions): configure-pages v5, deploy-pages v4 and the upload-artifact inside
 * withastro/action v5 ran on Node 20, which GitHub retired from its runners. Commits are the releases' tags,
 * read from the action repositories (configure-pages v6.0.0 from its published pins, see the report).
 */
const PINNED: Record<string, { sha: string; version: string }> = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
  'actions/configure-pages': { sha: '45bfe0192ca1faeb007ade9deae92b16b8254a0d', version: 'v6.0.0' },
  'actions/upload-pages-artifact': { sha: 'fc324d3547104276b827a68afc52ff2a11cc49c9', version: 'v5.0.0' },
  'actions/deploy-pages': { sha: 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128', version: 'v5.0.0' },
};

describe('every workflow', () => {
  const usesLines = workflowFiles.flatMap((file) =>
    text(file)
      .split('\n')
      .filter((line) => /^\s*(-\s+)?uses:/.test(line))
      .map((line) => ({ file, line: line.trim().replace(/^-\s+/, '') })),
  );

  it('pins every third-party action to a full commit SHA with its version in a comment', () => {
    const external = usesLines.filter(({ line }) => !line.startsWith('uses: ./'));
    expect(external.length).toBeGreaterThanOrEqual(7);
    const loose = external.filter(({ line }) => !/^uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line));
    expect(loose).toEqual([]);
  });

  it('uses only current majors of the known actions, each at its release commit', () => {
    for (const { file, line } of usesLines.filter(({ line }) => !line.startsWith('uses: ./'))) {
      const [, action = '', sha = '', version = ''] = /^uses: ([^@]+)@(\S+) # (\S+)$/.exec(line) ?? [];
      expect(PINNED[action], `${file}: ${action}`).toBeDefined();
      expect({ sha, version }, `${file}: ${action}`).toEqual(PINNED[action]);
    }
  });

  it('checks out without leaving the token in the git config (persist-credentials: false)', () => {
    const checkouts = workflowFiles.flatMap((file) =>
      Object.values(jobsOf(file)).flatMap((job) => (job.steps ?? []).filter((step) => step.uses?.startsWith('actions/checkout@'))),
    );
    expect(checkouts.length).toBeGreaterThanOrEqual(2);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });

  it('gives every job a timeout (a job that calls a workflow gets the timeouts of that workflow’s jobs)', () => {
    for (const file of workflowFiles) {
      for (const [name, job] of Object.entries(jobsOf(file))) {
        if (job.uses) {
          expect(job.uses, `${file}: ${name}`).toMatch(/^\.\/\.github\/workflows\/[\w-]+\.ya?ml$/);
          continue;
        }
        expect(job['timeout-minutes'], `${file}: ${name}`).toBeGreaterThan(0);
        expect(job['timeout-minutes'], `${file}: ${name}`).toBeLessThanOrEqual(60);
      }
    }
  });

  it('never pastes an expression into a shell script (values go through env)', () => {
    const runs = workflowFiles.flatMap((file) => Object.values(jobsOf(file)).flatMap((job) => (job.steps ?? []).map((step) => step.run ?? '')));
    expect(runs.filter((run) => run.includes('${{'))).toEqual([]);
  });

  it('installs with npm ci, never npm install (nor through an action that runs it, such as withastro/action)', () => {
    // withastro/action installs with `$PACKAGE_MANAGER install`, which may rewrite the lock file instead of failing.
    expect(usesLines.filter(({ line }) => line.includes('withastro/action'))).toEqual([]);
    const runs = workflowFiles.flatMap((file) => Object.values(jobsOf(file)).flatMap((job) => (job.steps ?? []).map((step) => step.run ?? '')));
    const ciScript = readFileSync('.ci/run', 'utf8');
    expect(runs.filter((run) => /\bnpm (install|i)\b/.test(run))).toEqual([]);
    expect(ciScript).toMatch(/^npm ci\b/m);
    expect(ciScript).not.toMatch(/^npm (install|i)\b/m);
  });
});

describe('deploy.yml', () => {
  const workflow = load('deploy.yml');
  const jobs = jobsOf('deploy.yml');
  const build = jobs['build'];
  const deploy = jobs['deploy'];
  const uses = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.uses ?? '').filter(Boolean);

  it('deploys on pushes to main and by hand', () => {
    const on = workflow['on'] as Record<string, unknown>;
    expect(on['push']).toEqual({ branches: ['main'] });
    expect(on).toHaveProperty('workflow_dispatch');
  });

  it('deploys only a commit whose tests passed: the test workflow runs first on the same commit', () => {
    expect(jobs['test']?.uses).toBe('./.github/workflows/test.yml');
    expect(needs(build)).toEqual(['test']);
    expect(needs(deploy)).toEqual(['build']);
    const testOn = load('test.yml')['on'] as Record<string, unknown>;
    expect(testOn).toHaveProperty('workflow_call');
    // The called workflow runs the whole suite.
    const testSteps = Object.values(jobsOf('test.yml')).flatMap((job) => job.steps ?? []);
    expect(testSteps.some((step) => step.run === 'bash .ci/run')).toBe(true);
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
  });

  it('has least permissions: read-only by default, Pages read for the build, Pages write and OIDC only for the deploy job', () => {
    expect(workflow['permissions']).toEqual({ contents: 'read' });
    expect(jobs['test']?.permissions).toBeUndefined();
    expect(build?.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('runs one deployment at a time without cancelling one under way', () => {
    expect(workflow['concurrency']).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('builds with npm from a clean install and deploys the artifact to the github-pages environment', () => {
    expect(uses(build).map(actionOf)).toEqual(['actions/checkout', 'actions/configure-pages', 'actions/setup-node', 'actions/upload-pages-artifact']);
    expect(uses(deploy).map(actionOf)).toEqual(['actions/deploy-pages']);
    const steps = build?.steps ?? [];
    const install = steps.findIndex((step) => step.run?.startsWith('npm ci'));
    const buildStep = steps.findIndex((step) => step.run === 'npm run build');
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(install).toBeGreaterThan(-1);
    expect(install).toBeLessThan(buildStep);
    expect(buildStep).toBeLessThan(upload);
    expect(steps[upload]?.with).toEqual({ path: 'dist/', 'include-hidden-files': true }); // public/.nojekyll
    const node = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(String(node?.with?.['node-version'])).toBe(readFileSync('.nvmrc', 'utf8').trim());
    expect(node?.with?.['package-manager-cache']).toBe(false);
    expect(deploy?.environment?.name).toBe('github-pages');
  });

  it('prints the book (npm run book) after the site build and before the upload, into the uploaded dist/', () => {
    const steps = build?.steps ?? [];
    const buildStep = steps.findIndex((step) => step.run === 'npm run build');
    const browser = steps.findIndex((step) => step.run === 'npx playwright install --with-deps chromium');
    const book = steps.findIndex((step) => step.run === 'npm run book');
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect([buildStep, browser, book, upload].every((index) => index > -1)).toBe(true);
    expect(buildStep).toBeLessThan(browser);
    expect(browser).toBeLessThan(book);
    expect(book).toBeLessThan(upload);
    // The build links the PDFs only when told the book follows (src/libs/book.ts: booksLinked).
    expect(steps[buildStep]?.env).toEqual({ SITE_BOOK: '1' });
    // `npm run book` with no folder prints into dist/, the folder the upload step publishes.
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['book']).toMatch(/node scripts\/book\.mjs$/);
    expect(readFileSync('scripts/book.mjs', 'utf8')).toContain("process.argv[2] ?? 'dist'");
    expect(steps[upload]?.with?.['path']).toBe('dist/');
  });

  it('takes the site origin and base path from the repository’s Pages settings, before the build', () => {
    const steps = build?.steps ?? [];
    const pagesStep = steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages'));
    const envStep = steps.findIndex((step) => step.run?.includes('BASE_PATH='));
    const buildStep = steps.findIndex((step) => step.run === 'npm run build');
    expect(steps[pagesStep]?.id).toBe('pages');
    expect(steps[envStep]?.env).toEqual({
      PAGES_ORIGIN: '${{ steps.pages.outputs.origin }}',
      PAGES_BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(steps[envStep]?.run).toContain('echo "SITE_URL=$PAGES_ORIGIN" >> "$GITHUB_ENV"');
    expect(steps[envStep]?.run).toContain('echo "BASE_PATH=$PAGES_BASE_PATH/" >> "$GITHUB_ENV"');
    expect(pagesStep).toBeLessThan(envStep);
    expect(envStep).toBeLessThan(buildStep);
  });
});

describe('test.yml', () => {
  it('runs the CI entry point on pull requests and when deploy.yml calls it, with read-only permissions', () => {
    const workflow = load('test.yml');
    expect(workflow['permissions']).toEqual({ contents: 'read' });
    expect(Object.keys(workflow['on'] as object).sort()).toEqual(['pull_request', 'workflow_call']);
    const steps = Object.values(jobsOf('test.yml')).flatMap((job) => job.steps ?? []);
    expect(steps.some((step) => step.run === 'bash .ci/run')).toBe(true);
    const node = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(String(node?.with?.['node-version'])).toBe(readFileSync('.nvmrc', 'utf8').trim());
  });
});
