import { axeViolations } from './support/axe';
import { expect, test } from './support/test';

// The page health fixture fails every test in which an alert (or any dialog) opens: nothing from a URL may ever
// run as script. It also fails a test on a console error, an HTTP error or a request to another origin.

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
