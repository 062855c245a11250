import { describe, expect, it } from 'vitest';

import { DEFAULTS, NODE_ROLE_INFO, PRESETS, evaluate, fromSearchParams, replicationFactor, type Inputs, type Risk } from '~/libs/widgets/emr/model';
import { ok, emrCluster as cluster } from './support/widget-model';

describe('HDFS replication factor: 1 for 1-3 core nodes, 2 for 4-9, 3 for 10 or more, none for 0', () => {
  it.each([
    { cores: 0, factor: 0 },
    { cores: 1, factor: 1 },
    { cores: 2, factor: 1 },
    { cores: 3, factor: 1 }, // last core count with a single copy
    { cores: 4, factor: 2 }, // first count with 2 copies
    { cores: 5, factor: 2 },
    { cores: 9, factor: 2 }, // last count with 2 copies
    { cores: 10, factor: 3 }, // first count with 3 copies
    { cores: 11, factor: 3 },
    { cores: 1000, factor: 3 },
  ])('$cores core nodes -> $factor', ({ cores, factor }) => {
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
  it.each<{ name: string; inputs: Inputs; risk: Risk }>([
    // no Spot on primary or core, dfs.replication >= 2 (4+ core nodes) or no HDFS (0 core): low
    { name: '4 On-Demand core, Spot tasks', inputs: cluster('1', '4', '2', 'ondemand', 'ondemand', 'spot'), risk: 'low' },
    { name: '9 Reserved core, no tasks', inputs: cluster('3', '9', '0', 'reserved', 'reserved', 'ondemand'), risk: 'low' },
    { name: '10 On-Demand core', inputs: cluster('1', '10', '2', 'ondemand', 'ondemand', 'ondemand'), risk: 'low' },
    { name: '0 core nodes: no HDFS to lose', inputs: cluster('1', '0', '2', 'ondemand', 'ondemand', 'spot'), risk: 'low' },
    { name: '0 core nodes, core group set to Spot (no nodes, no effect)', inputs: cluster('1', '0', '2', 'ondemand', 'spot', 'spot'), risk: 'low' },
    // dfs.replication = 1 (1-3 core nodes), nothing on Spot: medium
    { name: '1 On-Demand core node: one HDFS copy', inputs: cluster('1', '1', '0', 'ondemand', 'ondemand', 'spot'), risk: 'medium' },
    { name: '2 On-Demand core nodes (the default): one HDFS copy', inputs: DEFAULTS, risk: 'medium' },
    { name: '3 Reserved core nodes: one HDFS copy', inputs: cluster('3', '3', '4', 'reserved', 'reserved', 'spot'), risk: 'medium' },
    // Spot core nodes: medium, whatever the copy count
    { name: '4 Spot core nodes', inputs: cluster('1', '4', '0', 'ondemand', 'spot', 'ondemand'), risk: 'medium' },
    { name: '10 Spot core nodes', inputs: cluster('3', '10', '0', 'ondemand', 'spot', 'spot'), risk: 'medium' },
    { name: '2 Spot core nodes: Spot and one copy', inputs: cluster('1', '2', '0', 'reserved', 'spot', 'spot'), risk: 'medium' },
    // Spot primary (only possible with one primary node): high, whatever else
    { name: 'Spot primary, 4 On-Demand core', inputs: cluster('1', '4', '0', 'spot', 'ondemand', 'ondemand'), risk: 'high' },
    { name: 'Spot primary, 0 core', inputs: cluster('1', '0', '0', 'spot', 'ondemand', 'ondemand'), risk: 'high' },
    { name: 'Spot primary, 2 Spot core (all Spot)', inputs: cluster('1', '2', '2', 'spot', 'spot', 'spot'), risk: 'high' },
    { name: 'Spot primary, 10 Spot core', inputs: cluster('1', '10', '2', 'spot', 'spot', 'ondemand'), risk: 'high' },
  ])('$name -> $inputs', ({ inputs, risk }) => {
    const result = ok(evaluate(inputs));
    expect(result.risk).toBe(risk);
    // the headline and the explanation say the same thing
    expect(result.explanation.find((e) => e.rule.startsWith('Risk'))).toEqual({ rule: `Risk: ${risk}`, detail: result.riskReason });
  });

  it.each<{ name: string; inputs: Inputs; says: RegExp[]; never: RegExp[] }>([
    {
      name: 'high: Spot primary',
      inputs: cluster('1', '4', '2', 'spot', 'ondemand', 'ondemand'),
      says: [/^The primary node is on Spot: a Spot interruption of the primary node terminates the whole cluster\.$/],
      never: [/HDFS keeps one copy/],
    },
    {
      name: 'high: Spot primary and one HDFS copy, both said',
      inputs: cluster('1', '2', '0', 'spot', 'ondemand', 'ondemand'),
      says: [
        /primary node is on Spot/,
        /HDFS keeps one copy of each block \(dfs\.replication = 1 with 2 core nodes\): losing one core node loses the HDFS data on it\./,
      ],
      never: [],
    },
    {
      name: 'medium: Spot core',
      inputs: cluster('1', '4', '0', 'ondemand', 'spot', 'ondemand'),
      says: [/^The core group \(4 nodes\) is on Spot: an interruption takes away HDFS DataNodes, so HDFS data can be lost and jobs can fail\.$/],
      never: [/primary node is on Spot/],
    },
    {
      name: 'medium: one HDFS copy (the default)',
      inputs: DEFAULTS,
      says: [/^HDFS keeps one copy of each block \(dfs\.replication = 1 with 2 core nodes\): losing one core node loses the HDFS data on it\.$/],
      never: [/^No /, /low/],
    },
    {
      name: 'medium: Spot core and one copy, both said',
      inputs: cluster('1', '3', '0', 'ondemand', 'spot', 'ondemand'),
      says: [/core group \(3 nodes\) is on Spot/, /dfs\.replication = 1 with 3 core nodes/],
      never: [],
    },
    {
      name: 'low: Reserved primary and core, Spot tasks',
      inputs: cluster('3', '4', '4', 'reserved', 'reserved', 'spot'),
      says: [
        /^Primary and core nodes are not on Spot \(both Reserved Instances\), and HDFS keeps 2 copies of each block \(dfs\.replication = 2\)\. Spot is used only for the 4 task nodes, which hold no HDFS data\.$/,
      ],
      never: [/Reserved Instances, Reserved Instances/],
    },
    {
      name: 'low: different options on primary and core',
      inputs: cluster('1', '10', '0', 'ondemand', 'reserved', 'ondemand'),
      says: [
        /^Primary and core nodes are not on Spot \(primary On-Demand, core Reserved Instances\), and HDFS keeps 3 copies of each block \(dfs\.replication = 3\)\.$/,
      ],
      never: [],
    },
    {
      name: 'low: no core nodes',
      inputs: cluster('1', '0', '2', 'reserved', 'spot', 'spot'),
      says: [
        /^The primary node is not on Spot \(Reserved Instances\) and there are no core nodes, so no HDFS data can be lost\. Spot is used only for the 2 task nodes, which hold no HDFS data\.$/,
      ],
      never: [],
    },
  ])('reason: $name', ({ inputs, says, never }) => {
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
  it.each<{ name: string; inputs: Inputs }>([
    { name: 'three Spot primary nodes', inputs: cluster('3', '4', '2', 'spot', 'ondemand', 'spot') },
    { name: 'three Spot primary nodes, all Spot', inputs: cluster('3', '2', '2', 'spot', 'spot', 'spot') },
    { name: 'three Spot primary nodes, no core nodes', inputs: cluster('3', '0', '0', 'spot', 'ondemand', 'ondemand') },
  ])('$name: refused at the primary purchasing option', ({ inputs }) => {
    const result = evaluate(inputs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['primary']);
    expect(result.errors.primary).toBe(
      'Three primary nodes (high availability) run only on On-Demand Instances: EMR launches the primary nodes of a high-availability cluster only as On-Demand. Choose On-Demand or Reserved Instances (a billing discount on On-Demand Instances), or one primary node to use Spot.',
    );
  });

  it.each<{ name: string; inputs: Inputs }>([
    { name: 'three On-Demand primary nodes', inputs: cluster('3', '4', '2', 'ondemand', 'ondemand', 'spot') },
    {
      name: 'three Reserved primary nodes (On-Demand Instances with a billing discount)',
      inputs: cluster('3', '4', '2', 'reserved', 'spot', 'spot'),
    },
    { name: 'one Spot primary node', inputs: cluster('1', '4', '2', 'spot', 'ondemand', 'spot') },
  ])('$name: accepted', ({ inputs }) => {
    expect(evaluate(inputs).ok).toBe(true);
  });

  it('three Reserved primary nodes: the explanation says why Reserved Instances are allowed', () => {
    const primary = ok(evaluate(cluster('3', '4', '2', 'reserved', 'ondemand', 'spot'))).explanation[0];
    expect(primary?.detail).toContain(
      'Reserved Instances are a billing discount applied to matching On-Demand Instances, so they meet the On-Demand-only rule.',
    );
  });

  it.each([
    { query: 'primaries=3&primary=spot', expected: { primaries: '3', primary: 'ondemand' } },
    { query: 'primary=spot&primaries=3&cores=10', expected: { primaries: '3', primary: 'ondemand', cores: '10' } },
  ])('$query from a URL: the Spot primary option is ignored with a note', ({ query, expected }) => {
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
  it.each<{ name: string; inputs: Inputs; allSpot: boolean }>([
    { name: 'everything on Spot', inputs: cluster('1', '2', '2', 'spot', 'spot', 'spot'), allSpot: true },
    { name: 'primary only, on Spot', inputs: cluster('1', '0', '0', 'spot', 'ondemand', 'ondemand'), allSpot: true }, // empty groups do not count
    { name: 'Spot primary and core, no task nodes', inputs: cluster('1', '3', '0', 'spot', 'spot', 'reserved'), allSpot: true },
    { name: 'Spot primary, On-Demand core', inputs: cluster('1', '2', '2', 'spot', 'ondemand', 'spot'), allSpot: false },
    { name: 'Spot core and task, On-Demand primary', inputs: cluster('1', '2', '2', 'ondemand', 'spot', 'spot'), allSpot: false },
  ])('$name -> allSpot=$inputs', ({ inputs, allSpot }) => {
    const result = ok(evaluate(inputs));
    expect(result.allSpot).toBe(allSpot);
    const legit = result.explanation.find((e) => e.rule === 'All-Spot cluster');
    if (allSpot) expect(legit?.detail).toMatch(/legitimate choice for a cost-driven or test cluster/);
    else expect(legit).toBeUndefined();
  });
});

describe('warnings', () => {
  it.each<{ name: string; inputs: Inputs; expected: RegExp[] }>([
    {
      name: 'defaults (transient batch): 2 core nodes keep one copy',
      inputs: DEFAULTS,
      expected: [/With 2 core nodes HDFS keeps a single copy of each block/],
    }, // 2 core -> dfs.replication 1
    { name: '4 On-Demand core nodes, Spot tasks: none', inputs: cluster('1', '4', '4', 'ondemand', 'ondemand', 'spot'), expected: [] },
    {
      name: 'Spot primary with On-Demand core (4)',
      inputs: cluster('1', '4', '0', 'spot', 'ondemand', 'ondemand'),
      expected: [/primary node is on Spot while other nodes are not/],
    },
    // 10 Spot core nodes -> dfs.replication 3 quoted in the warning
    {
      name: 'Spot core (10)',
      inputs: cluster('1', '10', '0', 'ondemand', 'spot', 'ondemand'),
      expected: [/10 core nodes on Spot: .*dfs\.replication = 3/],
    },
    // all Spot with 4 core nodes: core warning only (no "primary on Spot while others are not")
    { name: 'all Spot (4 core)', inputs: cluster('1', '4', '2', 'spot', 'spot', 'spot'), expected: [/4 core nodes on Spot: .*dfs\.replication = 2/] },
    {
      name: '1 core node',
      inputs: cluster('1', '1', '0', 'ondemand', 'ondemand', 'spot'),
      expected: [/With 1 core node HDFS keeps a single copy .*at least 4 core nodes/],
    },
    {
      name: '3 core nodes',
      inputs: cluster('1', '3', '0', 'ondemand', 'ondemand', 'spot'),
      expected: [/With 3 core nodes HDFS keeps a single copy/],
    },
    { name: '0 core nodes', inputs: cluster('1', '0', '2', 'ondemand', 'ondemand', 'spot'), expected: [/0 core nodes: no HDFS/] },
    {
      name: 'Reserved task nodes',
      inputs: cluster('1', '4', '2', 'ondemand', 'ondemand', 'reserved'),
      expected: [/Reserved Instances on task nodes/],
    },
    { name: 'Reserved task group without nodes: none', inputs: cluster('1', '4', '0', 'ondemand', 'ondemand', 'reserved'), expected: [] },
  ])('$name', ({ inputs, expected }) => {
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
