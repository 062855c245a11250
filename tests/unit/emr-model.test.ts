import { describe, expect, it } from 'vitest';

import {
  DEFAULTS,
  MANAGED_SCALING,
  NODE_ROLE_INFO,
  PRESETS,
  STORAGE_OPTIONS,
  evaluate,
  fromSearchParams,
  replicationFactor,
  toSearchParams,
  type Field,
  type Inputs,
  type PurchaseOption,
  type Result,
  type Risk,
  type Success,
} from '~/libs/widgets/emr/model';

function ok(result: Result): Success {
  if (!result.ok) throw new Error(`expected a result, got errors ${JSON.stringify(result.errors)}`);
  return result;
}

function cluster(
  primaries: Inputs['primaries'],
  cores: string,
  tasks: string,
  primary: PurchaseOption,
  core: PurchaseOption,
  task: PurchaseOption,
): Inputs {
  return { primaries, cores, tasks, primary, core, task };
}

describe('HDFS replication factor: 1 for 1-3 core nodes, 2 for 4-9, 3 for 10 or more, none for 0', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 1], // last core count with a single copy
    [4, 2], // first count with 2 copies
    [5, 2],
    [9, 2], // last count with 2 copies
    [10, 3], // first count with 3 copies
    [11, 3],
    [1000, 3],
  ])('%d core nodes -> %d', (cores, factor) => {
    expect(replicationFactor(cores)).toBe(factor);
    const result = ok(evaluate({ ...DEFAULTS, cores: String(cores) }));
    expect(result.replicationFactor).toBe(factor);
    expect(result.hasHdfs).toBe(cores > 0);
  });
});

/**
 * The risk rule, from the documented effects (Understand node types; Cluster configuration guidelines; HDFS
 * configuration): a Spot primary node ends the cluster when interrupted -> high; otherwise Spot core nodes (HDFS
 * data loss) or dfs.replication = 1 (1-3 core nodes: losing one core node loses its data) -> medium; otherwise low.
 * Every row below is worked out by hand from those three rules.
 */
