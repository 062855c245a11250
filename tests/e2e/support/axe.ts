import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules the site is held to: WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** An axe run with the site's tags, over the page or only the part `include` selects. */
export function axe(page: Page, include?: string): AxeBuilder {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  return include === undefined ? builder : builder.include(include);
}

/** Runs axe and returns one line per violation and node: rule, impact, target and the first fix it suggests. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const results = await axe(page, include).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1] ?? ''}`),
  );
}
