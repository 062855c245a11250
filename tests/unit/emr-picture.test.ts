/** EMR model: the explanation, and the data the cluster picture and the tables show. */
import { describe, expect, it } from 'vitest';

import { DEFAULTS, MANAGED_SCALING, NODE_ROLE_INFO, PRESETS, STORAGE_OPTIONS, evaluate, type Risk } from '~/libs/widgets/emr/model';
import { ok, emrCluster as cluster } from './support/widget-model';

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
  it.each<{ role: keyof typeof NODE_ROLE_INFO; what: RegExp; spot: RegExp; purchase: RegExp }>([
    {
      role: 'primary',
      what: /YARN ResourceManager and the HDFS NameNode.*tracks the status.*health/,
      spot: /terminates the cluster/,
      purchase: /On-Demand, or Reserved/,
    },
    { role: 'core', what: /HDFS data as DataNodes/, spot: /HDFS data loss and failed jobs/, purchase: /On-Demand/ },
    { role: 'task', what: /Run tasks only.*Optional.*no HDFS data/, spot: /no data is lost/, purchase: /^Spot/ },
  ])('$role node role', ({ role, what, spot, purchase }) => {
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

  it.each<{ id: string; risk: Risk; factor: number; total: number; allSpot: boolean }>([
    // preset id, risk, dfs.replication, total nodes, all Spot
    { id: 'long-running', risk: 'low', factor: 2, total: 11, allSpot: false }, // 3 + 4 + 4 = 11 nodes; 4 core -> 2; Reserved primary/core, Spot tasks
    { id: 'transient-batch', risk: 'medium', factor: 1, total: 7, allSpot: false }, // 1 + 2 + 4 = 7 nodes; 2 core -> 1 copy of HDFS -> medium
    { id: 'cost-test', risk: 'high', factor: 1, total: 5, allSpot: true }, // 1 + 2 + 2 = 5 nodes; primary on Spot -> high
  ])('preset $id', ({ id, risk, factor, total, allSpot }) => {
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