describe('risk: high for a Spot primary, medium for Spot core nodes or a single HDFS copy, else low', () => {
  it.each<[string, Inputs, Risk]>([
    // name, inputs, risk
    // no Spot on primary or core, dfs.replication >= 2 (4+ core nodes) or no HDFS (0 core): low
    ['4 On-Demand core, Spot tasks', cluster('1', '4', '2', 'ondemand', 'ondemand', 'spot'), 'low'],
    ['9 Reserved core, no tasks', cluster('3', '9', '0', 'reserved', 'reserved', 'ondemand'), 'low'],
    ['10 On-Demand core', cluster('1', '10', '2', 'ondemand', 'ondemand', 'ondemand'), 'low'],
    ['0 core nodes: no HDFS to lose', cluster('1', '0', '2', 'ondemand', 'ondemand', 'spot'), 'low'],
    ['0 core nodes, core group set to Spot (no nodes, no effect)', cluster('1', '0', '2', 'ondemand', 'spot', 'spot'), 'low'],
    // dfs.replication = 1 (1-3 core nodes), nothing on Spot: medium
    ['1 On-Demand core node: one HDFS copy', cluster('1', '1', '0', 'ondemand', 'ondemand', 'spot'), 'medium'],
    ['2 On-Demand core nodes (the default): one HDFS copy', DEFAULTS, 'medium'],
    ['3 Reserved core nodes: one HDFS copy', cluster('3', '3', '4', 'reserved', 'reserved', 'spot'), 'medium'],
    // Spot core nodes: medium, whatever the copy count
    ['4 Spot core nodes', cluster('1', '4', '0', 'ondemand', 'spot', 'ondemand'), 'medium'],
    ['10 Spot core nodes', cluster('3', '10', '0', 'ondemand', 'spot', 'spot'), 'medium'],
    ['2 Spot core nodes: Spot and one copy', cluster('1', '2', '0', 'reserved', 'spot', 'spot'), 'medium'],
    // Spot primary (only possible with one primary node): high, whatever else
    ['Spot primary, 4 On-Demand core', cluster('1', '4', '0', 'spot', 'ondemand', 'ondemand'), 'high'],
    ['Spot primary, 0 core', cluster('1', '0', '0', 'spot', 'ondemand', 'ondemand'), 'high'],
    ['Spot primary, 2 Spot core (all Spot)', cluster('1', '2', '2', 'spot', 'spot', 'spot'), 'high'],
    ['Spot primary, 10 Spot core', cluster('1', '10', '2', 'spot', 'spot', 'ondemand'), 'high'],
  ])('%s -> %s', (_name, inputs, risk) => {
    const result = ok(evaluate(inputs));
    expect(result.risk).toBe(risk);
    // the headline and the explanation say the same thing
    expect(result.explanation.find((e) => e.rule.startsWith('Risk'))).toEqual({ rule: `Risk: ${risk}`, detail: result.riskReason });
  });

  it.each<[string, Inputs, RegExp[], RegExp[]]>([
    // name, inputs, what the reason says, what it must not say
    [
      'high: Spot primary',
      cluster('1', '4', '2', 'spot', 'ondemand', 'ondemand'),
      [/^The primary node is on Spot: a Spot interruption of the primary node terminates the whole cluster\.$/],
      [/HDFS keeps one copy/],
    ],
    [
      'high: Spot primary and one HDFS copy, both said',
      cluster('1', '2', '0', 'spot', 'ondemand', 'ondemand'),
      [
        /primary node is on Spot/,
        /HDFS keeps one copy of each block \(dfs\.replication = 1 with 2 core nodes\): losing one core node loses the HDFS data on it\./,
      ],
      [],
    ],
    [
      'medium: Spot core',
      cluster('1', '4', '0', 'ondemand', 'spot', 'ondemand'),
      [/^The core group \(4 nodes\) is on Spot: an interruption takes away HDFS DataNodes, so HDFS data can be lost and jobs can fail\.$/],
      [/primary node is on Spot/],
    ],
    [
      'medium: one HDFS copy (the default)',
      DEFAULTS,
      [/^HDFS keeps one copy of each block \(dfs\.replication = 1 with 2 core nodes\): losing one core node loses the HDFS data on it\.$/],
      [/^No /, /low/],
    ],
    [
      'medium: Spot core and one copy, both said',
      cluster('1', '3', '0', 'ondemand', 'spot', 'ondemand'),
      [/core group \(3 nodes\) is on Spot/, /dfs\.replication = 1 with 3 core nodes/],
      [],
    ],
    [
      'low: Reserved primary and core, Spot tasks',
      cluster('3', '4', '4', 'reserved', 'reserved', 'spot'),
      [
        /^Primary and core nodes are not on Spot \(both Reserved Instances\), and HDFS keeps 2 copies of each block \(dfs\.replication = 2\)\. Spot is used only for the 4 task nodes, which hold no HDFS data\.$/,
      ],
      [/Reserved Instances, Reserved Instances/],
    ],
    [
      'low: different options on primary and core',
      cluster('1', '10', '0', 'ondemand', 'reserved', 'ondemand'),
      [
        /^Primary and core nodes are not on Spot \(primary On-Demand, core Reserved Instances\), and HDFS keeps 3 copies of each block \(dfs\.replication = 3\)\.$/,
      ],
      [],
    ],
    [
      'low: no core nodes',
      cluster('1', '0', '2', 'reserved', 'spot', 'spot'),
      [
        /^The primary node is not on Spot \(Reserved Instances\) and there are no core nodes, so no HDFS data can be lost\. Spot is used only for the 2 task nodes, which hold no HDFS data\.$/,
      ],
      [],
    ],
  ])('reason: %s', (_name, inputs, says, never) => {
    const { riskReason } = ok(evaluate(inputs));
    for (const pattern of says) expect(riskReason).toMatch(pattern);
    for (const pattern of never) expect(riskReason).not.toMatch(pattern);
  });

  it('the long-running preset names Reserved Instances once, not twice', () => {
    const preset = PRESETS.find((p) => p.id === 'long-running');
    expect(preset).toBeDefined();
    if (preset === undefined) return;
    const text = JSON.stringify(ok(evaluate(preset.inputs)));
    expect(text).not.toContain('Reserved Instances, Reserved Instances');
    expect(ok(evaluate(preset.inputs)).riskReason).toContain('(both Reserved Instances)');
  });
});

