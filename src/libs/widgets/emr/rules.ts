/**
 * EMR node-type explainer: the rules (replication factor, risk, suited purchasing) and the prose of the result. The
 * AWS facts are in `data.ts`, the fields in `fields.ts`.
 */
import { formatNumber, type DocLink, type Explanation, type InvalidInputs } from '../shared/params';
import { allValid, checkFields } from '../shared/fields';
import {
  DOCS,
  HA_PRIMARY_OPTIONS,
  HA_RELEASES,
  HA_SPOT_ERROR,
  NODE_ROLE_INFO,
  PURCHASE_NAMES,
  type NodeRole,
  type PurchaseOption,
  type Risk,
} from './data';
import { FIELDS, type Field, type Inputs } from './fields';

/** dfs.replication by core-node count; 0 means no HDFS (no core nodes). */
export function replicationFactor(cores: number): 0 | 1 | 2 | 3 {
  if (cores <= 0) return 0;
  if (cores <= 3) return 1;
  if (cores <= 9) return 2;
  return 3;
}

export interface GroupSummary {
  readonly role: NodeRole;
  readonly count: number;
  readonly purchase: PurchaseOption;
  /** false when the purchasing option is unusual for the role (a warning or a deliberate choice). */
  readonly suited: boolean;
}

export interface Success {
  readonly ok: true;
  readonly risk: Risk;
  readonly riskReason: string;
  /** dfs.replication; 0 when there are no core nodes (no HDFS). */
  readonly replicationFactor: 0 | 1 | 2 | 3;
  readonly hasHdfs: boolean;
  readonly totalNodes: number;
  /** Every group that has nodes is on Spot: the cost-driven test setup. */
  readonly allSpot: boolean;
  readonly groups: readonly GroupSummary[];
  readonly explanation: readonly Explanation[];
  readonly warnings: readonly string[];
  readonly docs: readonly DocLink[];
}

export type Failure = InvalidInputs<Field>;

export type Result = Success | Failure;

