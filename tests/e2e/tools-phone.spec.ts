import type { Locator, Page } from '@playwright/test';

import { sitePath } from './support/env';
import { WidgetPage } from './support/page-objects/widget';
import { expect, test } from './support/test';

// The tools on a 375 x 812 phone (issue #13, "Tools on a phone"): the answer stays in view while the learner edits,
// the Kinesis calculator's table fits, the S3 picker embedded in the S3 page is compact, and the widgets' links and
// buttons wear the theme. Expected answers are worked out by hand from AWS's rules (see each test).

const PHONE = { width: 375, height: 812 };

test.use({ viewport: PHONE });

/** Asserts that the whole of `locator` lies inside the phone's screen (top 0 to bottom 812). */
async function expectOnScreen(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'the answer is rendered').not.toBeNull();
  if (box === null) return;
  expect(box.y, `answer top (y = ${box.y})`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `answer bottom (y = ${box.y + box.height})`).toBeLessThanOrEqual(PHONE.height);
}

/** Asserts that the field being edited is not hidden under the answer that stays in view. */
async function expectNotCovered(field: Locator, answer: Locator) {
  const [f, a] = [await field.boundingBox(), await answer.boundingBox()];
  expect(f !== null && a !== null).toBe(true);
  if (f === null || a === null) return;
  expect(f.y, 'the field is below the top of the screen').toBeGreaterThanOrEqual(0);
  expect(f.y + f.height, `field bottom (y = ${f.y + f.height}) above the answer (y = ${a.y})`).toBeLessThanOrEqual(a.y);
}

test.describe('each tool’s answer stays in view on a phone while the learner edits', () => {
  test('Kinesis: typing the consumer count shows the new shard count on screen', async ({ page, kinesis }) => {
    await kinesis.open();
    // 1 KB x 1,000 records/s read by 5 shared consumers: 5,000 KiB/s / 2,048 = 2.44 -> 3 shards (write 1,000/1,024
    // -> 1, records 1,000/1,000 = 1): read-bound. By keyboard, as a learner tabs from field to field.
    const field = kinesis.field('Consumer applications');
    await kinesis.field('Average record size (KB)').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(field).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('5');
    const count = kinesis.hook('shard-count');
    await expect(count).toHaveAttribute('data-shards', '3');
    await expect(count).toHaveText(/3\s+shards/);
    await expect(field).toBeFocused();
    await expectOnScreen(count);
    await expectNotCovered(field, kinesis.hook('widget-answer'));
  });

  test('S3: typing a short keep time for archive data shows the stepped-down class on screen', async ({ s3 }) => {
    await s3.open();
    await s3.root.getByLabel(/^Archive/).check();
    // Archive read in milliseconds -> S3 Glacier Instant Retrieval, which bills at least 90 days; kept 30 days, it
    // steps down to S3 Standard-IA, whose 30-day minimum fits.
    const field = s3.field(/Objects kept for/);
    await field.focus();
    await field.fill('30');
    const pick = s3.hook('storage-class');
    await expect(pick).toHaveAttribute('data-class', 'STANDARD_IA');
    await expect(field).toBeFocused();
    await expectOnScreen(pick);
    await expectNotCovered(field, s3.hook('widget-answer'));
  });

  test('EMR: typing the core-node count shows the new HDFS replication factor on screen', async ({ emr }) => {
    await emr.open();
    // dfs.replication is 3 for 10 or more core nodes.
    const field = emr.field('Core nodes');
    await field.focus();
    await field.fill('10');
    const factor = emr.hook('hdfs-replication');
    await expect(factor).toHaveAttribute('data-factor', '3');
    await expect(field).toBeFocused();
    await expectOnScreen(factor);
    await expectNotCovered(field, emr.hook('widget-answer'));
  });
});

test.describe('the Kinesis calculator’s table on a phone', () => {
  test('the “Shards needed” column fits on screen without scrolling the table', async ({ kinesis }) => {
    await kinesis.open();
    const wrap = kinesis.root.locator('.widget-table-wrap').first();
    const header = wrap.getByRole('columnheader', { name: 'Shards needed' });
    await expect(header).toBeVisible();
    const fits = await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits, 'the table is no wider than its frame').toBe(true);
    const box = await header.boundingBox();
    expect(box).not.toBeNull();
    if (box !== null) expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // Each limit's row still shows the demand, the per-shard limit and the shards it needs (1 KB x 1,000/s: write
    // 1,000 KiB/s of 1,024 per shard).
    const write = wrap.getByRole('row', { name: /Write bandwidth/ });
    await expect(write).toContainText('1,000');
    await expect(write).toContainText('1,024');
  });
});