describe('high availability: three primary nodes are On-Demand only', () => {
  // Considerations for multiple primary nodes: "On high-availability clusters, Amazon EMR only supports the launch of
  // primary nodes with On Demand instances." Reserved Instances are a billing discount on On-Demand Instances.
  it.each<[string, Inputs]>([
    ['three Spot primary nodes', cluster('3', '4', '2', 'spot', 'ondemand', 'spot')],
    ['three Spot primary nodes, all Spot', cluster('3', '2', '2', 'spot', 'spot', 'spot')],
    ['three Spot primary nodes, no core nodes', cluster('3', '0', '0', 'spot', 'ondemand', 'ondemand')],
  ])('%s: refused at the primary purchasing option', (_name, inputs) => {
    const result = evaluate(inputs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['primary']);
    expect(result.errors.primary).toBe(
      'Three primary nodes (high availability) run only on On-Demand Instances: EMR launches the primary nodes of a high-availability cluster only as On-Demand. Choose On-Demand or Reserved Instances (a billing discount on On-Demand Instances), or one primary node to use Spot.',
    );
  });

  it.each<[string, Inputs]>([
    ['three On-Demand primary nodes', cluster('3', '4', '2', 'ondemand', 'ondemand', 'spot')],
    ['three Reserved primary nodes (On-Demand Instances with a billing discount)', cluster('3', '4', '2', 'reserved', 'spot', 'spot')],
    ['one Spot primary node', cluster('1', '4', '2', 'spot', 'ondemand', 'spot')],
  ])('%s: accepted', (_name, inputs) => {
    expect(evaluate(inputs).ok).toBe(true);
  });

  it('three Reserved primary nodes: the explanation says why Reserved Instances are allowed', () => {
    const primary = ok(evaluate(cluster('3', '4', '2', 'reserved', 'ondemand', 'spot'))).explanation[0];
    expect(primary?.detail).toContain(
      'Reserved Instances are a billing discount applied to matching On-Demand Instances, so they meet the On-Demand-only rule.',
    );
  });

  it.each([
    ['primaries=3&primary=spot', { primaries: '3', primary: 'ondemand' }],
    ['primary=spot&primaries=3&cores=10', { primaries: '3', primary: 'ondemand', cores: '10' }],
  ])('%s from a URL: the Spot primary option is ignored with a note', (query, expected) => {
    const { inputs, notes } = fromSearchParams(new URLSearchParams(query));
    expect(inputs).toMatchObject(expected);
    expect(evaluate(inputs).ok).toBe(true);
    expect(notes).toEqual([
      'Ignored URL parameter "primary" (value "spot"): allowed is ondemand or reserved with three primary nodes (EMR launches the primary nodes of a high-availability cluster only as On-Demand Instances). Using the default, ondemand.',
    ]);
  });

  it('the release versions: instance groups from 5.23.0, instance fleets from their own list', () => {
    const versions = 'instance groups from EMR 5.23.0, instance fleets from EMR 5.36.1, 5.36.2, 6.8.1, 6.9.1, 6.10.1, 6.11.1, 6.12.0 and later';
    expect(NODE_ROLE_INFO.primary.failure).toContain(versions);
    const one = ok(evaluate(DEFAULTS)).explanation[0];
    expect(one?.detail).toContain(versions);
    expect(JSON.stringify(ok(evaluate(DEFAULTS)))).not.toContain('(EMR 5.23.0 and later)');
  });
});