function count(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
export function evaluate(inputs: Inputs): Result {
  const { values, errors } = checkFields(FIELDS, inputs);
  if (values.primaries === '3' && values.primary !== undefined && !HA_PRIMARY_OPTIONS.includes(values.primary)) {
    errors.primary = HA_SPOT_ERROR;
  }
  if (!allValid(FIELDS, values) || Object.keys(errors).length > 0) return { ok: false, errors };
  const { primaries, cores, tasks, primary, core, task } = values;

  const nPrimary = Number(primaries);
  const nCore = cores.value;
  const nTask = tasks.value;
  const factor = replicationFactor(nCore);
  const hasHdfs = factor > 0;
  // A group with no nodes has no purchasing option in effect.
  const primarySpot = primary === 'spot';
  const coreSpot = nCore > 0 && core === 'spot';
  const taskSpot = nTask > 0 && task === 'spot';
  const allSpot = primarySpot && (nCore === 0 || coreSpot) && (nTask === 0 || taskSpot);

  // The risk follows the documented effects: a Spot primary node ends the cluster (high); Spot core nodes lose
  // HDFS data, and so does losing one core node when HDFS keeps one copy (medium); none of these: low.
  const findings: Array<{ readonly risk: Risk; readonly text: string }> = [];
  if (primarySpot) {
    findings.push({ risk: 'high', text: 'The primary node is on Spot: a Spot interruption of the primary node terminates the whole cluster.' });
  }
  if (coreSpot) {
    findings.push({
      risk: 'medium',
      text: `The core group (${count(nCore, 'node', 'nodes')}) is on Spot: an interruption takes away HDFS DataNodes, so HDFS data can be lost and jobs can fail.`,
    });
  }
  if (factor === 1) {
    findings.push({
      risk: 'medium',
      text: `HDFS keeps one copy of each block (dfs.replication = 1 with ${count(nCore, 'core node', 'core nodes')}): losing one core node loses the HDFS data on it.`,
    });
  }
  const risk: Risk = findings.some((f) => f.risk === 'high') ? 'high' : findings.length > 0 ? 'medium' : 'low';
  const spotTasks = taskSpot ? ` Spot is used only for the ${count(nTask, 'task node', 'task nodes')}, which hold no HDFS data.` : '';
  let riskReason: string;
  if (findings.length > 0) {
    riskReason = findings.map((f) => f.text).join(' ');
  } else if (nCore === 0) {
    riskReason = `The primary node is not on Spot (${PURCHASE_NAMES[primary]}) and there are no core nodes, so no HDFS data can be lost.${spotTasks}`;
  } else {
    const options = primary === core ? `both ${PURCHASE_NAMES[primary]}` : `primary ${PURCHASE_NAMES[primary]}, core ${PURCHASE_NAMES[core]}`;
    riskReason = `Primary and core nodes are not on Spot (${options}), and HDFS keeps ${factor} copies of each block (dfs.replication = ${factor}).${spotTasks}`;
  }

  const groups: GroupSummary[] = [
    { role: 'primary', count: nPrimary, purchase: primary, suited: NODE_ROLE_INFO.primary.suited.includes(primary) },
    { role: 'core', count: nCore, purchase: core, suited: nCore === 0 || NODE_ROLE_INFO.core.suited.includes(core) },
    { role: 'task', count: nTask, purchase: task, suited: nTask === 0 || NODE_ROLE_INFO.task.suited.includes(task) },
  ];

  const explanation: Explanation[] = [];
  explanation.push({
    rule: `Primary: ${count(nPrimary, 'node', 'nodes')}, ${PURCHASE_NAMES[primary]}`,
    detail: `${NODE_ROLE_INFO.primary.role} ${
      nPrimary === 1
        ? `One primary node is a single point of failure; three primary nodes (high availability: ${HA_RELEASES}) fail over to a standby.`
        : `Three primary nodes: if one fails, EMR fails over to a standby and replaces the failed node. They are On-Demand only${primary === 'reserved' ? '; Reserved Instances are a billing discount applied to matching On-Demand Instances, so they meet the On-Demand-only rule.' : '.'}`
    }`,
  });
  explanation.push({
    rule: `Core: ${count(nCore, 'node', 'nodes')}${nCore > 0 ? `, ${PURCHASE_NAMES[core]}` : ''}`,
    detail:
      nCore > 0
        ? NODE_ROLE_INFO.core.role
        : 'No core nodes: no DataNodes, so the cluster has no HDFS and keeps its data in Amazon S3 (EMRFS) or on local disks.',
  });
  explanation.push({
    rule: `Task: ${count(nTask, 'node', 'nodes')}${nTask > 0 ? `, ${PURCHASE_NAMES[task]}` : ''}`,
    detail: nTask > 0 ? NODE_ROLE_INFO.task.role : 'No task nodes (they are optional): all processing runs on the core nodes.',
  });
  explanation.push({ rule: `Risk: ${risk}`, detail: riskReason });
  if (allSpot) {
    explanation.push({
      rule: 'All-Spot cluster',
      detail:
        'A legitimate choice for a cost-driven or test cluster: AWS lists running primary, core and task nodes all on Spot for application testing and for transient, cost-driven workloads where lower cost matters more than time to completion and losing partial work is acceptable.',
    });
  }
  explanation.push({
    rule: 'HDFS replication factor (dfs.replication): 1 for 1\u20133 core nodes, 2 for 4\u20139, 3 for 10 or more',
    detail: hasHdfs
      ? `${count(nCore, 'core node', 'core nodes')} \u2192 dfs.replication = ${factor}: each HDFS block is stored ${factor === 1 ? 'once' : `${factor} times`}, so usable HDFS capacity is the core nodes\u2019 total disk \u00f7 ${factor}.`
      : '0 core nodes \u2192 no HDFS, so there is no replication factor.',
  });
  explanation.push({
    rule: 'Managed scaling order',
    detail: `Scale-up adds core capacity first, then task; scale-down removes task nodes first, then core, and Spot before On-Demand within each.${taskSpot ? ` Here the ${count(nTask, 'Spot task node', 'Spot task nodes')} would be the first to go.` : ''}`,
  });

  const warnings: string[] = [];
  if (primarySpot && !allSpot) {
    warnings.push(
      'The primary node is on Spot while other nodes are not: the cluster can still be lost to one interruption. AWS typically runs the primary node on Spot only when the whole cluster is on Spot.',
    );
  }
  if (coreSpot) {
    warnings.push(
      `${count(nCore, 'core node', 'core nodes')} on Spot: an interruption can lose HDFS data (dfs.replication = ${factor}) and fail running jobs. Keep data that matters in Amazon S3, or put core nodes on On-Demand.`,
    );
  }
  if (factor === 1) {
    warnings.push(
      `With ${count(nCore, 'core node', 'core nodes')} HDFS keeps a single copy of each block (dfs.replication = 1): losing one core node loses its data. AWS recommends at least 4 core nodes for production clusters that use HDFS.`,
    );
  }
  if (!hasHdfs) {
    warnings.push('0 core nodes: no HDFS. Read and write all data through EMRFS (Amazon S3).');
  }
  if (nTask > 0 && task === 'reserved') {
    warnings.push(
      'Reserved Instances on task nodes only pay off if those nodes run all the time; task nodes usually scale in and out, which suits Spot or On-Demand.',
    );
  }

  return {
    ok: true,
    risk,
    riskReason,
    replicationFactor: factor,
    hasHdfs,
    totalNodes: nPrimary + nCore + nTask,
    allSpot,
    groups,
    explanation,
    warnings,
    docs: DOCS,
  };
}
