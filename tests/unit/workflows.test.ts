import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The GitHub Actions workflows, checked as far as they can be without GitHub: valid YAML, right actions and settings. */
const load = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Record<string, unknown>;

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
}
interface Job {
  steps: Step[];
  needs?: string;
  permissions?: Record<string, string>;
  environment?: { name: string };
}

describe('deploy.yml', () => {
  const workflow = load('deploy.yml');
  const jobs = workflow['jobs'] as Record<string, Job>;
  const build = jobs['build'];
  const deploy = jobs['deploy'];
  const uses = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.uses ?? '').filter(Boolean);

  it('deploys on pushes to main and by hand', () => {
    const on = workflow['on'] as Record<string, unknown>;
    expect(on['push']).toEqual({ branches: ['main'] });
    expect(on).toHaveProperty('workflow_dispatch');
  });

  it('has least permissions: read-only by default, Pages and OIDC only for the deploy job', () => {
    expect(workflow['permissions']).toEqual({ contents: 'read' });
    expect(build?.permissions).toBeUndefined();
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('runs one deployment at a time without cancelling one under way', () => {
    expect(workflow['concurrency']).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('builds with the official actions and deploys the artifact to the github-pages environment', () => {
    expect(uses(build).map((u) => u.split('@')[0])).toEqual(['actions/checkout', 'actions/configure-pages', 'withastro/action']);
    expect(uses(deploy).map((u) => u.split('@')[0])).toEqual(['actions/deploy-pages']);
    for (const action of [...uses(build), ...uses(deploy)]) expect(action).toMatch(/@v\d+$/);
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
  });

  it('takes the site origin and base path from the repository’s Pages settings, before the build', () => {
    const steps = build?.steps ?? [];
    const pagesStep = steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages'));
    const envStep = steps.findIndex((step) => step.run?.includes('BASE_PATH='));
    const buildStep = steps.findIndex((step) => step.uses?.startsWith('withastro/action'));
    expect(steps[pagesStep]?.id).toBe('pages');
    expect(steps[envStep]?.run).toContain('BASE_PATH=${{ steps.pages.outputs.base_path }}/');
    expect(steps[envStep]?.run).toContain('SITE_URL=${{ steps.pages.outputs.origin }}');
    expect(steps[envStep]?.run).toContain('$GITHUB_ENV');
    expect(pagesStep).toBeLessThan(envStep);
    expect(envStep).toBeLessThan(buildStep);
    expect(steps[buildStep]?.with?.['node-version']).toBe(22);
  });
});

describe('test.yml', () => {
  it('runs the CI entry point on pushes and pull requests with read-only permissions', () => {
    const workflow = load('test.yml');
    expect(workflow['permissions']).toEqual({ contents: 'read' });
    expect(Object.keys(workflow['on'] as object).sort()).toEqual(['pull_request', 'push']);
    const steps = Object.values(workflow['jobs'] as Record<string, Job>).flatMap((job) => job.steps);
    expect(steps.some((step) => step.run === 'bash .ci/run')).toBe(true);
  });
});
