import { sitePath } from './support/env';
import { WIDGETS, WidgetPage } from './support/page-objects/widget';
import { expect, test } from './support/test';

// The page health fixture fails every test in which an alert (or any dialog) opens: nothing from a URL may ever
// run as script. It also fails a test on a console error, an HTTP error or a request to another origin.

test.describe('widgets embedded in their service pages', () => {
  for (const embed of [
    // 1 KB x 3,000/s = 3,000 KiB/s -> 2.93; 3,000 records/s -> 3 shards.
    {
      widget: 'kinesis',
      on: 'Kinesis Data Streams',
      path: '/streaming/kinesis-data-streams/',
      query: '?rate=3000',
      hook: 'shard-count',
      attr: 'data-shards',
      value: '3',
    },
    {
      widget: 's3',
      on: 'Amazon S3',
      path: '/storage/amazon-s3/',
      query: '?access=rare',
      hook: 'storage-class',
      attr: 'data-class',
      value: 'GLACIER_IR',
    },
    {
      widget: 'emr',
      on: 'Amazon EMR',
      path: '/processing/amazon-emr/',
      query: '?cores=4',
      hook: 'hdfs-replication',
      attr: 'data-factor',
      value: '2',
    },
  ] as const) {
    test(`the ${embed.widget} widget is embedded on the ${embed.on} page and reads its URL there`, async ({ page }) => {
      const widget = new WidgetPage(page, embed.widget, embed.path);
      await widget.open(embed.query);
      await expect(widget.hook(embed.hook)).toHaveAttribute(embed.attr, embed.value);
    });
  }
});

test.describe('widgets without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { widget, hook, attr, value, rule } of [
    { widget: WIDGETS.kinesis, hook: 'shard-count', attr: 'data-shards', value: '1', rule: 'Binding limit' },
    { widget: WIDGETS.s3, hook: 'storage-class', attr: 'data-class', value: 'STANDARD', rule: 'Rule 2' },
    { widget: WIDGETS.emr, hook: 'cluster-risk', attr: 'data-risk', value: 'medium', rule: 'HDFS replication factor' },
  ]) {
    test(`${widget.path} shows the default result and its rule`, async ({ page }) => {
      await page.goto(sitePath(widget.path));
      const root = page.getByTestId(widget.testId);
      await expect(root.getByTestId(hook)).toHaveAttribute(attr, value);
      await expect(root).toContainText(rule);
      await expect(root.locator('input, select').first()).toBeDisabled();
      await expect(page.locator('noscript')).toHaveCount(1);
    });
  }
});

test.describe('widgets hydrate when the reader reaches for them (client:intent)', () => {
  // `holdCode()` holds back a widget's component module until `release()`, so a test can act before hydration.
  test('a widget page loads no widget code before use; the first pointer over it does', async ({ page, kinesis }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(sitePath('/tools/kinesis-shard-calculator/'), { waitUntil: 'networkidle' });
    const island = page.locator('astro-island').filter({ has: page.getByTestId('kinesis-calculator') });
    const componentUrl = await island.getAttribute('component-url');
    const rendererUrl = await island.getAttribute('renderer-url');
    expect(componentUrl).toMatch(/KinesisShardCalculator\.[\w-]+\.js$/);
    expect(requested).not.toContain(componentUrl);
    expect(requested).not.toContain(rendererUrl);
    await expect(kinesis.root).toHaveAttribute('data-hydrated', 'false');
    // Scripts run, so the controls are usable already: focusable, not greyed.
    await expect(kinesis.field('Records per second')).toBeEnabled();
    await kinesis.root.hover();
    await kinesis.hydrated();
    expect(requested).toContain(componentUrl);
  });

  test('what the reader types and picks before the code arrives is kept', async ({ kinesis }) => {
    const release = await kinesis.holdCode();
    await kinesis.open();
    await kinesis.type('Average record size (KB)', '3');
    await kinesis.type('Records per second', '2000');
    await kinesis.type('Consumer applications', '2');
    await kinesis.root.getByLabel(/Enhanced fan-out/).check();
    await expect(kinesis.root).toHaveAttribute('data-hydrated', 'false');
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '1'); // still the default render
    release();
    await kinesis.hydrated();
    // Write 3 x 2,000 = 6,000 KiB/s / 1,024 = 5.86 -> 6; records 2; each EFO consumer 6,000/2,048 = 2.93 -> 3: 6.
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '6');
    await expect(kinesis.root.getByTestId('binding-limit')).toHaveAttribute('data-binding', 'write');
    await expect(kinesis.field('Records per second')).toHaveValue('2000');
    await expect.poll(() => kinesis.params()).toEqual({ size: '3', rate: '2000', consumers: '2', mode: 'efo' });
  });

  test('buttons pressed before the code arrives still act, in order', async ({ emr }) => {
    const release = await emr.holdCode();
    await emr.open();
    await emr.root.getByRole('button', { name: 'Cost-driven test' }).click();
    await emr.root.getByTestId('node-task').click();
    await expect(emr.root).toHaveAttribute('data-hydrated', 'false');
    release();
    await emr.hydrated();
    await expect(emr.root.getByTestId('cluster-risk')).toHaveAttribute('data-risk', 'high');
    await expect(emr.root.getByTestId('role-explanation')).toHaveAttribute('data-role', 'task');
    await expect(emr.root.getByTestId('node-task')).toHaveAttribute('aria-pressed', 'true');
  });

  test.describe('on a touch screen', () => {
    test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

    test('a tap on a button before the code arrives still acts', async ({ emr }) => {
      const release = await emr.holdCode();
      await emr.open();
      await emr.root.getByRole('button', { name: 'Cost-driven test' }).tap();
      await expect(emr.root).toHaveAttribute('data-hydrated', 'false');
      release();
      await emr.hydrated();
      await expect(emr.root.getByTestId('cluster-risk')).toHaveAttribute('data-risk', 'high');
    });
  });

  test('a choice made by keyboard alone, before the code arrives, is kept', async ({ page, s3 }) => {
    const release = await s3.holdCode();
    await s3.open();
    await s3.root.getByLabel(/^Frequently/).focus();
    await page.keyboard.press('ArrowDown'); // infrequent
    await page.keyboard.press('ArrowDown'); // rare
    await expect(s3.root.getByLabel(/^Rarely/)).toBeChecked();
    await expect(s3.root).toHaveAttribute('data-hydrated', 'false');
    release();
    await s3.hydrated();
    // Rule 4: read about once a quarter -> Glacier Instant Retrieval.
    await expect(s3.root.getByTestId('storage-class')).toHaveAttribute('data-class', 'GLACIER_IR');
    await expect.poll(() => s3.params()).toEqual({ access: 'rare' });
  });
});
