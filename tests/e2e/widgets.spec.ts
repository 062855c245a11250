import { axeViolations } from './support/axe';
import { sitePath } from './support/env';
import { WIDGETS, WidgetPage } from './support/page-objects/widget';
import { expect, test } from './support/test';

// The page health fixture fails every test in which an alert (or any dialog) opens: nothing from a URL may ever
// run as script. It also fails a test on a console error, an HTTP error or a request to another origin.

test.describe('Kinesis shard calculator', () => {
  test('typing a workload gives the shard count, the binding limit and a shareable URL', async ({ kinesis }) => {
    await kinesis.open();
    // 3 KB x 2,000/s = 6,000 KiB/s; 6,000/1,024 = 5.86; 2,000/1,000 = 2; read 12,000/2,048 = 5.86 -> 6 shards.
    await kinesis.type('Average record size (KB)', '3');
    await kinesis.type('Records per second', '2000');
    await kinesis.type('Consumer applications', '2');
    const count = kinesis.root.getByTestId('shard-count');
    await expect(count).toHaveAttribute('data-shards', '6');
    await expect(count).toHaveText(/6\s+shards/);
    await expect.poll(() => kinesis.params()).toEqual({ size: '3', rate: '2000', consumers: '2' });
    // The notes' formula: max(6,000/1,000, 12,000/2,000) = 6 as well.
    await expect(kinesis.root.getByTestId('notes-formula')).toHaveAttribute('data-shards', '6');
  });

  test('the notes formula over-counts near a boundary, and the widget says so', async ({ kinesis }) => {
    // 2 KB x 510/s = 1,020 KiB/s: 1,020/1,024 = 0.996 -> 1 shard; the notes: 1,020/1,000 = 1.02 -> 2.
    await kinesis.open('?size=2&rate=510');
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '1');
    await expect(kinesis.root.getByTestId('notes-formula')).toHaveAttribute('data-shards', '2');
    await expect(kinesis.root).toContainText('1 shard more than the calculator');
  });

  test('by keyboard only: tab to the fields, type, and switch to enhanced fan-out with the arrow keys', async ({ page, kinesis }) => {
    await kinesis.open();
    await kinesis.field('Average record size (KB)').focus();
    await page.keyboard.press('Tab'); // records per second
    await page.keyboard.press('Tab'); // consumer applications
    await expect(kinesis.field('Consumer applications')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('3');
    // 1 KB x 1,000/s, 3 shared consumers: read 3,000/2,048 = 1.46 -> 2 shards, read-bound.
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '2');
    await expect(kinesis.root.getByTestId('binding-limit')).toHaveAttribute('data-binding', 'read');
    await page.keyboard.press('Tab'); // the checked radio: shared
    await expect(kinesis.root.getByLabel(/Shared throughput/)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(kinesis.root.getByLabel(/Enhanced fan-out/)).toBeChecked();
    // Enhanced fan-out: each consumer reads 1,000 KiB/s with its own 2,048 -> records bind: 1 shard.
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '1');
    await expect.poll(() => kinesis.params()).toEqual({ consumers: '3', mode: 'efo' });
    // The focused control shows a visible focus ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('a shared URL restores the workload', async ({ kinesis }) => {
    // 2.5 KB rounds up to 3: 3 x 1,000 = 3,000 KiB/s -> 2.93; 2 consumers: 6,000/2,048 = 2.93 -> 3 shards.
    await kinesis.open('?size=2.5&rate=1000&consumers=2');
    await expect(kinesis.field('Average record size (KB)')).toHaveValue('2.5');
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '3');
  });

  test('bad input gets a message beside the field and no number', async ({ kinesis }) => {
    await kinesis.open();
    for (const [value, message] of [
      ['abc', /must be a number/],
      ['', /is empty/],
      ['-4', /cannot be negative/],
      ['0', /cannot be 0/],
      ['20000', /too large/],
    ] as const) {
      await kinesis.type('Average record size (KB)', value);
      await expect(kinesis.error('size')).toContainText(message);
      await expect(kinesis.field('Average record size (KB)')).toHaveAttribute('aria-invalid', 'true');
      await expect(kinesis.root.getByTestId('shard-count')).toHaveCount(0);
      await expect(kinesis.root.getByTestId('no-result')).toBeVisible();
      await expect(kinesis.root).not.toContainText(/NaN|Infinity/);
    }
    await kinesis.type('Average record size (KB)', '1');
    await kinesis.type('Records per second', '2.5');
    await expect(kinesis.error('rate')).toContainText('whole number');
    await kinesis.type('Records per second', '1000');
    await kinesis.root.getByLabel(/Enhanced fan-out/).check();
    await kinesis.type('Consumer applications', '21');
    await expect(kinesis.error('consumers')).toContainText('at most 20');
  });

  test('a script in a URL parameter is ignored with a note, never run or rendered as HTML', async ({ page, kinesis }) => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await kinesis.open(`?size=${encodeURIComponent(payload)}&rate=oops&unknown=1`);
    const notes = kinesis.root.getByTestId('url-notes');
    await expect(notes).toContainText('Ignored URL parameter "size"');
    await expect(notes).toContainText('Ignored URL parameter "rate"');
    await expect(notes).not.toContainText('unknown');
    await expect(notes.locator('img, script')).toHaveCount(0);
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '1');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  test('print shows the inputs and result as a table and hides the controls', async ({ page, kinesis }) => {
    await kinesis.open('?size=3&rate=2000&consumers=2');
    await page.emulateMedia({ media: 'print' });
    await expect(kinesis.root.locator('.widget-controls')).toBeHidden();
    const summary = kinesis.root.getByTestId('print-summary');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('row', { name: /Shards \(provisioned\)/ })).toContainText('6');
    await expect(summary.getByRole('row', { name: /Average record size/ })).toContainText('3 KB');
    await page.emulateMedia({ media: 'screen' });
    await expect(summary).toBeHidden();
  });

  test('a workload above the on-demand per-stream maximum is called that, not "scales up"', async ({ kinesis }) => {
    // 1 KB x 100,000,000/s = 100,000,000 KiB/s, above 10 GiB/s (10,485,760 KiB/s) in every Region.
    await kinesis.open('?size=1&rate=100000000');
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '100000');
    await expect(kinesis.root).toContainText('is above the most an on-demand stream takes in any Region');
    await expect(kinesis.root).toContainText('above the per-stream maximum of an on-demand stream in every Region');
    await expect(kinesis.root).not.toContainText('on-demand scales up, but');
  });

  test('the consumers hint and the enhanced fan-out limit follow the capacity mode', async ({ kinesis }) => {
    await kinesis.open();
    const hint = kinesis.root.locator('#ksc-consumers-hint');
    await expect(hint).toHaveText('Allowed: a whole number from 1 to 1,000');
    await kinesis.root.getByLabel(/Enhanced fan-out/).check();
    await expect(hint).toHaveText('Allowed: a whole number from 1 to 20 (the enhanced fan-out limit per stream)');
    await kinesis.type('Consumer applications', '50');
    await expect(kinesis.error('consumers')).toContainText('at most 20 registered consumers per stream on a provisioned stream');
    await kinesis.root.getByLabel(/On-demand Advantage/).check();
    await expect(hint).toHaveText('Allowed: a whole number from 1 to 50 (the enhanced fan-out limit per stream with On-demand Advantage)');
    await expect(kinesis.error('consumers')).toHaveCount(0);
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '1');
    await expect.poll(() => kinesis.params()).toEqual({ consumers: '50', mode: 'efo', capacity: 'advantage' });
    await kinesis.type('Consumer applications', '51');
    await expect(kinesis.error('consumers')).toContainText('at most 50 registered consumers per stream with On-demand Advantage');
  });

  test('whole numbers are read from their text; over-long text gets a message and stays out of the URL', async ({ page, kinesis }) => {
    // Each is a valid number to Number(): 2.0000000000000001 is 2, 10240.0000000000001 is 10,240.
    await kinesis.open('?consumers=2.0000000000000001&size=10240.0000000000001&rate=3000');
    const notes = kinesis.root.getByTestId('url-notes');
    await expect(notes).toContainText('Ignored URL parameter "consumers" (value "2.0000000000000001")');
    await expect(notes).toContainText('Ignored URL parameter "size" (value "10240.0000000000001")');
    await expect(kinesis.field('Consumer applications')).toHaveValue('1');
    await expect(kinesis.field('Average record size (KB)')).toHaveValue('1');
    // 1 KB x 3,000/s: 3 shards
    await expect(kinesis.root.getByTestId('shard-count')).toHaveAttribute('data-shards', '3');
    await kinesis.type('Consumer applications', '2.0000000000000001');
    await expect(kinesis.error('consumers')).toContainText('must be a whole number');
    await kinesis.type('Consumer applications', '2');
    await expect.poll(() => kinesis.params()).toEqual({ rate: '3000', consumers: '2' });
    const long = `3${'0'.repeat(24)}`;
    await kinesis.type('Records per second', long);
    await expect(kinesis.error('rate')).toContainText('too long: at most 20 characters');
    await expect(kinesis.root.getByTestId('no-result')).toBeVisible();
    await expect.poll(() => kinesis.params()).toEqual({ consumers: '2' });
    expect(page.url().length).toBeLessThan(200);
  });
});

