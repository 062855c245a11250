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