describe('all-Spot clusters are a legitimate cost-driven choice', () => {
  it.each<[string, Inputs, boolean]>([
    ['everything on Spot', cluster('1', '2', '2', 'spot', 'spot', 'spot'), true],
    ['primary only, on Spot', cluster('1', '0', '0', 'spot', 'ondemand', 'ondemand'), true], // empty groups do not count
    ['Spot primary and core, no task nodes', cluster('1', '3', '0', 'spot', 'spot', 'reserved'), true],
    ['Spot primary, On-Demand core', cluster('1', '2', '2', 'spot', 'ondemand', 'spot'), false],
    ['Spot core and task, On-Demand primary', cluster('1', '2', '2', 'ondemand', 'spot', 'spot'), false],
  ])('%s -> allSpot=%s', (_name, inputs, allSpot) => {
    const result = ok(evaluate(inputs));
    expect(result.allSpot).toBe(allSpot);
    const legit = result.explanation.find((e) => e.rule === 'All-Spot cluster');
    if (allSpot) expect(legit?.detail).toMatch(/legitimate choice for a cost-driven or test cluster/);
    else expect(legit).toBeUndefined();
  });
});

describe('warnings', () => {
  it.each<[string, Inputs, RegExp[]]>([
    ['defaults (transient batch): 2 core nodes keep one copy', DEFAULTS, [/With 2 core nodes HDFS keeps a single copy of each block/]], // 2 core -> dfs.replication 1
    ['4 On-Demand core nodes, Spot tasks: none', cluster('1', '4', '4', 'ondemand', 'ondemand', 'spot'), []],
    [
      'Spot primary with On-Demand core (4)',
      cluster('1', '4', '0', 'spot', 'ondemand', 'ondemand'),
      [/primary node is on Spot while other nodes are not/],
    ],
    // 10 Spot core nodes -> dfs.replication 3 quoted in the warning
    ['Spot core (10)', cluster('1', '10', '0', 'ondemand', 'spot', 'ondemand'), [/10 core nodes on Spot: .*dfs\.replication = 3/]],
    // all Spot with 4 core nodes: core warning only (no "primary on Spot while others are not")
    ['all Spot (4 core)', cluster('1', '4', '2', 'spot', 'spot', 'spot'), [/4 core nodes on Spot: .*dfs\.replication = 2/]],
    ['1 core node', cluster('1', '1', '0', 'ondemand', 'ondemand', 'spot'), [/With 1 core node HDFS keeps a single copy .*at least 4 core nodes/]],
    ['3 core nodes', cluster('1', '3', '0', 'ondemand', 'ondemand', 'spot'), [/With 3 core nodes HDFS keeps a single copy/]],
    ['0 core nodes', cluster('1', '0', '2', 'ondemand', 'ondemand', 'spot'), [/0 core nodes: no HDFS/]],
    ['Reserved task nodes', cluster('1', '4', '2', 'ondemand', 'ondemand', 'reserved'), [/Reserved Instances on task nodes/]],
    ['Reserved task group without nodes: none', cluster('1', '4', '0', 'ondemand', 'ondemand', 'reserved'), []],
  ])('%s', (_name, inputs, expected) => {
    const { warnings } = ok(evaluate(inputs));
    expect(warnings).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(warnings[i]).toMatch(pattern));
  });

  it('marks purchasing options that do not suit a role', () => {
    const result = ok(evaluate(cluster('1', '4', '2', 'spot', 'spot', 'reserved')));
    expect(result.groups.map((g) => [g.role, g.count, g.purchase, g.suited])).toEqual([
      ['primary', 1, 'spot', false],
      ['core', 4, 'spot', false],
      ['task', 2, 'reserved', false],
    ]);
    const fine = ok(evaluate(cluster('3', '4', '2', 'reserved', 'ondemand', 'spot')));
    expect(fine.groups.every((g) => g.suited)).toBe(true);
  });
});