test.describe('S3 storage-class picker', () => {
  test('answers by click pick the class and explain the others', async ({ s3 }) => {
    await s3.open();
    const pick = s3.root.getByTestId('storage-class');
    await expect(pick).toHaveAttribute('data-class', 'STANDARD');
    await s3.root.getByLabel(/^Infrequently/).check();
    await expect(pick).toHaveAttribute('data-class', 'STANDARD_IA');
    await s3.root.getByLabel(/^One Availability Zone/).check();
    await expect(pick).toHaveAttribute('data-class', 'ONEZONE_IA');
    await expect(pick).toHaveText('S3 One Zone-IA');
    await s3.root.getByLabel(/^Unknown or changing/).check();
    await expect(pick).toHaveAttribute('data-class', 'INTELLIGENT_TIERING');
    await expect(s3.root.locator('tr[data-picked]')).toContainText('Intelligent-Tiering');
    await expect(s3.root.getByTestId('not-picked').locator('li')).toHaveCount(7);
    await expect.poll(() => s3.params()).toEqual({ access: 'unknown', az: 'single' });
  });

  test('a short keep time steps an archive down the chain (typing days)', async ({ s3 }) => {
    await s3.open('?access=archive&retrieval=hours');
    const pick = s3.root.getByTestId('storage-class');
    await expect(pick).toHaveAttribute('data-class', 'DEEP_ARCHIVE'); // 365 days >= 180
    await s3.type('Objects kept for (days)', '100'); // < 180: Deep Archive -> Flexible Retrieval (90 fits)
    await expect(pick).toHaveAttribute('data-class', 'GLACIER');
    await s3.type('Objects kept for (days)', '30'); // < 90 twice -> Standard-IA (30 fits)
    await expect(pick).toHaveAttribute('data-class', 'STANDARD_IA');
    await s3.type('Objects kept for (days)', '10'); // < 30 -> Standard
    await expect(pick).toHaveAttribute('data-class', 'STANDARD');
    await expect(s3.root).toContainText('early-deletion');
  });

  test('by keyboard: arrow through the access radios and up to single-digit-millisecond latency', async ({ page, s3 }) => {
    await s3.open();
    await s3.root.getByLabel(/^Frequently/).focus();
    await page.keyboard.press('ArrowDown'); // infrequent
    await page.keyboard.press('ArrowDown'); // rare
    await expect(s3.root.getByLabel(/^Rarely/)).toBeChecked();
    await expect(s3.root.getByTestId('storage-class')).toHaveAttribute('data-class', 'GLACIER_IR');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // back to frequent
    await s3.root.getByLabel(/^One Availability Zone/).check();
    // One latency question: from Milliseconds (the default) up to Single-digit milliseconds, which with one AZ is
    // S3 Express One Zone (rule 2).
    await s3.root.getByLabel(/^Milliseconds/).focus();
    await page.keyboard.press('ArrowUp');
    await expect(s3.root.getByLabel(/^Single-digit milliseconds/)).toBeChecked();
    await expect(s3.root.getByTestId('storage-class')).toHaveAttribute('data-class', 'EXPRESS_ONEZONE');
  });

  test('a shared URL restores the answers; bad values are ignored with a note', async ({ s3 }) => {
    await s3.open('?access=archive&retrieval=minutes&keep=400&az=%3Cb%3Ebold%3C/b%3E&perf=maybe');
    await expect(s3.root.getByTestId('storage-class')).toHaveAttribute('data-class', 'GLACIER');
    const notes = s3.root.getByTestId('url-notes');
    await expect(notes).toContainText('"az"');
    await expect(notes).toContainText('"perf"');
    await expect(notes.locator('b')).toHaveCount(0);
  });

  test('bad numbers get messages, never a stale class', async ({ s3 }) => {
    await s3.open();
    await s3.type('Average object size (KB)', 'lots');
    await expect(s3.error('size')).toContainText('must be a number');
    await expect(s3.root.getByTestId('storage-class')).toHaveCount(0);
    await s3.type('Average object size (KB)', '64');
    await s3.type('Objects kept for (days)', '0');
    await expect(s3.error('keep')).toContainText('cannot be 0');
    await s3.type('Objects kept for (days)', '40000');
    await expect(s3.error('keep')).toContainText('too large');
    await expect(s3.root).not.toContainText(/NaN|Infinity/);
  });

  test('a small object in an IA class is warned about the 128 KB minimum', async ({ s3 }) => {
    await s3.open('?access=infrequent&size=20');
    await expect(s3.root.getByTestId('storage-class')).toHaveAttribute('data-class', 'STANDARD_IA');
    await expect(s3.root).toContainText('128 KB');
  });

  test('print shows the inputs and the class as a table', async ({ page, s3 }) => {
    await s3.open('?access=rare');
    await page.emulateMedia({ media: 'print' });
    await expect(s3.root.locator('.widget-controls')).toBeHidden();
    await expect(s3.root.getByTestId('print-summary').getByRole('row', { name: /Storage class/ })).toContainText('GLACIER_IR');
  });
});