test.describe('the S3 picker embedded in the S3 page', () => {
  test('is compact: the answer and why, no class table, and a link to the full tool', async ({ page }) => {
    const embedded = new WidgetPage(page, 's3', '/storage/amazon-s3/');
    await embedded.open();
    await expect(embedded.hook('storage-class')).toHaveAttribute('data-class', 'STANDARD');
    await expect(embedded.root.locator('.widget-why')).toBeVisible();
    await expect(embedded.root.locator('table:not(.widget-print-summary)')).toHaveCount(0);
    const full = embedded.root.getByRole('link', { name: /full S3 storage-class picker/i });
    await expect(full).toHaveAttribute('href', sitePath('/tools/s3-storage-class-picker/'));
  });

  test('the tool page keeps the full class table', async ({ s3 }) => {
    await s3.open();
    await expect(s3.root.getByRole('group', { name: /S3 storage classes compared/ })).toBeVisible();
  });
});

/** The colour of the theme's accent text (the theme's link colour), read from a probe element. */
async function accentColour(page: Page) {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--sl-color-text-accent)';
    document.body.append(probe);
    const accent = getComputedStyle(probe).color;
    probe.remove();
    return accent;
  });
}

test.describe('links and buttons in the widgets wear the theme', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`links use the theme's link colour and every button the site's button style (${theme})`, async ({ page, emr }) => {
      await page.emulateMedia({ colorScheme: theme });
      await emr.open();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const accent = await accentColour(page);
      await expect(emr.root.locator('.widget-sources a').first()).toHaveCSS('color', accent);
      // button.css: every button (the presets, the node groups, the reset) and the page's print button are outlined
      // in the accent, with the same corners.
      const print = page.locator('.print-page').first();
      const radius = await print.evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
      await expect(print).toHaveCSS('border-top-color', accent);
      const buttons = await emr.root.locator('button').all();
      expect(buttons.length).toBeGreaterThan(3);
      for (const button of buttons) {
        await expect(button).toHaveCSS('border-top-color', accent);
        await expect(button).toHaveCSS('border-top-left-radius', radius);
      }
    });
  }
});

test.describe('the S3 picker asks each thing once, in words a learner reads', () => {
  test('one latency question: its single-digit-millisecond answer with one AZ picks S3 Express One Zone', async ({ s3 }) => {
    await s3.open();
    const latency = s3.root.getByRole('group', { name: 'Fastest retrieval needed' });
    await expect(latency.getByRole('radio')).toHaveCount(4);
    await expect(s3.root.getByRole('checkbox')).toHaveCount(0);
    await s3.root.getByLabel(/^One Availability Zone/).check();
    await latency.getByLabel(/^Single-digit milliseconds/).check();
    await expect(s3.hook('storage-class')).toHaveAttribute('data-class', 'EXPRESS_ONEZONE');
    await expect.poll(() => s3.params()).toEqual({ az: 'single', perf: '1' });
    // Minutes for archive data: a restore from S3 Glacier Flexible Retrieval; perf is off again.
    await s3.root.getByLabel(/^Archive/).check();
    await latency.getByLabel(/^Minutes/).check();
    await expect(s3.hook('storage-class')).toHaveAttribute('data-class', 'GLACIER');
    await expect.poll(() => s3.params()).toEqual({ access: 'archive', retrieval: 'minutes', az: 'single' });
  });

  test('a URL from the older form (latency box and retrieval in hours) keeps the retrieval, with a note', async ({ s3 }) => {
    await s3.open('?access=archive&retrieval=hours&perf=1');
    await expect(s3.hook('storage-class')).toHaveAttribute('data-class', 'DEEP_ARCHIVE');
    await expect(s3.urlNotes()).toContainText('"perf"');
    await expect(s3.root.getByLabel(/^Hours/)).toBeChecked();
  });

  test('the size hint gives the largest object as 48.8 TiB, not 52,428,800,000 KB', async ({ s3 }) => {
    await s3.open();
    const hint = s3.root.locator('#s3p-size-hint');
    await expect(hint).toContainText('up to 48.8 TiB');
    await expect(hint).not.toContainText('52,428,800,000');
  });
});

test.describe('a widget table that must scroll on a phone shows that it does', () => {
  test('the S3 class table scrolls inside its frame and its right edge fades; the fitting Kinesis table does not fade', async ({
    page,
    s3,
    kinesis,
  }) => {
    await s3.open();
    const wrap = s3.root.getByRole('group', { name: /S3 storage classes compared/ });
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const mask = await wrap.evaluate((el) => getComputedStyle(el).maskImage);
    expect(mask).toContain('linear-gradient');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await kinesis.open();
    const fitting = kinesis.root.locator('.widget-table-wrap').first();
    expect(await fitting.evaluate((el) => getComputedStyle(el).maskImage)).toBe('none');
  });
});