describe('explanation', () => {
  it('names each group, the risk, the replication factor and the managed-scaling order', () => {
    // 3 + 10 + 5 = 18 nodes; 10 core nodes -> dfs.replication = 3
    const result = ok(evaluate(cluster('3', '10', '5', 'reserved', 'ondemand', 'spot')));
    expect(result.totalNodes).toBe(18);
    expect(result.explanation.map((e) => e.rule)).toEqual([
      'Primary: 3 nodes, Reserved Instances',
      'Core: 10 nodes, On-Demand',
      'Task: 5 nodes, Spot',
      'Risk: low',
      'HDFS replication factor (dfs.replication): 1 for 1\u20133 core nodes, 2 for 4\u20139, 3 for 10 or more',
      'Managed scaling order',
    ]);
    const details = result.explanation.map((e) => e.detail).join('\n');
    expect(details).toContain('10 core nodes \u2192 dfs.replication = 3: each HDFS block is stored 3 times');
    expect(details).toContain('Here the 5 Spot task nodes would be the first to go.');
    expect(details).toContain('ResourceManager');
    expect(details).toContain('fails over to a standby');
  });

  it('0 core nodes: no HDFS and no replication factor', () => {
    const details = ok(evaluate(cluster('1', '0', '0', 'ondemand', 'ondemand', 'ondemand')))
      .explanation.map((e) => e.detail)
      .join('\n');
    expect(details).toContain('0 core nodes \u2192 no HDFS, so there is no replication factor.');
    expect(details).toContain('One primary node is a single point of failure');
  });
});

describe('data for the picture', () => {
  it.each<[keyof typeof NODE_ROLE_INFO, RegExp, RegExp, RegExp]>([
    ['primary', /YARN ResourceManager and the HDFS NameNode.*tracks the status.*health/, /terminates the cluster/, /On-Demand, or Reserved/],
    ['core', /HDFS data as DataNodes/, /HDFS data loss and failed jobs/, /On-Demand/],
    ['task', /Run tasks only.*Optional.*no HDFS data/, /no data is lost/, /^Spot/],
  ])('%s node role', (role, what, spot, purchase) => {
    const info = NODE_ROLE_INFO[role];
    expect(info.id).toBe(role);
    expect(info.role).toMatch(what);
    expect(info.spotInterruption).toMatch(spot);
    expect(info.suitedPurchasing).toMatch(purchase);
    expect(info.failure.length).toBeGreaterThan(20);
  });

  it('managed scaling: core then task up; task then core down; Spot before On-Demand', () => {
    expect(MANAGED_SCALING.scaleUp[0]).toMatch(/core nodes first, then to task nodes/);
    expect(MANAGED_SCALING.scaleDown[0]).toMatch(/task nodes first, then core nodes/);
    expect(MANAGED_SCALING.scaleDown[1]).toMatch(/Spot Instances before On-Demand Instances/);
  });

  it('storage options: HDFS ephemeral, EMRFS persistent, local disk, EBS', () => {
    expect(STORAGE_OPTIONS.map((s) => s.id)).toEqual(['hdfs', 'emrfs', 'local', 'ebs']);
    expect(STORAGE_OPTIONS[0]?.persistence).toMatch(/^Ephemeral/);
    expect(STORAGE_OPTIONS[1]?.prefix).toBe('s3://');
    expect(STORAGE_OPTIONS[1]?.persistence).toMatch(/^Persistent/);
    expect(STORAGE_OPTIONS[3]?.persistence).toMatch(/deleted when the cluster or the instance terminates/);
  });

  it.each<[string, Risk, number, number, boolean]>([
    // preset id, risk, dfs.replication, total nodes, all Spot
    ['long-running', 'low', 2, 11, false], // 3 + 4 + 4 = 11 nodes; 4 core -> 2; Reserved primary/core, Spot tasks
    ['transient-batch', 'medium', 1, 7, false], // 1 + 2 + 4 = 7 nodes; 2 core -> 1 copy of HDFS -> medium
    ['cost-test', 'high', 1, 5, true], // 1 + 2 + 2 = 5 nodes; primary on Spot -> high
  ])('preset %s', (id, risk, factor, total, allSpot) => {
    const preset = PRESETS.find((p) => p.id === id);
    expect(preset).toBeDefined();
    if (preset === undefined) return;
    const result = ok(evaluate(preset.inputs));
    expect(result.risk).toBe(risk);
    expect(result.replicationFactor).toBe(factor);
    expect(result.totalNodes).toBe(total);
    expect(result.allSpot).toBe(allSpot);
  });

  it('the default state is the transient batch preset', () => {
    expect(PRESETS.find((p) => p.id === 'transient-batch')?.inputs).toEqual(DEFAULTS);
  });
});