test.describe('EMR node-type explainer', () => {
  test('core-node count sets the HDFS replication factor; Spot groups set the risk', async ({ emr }) => {
    await emr.open();
    const risk = emr.root.getByTestId('cluster-risk');
    const factor = emr.root.getByTestId('hdfs-replication');
    // 2 core nodes keep one HDFS copy: losing one loses data, so the default is not low risk.
    await expect(risk).toHaveAttribute('data-risk', 'medium');
    await expect(factor).toHaveAttribute('data-factor', '1');
    for (const [cores, expected, level] of [
      ['0', '0', 'low'],
      ['3', '1', 'medium'],
      ['4', '2', 'low'],
      ['9', '2', 'low'],
      ['10', '3', 'low'],
    ] as const) {
      await emr.type('Core nodes', cores);
      await expect(factor).toHaveAttribute('data-factor', expected);
      await expect(risk).toHaveAttribute('data-risk', level);
    }
    await emr.field('Core nodes: purchasing').selectOption('spot');
    await expect(risk).toHaveAttribute('data-risk', 'medium');
    await emr.field('Primary node: purchasing').selectOption('spot');
    await expect(risk).toHaveAttribute('data-risk', 'high');
    await expect.poll(() => emr.params()).toMatchObject({ cores: '10', core: 'spot', primary: 'spot' });
  });

  test('choosing a node type in the picture explains its role, by click and by keyboard', async ({ page, emr }) => {
    await emr.open();
    const role = emr.root.getByTestId('role-explanation');
    await expect(role).toHaveAttribute('data-role', 'primary');
    await expect(role).toContainText('NameNode');
    await emr.root.getByTestId('node-core').click();
    await expect(role).toHaveAttribute('data-role', 'core');
    await expect(role).toContainText('DataNode');
    await emr.root.getByTestId('node-task').focus();
    await page.keyboard.press('Enter');
    await expect(role).toHaveAttribute('data-role', 'task');
    await expect(emr.root.getByTestId('node-task')).toHaveAttribute('aria-pressed', 'true');
    await expect(role).toContainText('no HDFS data is lost');
  });

  test('presets fill the cluster; the cost-driven test is all Spot and says that is legitimate', async ({ emr }) => {
    await emr.open();
    await emr.root.getByRole('button', { name: 'Cost-driven test' }).click();
    await expect(emr.root.getByTestId('cluster-risk')).toHaveAttribute('data-risk', 'high');
    await expect(emr.root).toContainText(/testing|test/);
    await emr.root.getByRole('button', { name: 'Long-running, data-critical' }).click();
    await expect(emr.root.getByTestId('cluster-risk')).toHaveAttribute('data-risk', 'low');
    await expect(emr.root.getByTestId('hdfs-replication')).toHaveAttribute('data-factor', '2'); // 4 core nodes
  });

  test('a shared URL restores the cluster; bad values are ignored with a note', async ({ emr }) => {
    await emr.open('?primaries=3&cores=12&task=reserved&tasks=-1&primary=%22%3E%3Csvg%20onload%3Dalert(1)%3E');
    await expect(emr.root.getByTestId('hdfs-replication')).toHaveAttribute('data-factor', '3');
    await expect(emr.field('Task nodes: purchasing')).toHaveValue('reserved');
    const notes = emr.root.getByTestId('url-notes');
    await expect(notes).toContainText('"tasks"');
    await expect(notes).toContainText('"primary"');
    await expect(notes.locator('svg')).toHaveCount(0);
  });

  test('three Spot primary nodes from a URL: the Spot option is ignored with a visible note', async ({ emr }) => {
    await emr.open('?primaries=3&primary=spot&cores=4');
    const notes = emr.root.getByTestId('url-notes');
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('Ignored URL parameter "primary" (value "spot")');
    await expect(notes).toContainText('only as On-Demand Instances');
    await expect(emr.root.getByLabel(/^Three/)).toBeChecked();
    await expect(emr.field('Primary node: purchasing')).toHaveValue('ondemand');
    await expect(emr.root.getByTestId('cluster-risk')).toHaveAttribute('data-risk', 'low'); // 4 On-Demand core nodes
  });

  test('three Spot primary nodes chosen in the form are refused at the primary purchasing option', async ({ emr }) => {
    await emr.open();
    await emr.root.getByLabel(/^Three/).check();
    await emr.field('Primary node: purchasing').selectOption('spot');
    const error = emr.error('primary');
    await expect(error).toContainText('Three primary nodes (high availability) run only on On-Demand Instances');
    await expect(emr.field('Primary node: purchasing')).toHaveAttribute('aria-invalid', 'true');
    await expect(emr.root.getByTestId('cluster-risk')).toHaveCount(0);
    await expect(emr.root.getByTestId('no-result')).toBeVisible();
    await emr.root.getByLabel(/^One/).check(); // one primary node may be Spot
    await expect(error).toHaveCount(0);
    await expect(emr.root.getByTestId('cluster-risk')).toHaveAttribute('data-risk', 'high');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`low, medium and high risk look different in the ${theme} theme, with no axe violations`, async ({ page, emr }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const looks: Record<string, { color: string; background: string; border: string; symbol: string; accent: string }> = {};
      // ?cores=4: 4 On-Demand core nodes -> low; the default (2 core nodes, one HDFS copy) -> medium;
      // ?primary=spot -> high.
      for (const [query, level] of [
        ['?cores=4', 'low'],
        ['?tasks=5', 'medium'],
        ['?primary=spot', 'high'],
      ] as const) {
        await emr.open(query);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const risk = emr.root.getByTestId('cluster-risk');
        await expect(risk).toHaveAttribute('data-risk', level);
        await expect(risk).toContainText(level);
        looks[level] = await risk.evaluate((el) => {
          const style = getComputedStyle(el);
          const probe = document.createElement('span');
          probe.style.color = 'var(--sl-color-text-accent)';
          el.parentElement?.append(probe);
          const accent = getComputedStyle(probe).color;
          probe.remove();
          return {
            color: style.color,
            background: style.backgroundColor,
            border: `${style.borderTopStyle} ${style.borderTopWidth}`,
            symbol: el.querySelector('[aria-hidden="true"]')?.textContent ?? '',
            accent,
          };
        });
        expect(await axeViolations(page, '[data-testid="emr-explainer"]'), level).toEqual([]);
      }
      const levels = ['low', 'medium', 'high'] as const;
      for (const [i, a] of levels.entries()) {
        expect(looks[a]?.color).not.toBe(looks[a]?.accent); // not the accent blue
        for (const b of levels.slice(i + 1)) {
          expect(looks[a]?.color, `${a} vs ${b} text colour`).not.toBe(looks[b]?.color);
          expect(looks[a]?.background, `${a} vs ${b} background`).not.toBe(looks[b]?.background);
          expect(looks[a]?.border, `${a} vs ${b} border`).not.toBe(looks[b]?.border);
          expect(looks[a]?.symbol, `${a} vs ${b} symbol`).not.toBe(looks[b]?.symbol);
        }
      }
    });
  }

  test('bad counts get messages beside the field', async ({ emr }) => {
    await emr.open();
    await emr.type('Task nodes', '1.5');
    await expect(emr.error('tasks')).toContainText('whole number');
    await expect(emr.root.getByTestId('cluster-risk')).toHaveCount(0);
    await emr.type('Task nodes', '');
    await expect(emr.error('tasks')).toContainText('empty');
  });

  test('print shows the cluster and its risk as a table', async ({ page, emr }) => {
    await emr.open('?core=spot');
    await page.emulateMedia({ media: 'print' });
    await expect(emr.root.locator('.widget-controls')).toBeHidden();
    await expect(emr.root.getByTestId('print-summary').getByRole('row', { name: /Risk/ })).toContainText('medium');
  });
});

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