describe('bad input gets a specific message per field', () => {
  it.each<[string, Partial<Inputs>, Field, RegExp]>([
    ['empty cores', { cores: '' }, 'cores', /Core nodes is empty/],
    ['negative cores', { cores: '-1' }, 'cores', /cannot be negative/],
    ['fractional cores', { cores: '1.5' }, 'cores', /whole number/],
    ['non-numeric cores', { cores: 'four' }, 'cores', /must be a number/],
    ['absurd cores', { cores: '1001' }, 'cores', /too large/],
    ['empty tasks', { tasks: ' ' }, 'tasks', /Task nodes is empty/],
    ['negative tasks', { tasks: '-3' }, 'tasks', /cannot be negative/],
    ['fractional tasks', { tasks: '0.5' }, 'tasks', /whole number/],
    ['absurd tasks', { tasks: '9'.repeat(20) }, 'tasks', /too large/],
    ['over-long tasks', { tasks: '9'.repeat(400) }, 'tasks', /too long: at most 20 characters/],
    ['tasks that only round to a whole number', { tasks: '2.0000000000000001' }, 'tasks', /whole number/],
    ['cores written with a decimal point', { cores: '4.0' }, 'cores', /whole number/],
    ['two primaries', { primaries: '2' as Inputs['primaries'] }, 'primaries', /must be one of: 1, 3/],
    ['unknown purchasing option', { core: 'free' as PurchaseOption }, 'core', /must be one of: ondemand, reserved, spot/],
  ])('%s', (_name, patch, field, message) => {
    const result = evaluate({ ...DEFAULTS, ...patch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual([field]);
    expect(result.errors[field]).toMatch(message);
  });

  it('0 core and 0 task nodes are allowed', () => {
    expect(ok(evaluate({ ...DEFAULTS, cores: '0', tasks: '0' })).totalNodes).toBe(1);
  });

  it('never gives NaN, Infinity or an exception for odd strings', () => {
    const odd = ['', '0', '-0', '3', '10', '1e2', 'NaN', 'Infinity', '2.0', '1000', '9'.repeat(400), '<b>', '\u202e4'];
    for (const cores of odd) {
      for (const tasks of odd) {
        for (const p of ['ondemand', 'reserved', 'spot'] as const) {
          const result = evaluate(cluster('1', cores, tasks, p, p, p));
          if (result.ok) expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
        }
      }
    }
  });
});

describe('URL state', () => {
  it('reads every parameter and ignores unknown ones', () => {
    const { inputs, notes } = fromSearchParams(
      new URLSearchParams('primaries=3&cores=10&tasks=0&primary=reserved&core=reserved&task=ondemand&risk=low'),
    );
    expect(inputs).toEqual(cluster('3', '10', '0', 'reserved', 'reserved', 'ondemand'));
    expect(notes).toEqual([]);
  });

  it.each<Inputs>([
    cluster('3', '10', '0', 'reserved', 'reserved', 'ondemand'),
    cluster('1', '0', '0', 'spot', 'spot', 'spot'),
    cluster('1', '1000', '1000', 'ondemand', 'spot', 'reserved'),
    ...PRESETS.map((p) => p.inputs),
  ])('round-trips %j', (inputs) => {
    const back = fromSearchParams(toSearchParams(inputs));
    expect(back.notes).toEqual([]);
    expect(back.inputs).toEqual(inputs);
    expect(evaluate(back.inputs)).toEqual(evaluate(inputs));
  });

  it('writes only valid, non-default values', () => {
    expect(toSearchParams({ ...DEFAULTS, cores: '2,000' }).toString()).toBe(''); // above 1,000: invalid, not written
    expect(toSearchParams({ ...DEFAULTS, cores: '+3' }).toString()).toBe('cores=3');
    expect(toSearchParams({ ...DEFAULTS, cores: '3.0000000000000001' }).toString()).toBe(''); // not a whole number
    expect(toSearchParams({ ...DEFAULTS, tasks: `${'0'.repeat(30)}5` }).toString()).toBe(''); // too long
    expect(toSearchParams({ ...DEFAULTS, cores: 'x', tasks: '0', core: 'spot' }).toString()).toBe('tasks=0&core=spot');
  });
});
