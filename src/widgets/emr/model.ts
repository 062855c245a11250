/**
 * EMR node-type explainer: the pure model (no DOM).
 *
 * Rules (Amazon EMR Management Guide: "Understand node types", "Cluster configuration guidelines"
 * (when to use Spot), "Node allocation strategy" (managed scaling), "Work with storage and file
 * systems", "Instance storage", "Plan and configure primary nodes" and its "Considerations";
 * Amazon EMR Release Guide: "HDFS configuration"):
 * - three primary nodes (high availability) are On-Demand only: a Spot primary option is refused
 *   (Reserved Instances are a billing discount on On-Demand Instances, so they are allowed);
 * - risk is high when the primary node is Spot (an interruption terminates the cluster), else
 *   medium when the core group is Spot (HDFS data loss, failed jobs) or HDFS keeps one copy of each
 *   block (dfs.replication = 1: losing one core node loses its data), else low;
 * - HDFS replication factor (dfs.replication) by core-node count: 1 for 1-3, 2 for 4-9,
 *   3 for 10 or more; 0 core nodes means no HDFS;
 * - managed scaling: scale-up adds core capacity, then task; scale-down removes task nodes first,
 *   then core; within each, Spot before On-Demand.
 */
import {
  asText,
  ignoredNote,
  describeAllowed,
  formatNumber,
  parseEnum,
  parseNumber,
  readEnumParam,
  readNumberParam,
  writeEnumParam,
  writeNumberParam,
  type DocLink,
  type InvalidInputs,
  type Explanation,
  type NumberSpec,
} from '../shared/params';

export const PRIMARY_COUNTS = ['1', '3'] as const;
export type PrimaryCount = (typeof PRIMARY_COUNTS)[number];
export const PURCHASE_OPTIONS = ['ondemand', 'reserved', 'spot'] as const;
export type PurchaseOption = (typeof PURCHASE_OPTIONS)[number];
export const NODE_ROLES = ['primary', 'core', 'task'] as const;
export type NodeRole = (typeof NODE_ROLES)[number];
export type Risk = 'low' | 'medium' | 'high';

/** The form state. Counts are raw strings so that bad input can be reported. */
export interface Inputs {
  /** `primaries`: 1, or 3 for high availability. */
  readonly primaries: PrimaryCount;
  /** `cores`: core nodes, 0 or more. */
  readonly cores: string;
  /** `tasks`: task nodes, 0 or more. */
  readonly tasks: string;
  /** `primary`, `core`, `task`: purchasing option per group. */
  readonly primary: PurchaseOption;
  readonly core: PurchaseOption;
  readonly task: PurchaseOption;
}

export type Field = keyof Inputs;

export const SPECS: { readonly cores: NumberSpec; readonly tasks: NumberSpec } = {
  cores: {
    label: 'Core nodes',
    unit: '',
    integer: true,
    allowZero: true,
    max: 1000,
    maxReason: 'more than 1,000 core nodes is treated as a typo in this explainer',
  },
  tasks: {
    label: 'Task nodes',
    unit: '',
    integer: true,
    allowZero: true,
    max: 1000,
    maxReason: 'more than 1,000 task nodes is treated as a typo in this explainer',
  },
};

/** Releases that support three primary nodes (high availability), from "Plan and configure primary nodes". */
export const HA_RELEASES =
  'instance groups from EMR 5.23.0, instance fleets from EMR 5.36.1, 5.36.2, 6.8.1, 6.9.1, 6.10.1, 6.11.1, 6.12.0 and later';

/** The purchasing options a high-availability cluster's primary nodes may use (On-Demand; Reserved bills On-Demand). */
export const HA_PRIMARY_OPTIONS: readonly PurchaseOption[] = ['ondemand', 'reserved'];

export const HA_SPOT_ERROR =
  'Three primary nodes (high availability) run only on On-Demand Instances: EMR launches the primary nodes of a high-availability cluster only as On-Demand. Choose On-Demand or Reserved Instances (a billing discount on On-Demand Instances), or one primary node to use Spot.';

export const PURCHASE_NAMES: Readonly<Record<PurchaseOption, string>> = {
  ondemand: 'On-Demand',
  reserved: 'Reserved Instances',
  spot: 'Spot',
};

export interface NodeRoleInfo {
  readonly id: NodeRole;
  readonly name: string;
  readonly role: string;
  readonly failure: string;
  readonly spotInterruption: string;
  readonly suitedPurchasing: string;
  /** Purchasing options that suit the role in general (Spot can still be a deliberate choice). */
  readonly suited: readonly PurchaseOption[];
}

export const NODE_ROLE_INFO: Readonly<Record<NodeRole, NodeRoleInfo>> = {
  primary: {
    id: 'primary',
    name: 'Primary node',
    role: 'Manages the cluster: runs the YARN ResourceManager and the HDFS NameNode, tracks the status of submitted jobs and monitors the health of the instance groups.',
    failure: `With one primary node, its failure ends the cluster. With three primary nodes (high availability: ${HA_RELEASES}) EMR fails over to a standby primary node and replaces the failed one.`,
    spotInterruption: 'A Spot interruption of the primary node terminates the cluster. AWS suggests it only when sudden termination is acceptable: testing, or clusters that persist their results to Amazon S3. Only a single primary node can be on Spot: EMR launches the three primary nodes of a high-availability cluster only as On-Demand Instances.',
    suitedPurchasing: 'On-Demand, or Reserved Instances (a billing discount on On-Demand Instances) for a cluster that runs all the time. Spot typically only when the whole cluster is on Spot, and never with three primary nodes.',
    suited: ['ondemand', 'reserved'],
  },
  core: {
    id: 'core',
    name: 'Core nodes',
    role: 'Run tasks (YARN NodeManager, Hadoop MapReduce tasks, Spark executors) and store HDFS data as DataNodes. One core instance group or fleet per cluster.',
    failure: 'Losing a core node loses the HDFS blocks it holds unless copies exist on other core nodes; its running tasks are retried elsewhere.',
    spotInterruption: 'A Spot interruption takes DataNodes away: HDFS data loss and failed jobs unless the data is replicated or kept in Amazon S3.',
    suitedPurchasing: 'On-Demand, or Reserved Instances for a long-running cluster. Spot only for cost-driven or test clusters where losing data and work is acceptable.',
    suited: ['ondemand', 'reserved'],
  },
  task: {
    id: 'task',
    name: 'Task nodes',
    role: 'Run tasks only (YARN NodeManager, MapReduce tasks, Spark executors). Optional; they run no DataNode and store no HDFS data.',
    failure: 'Its running tasks are retried on other nodes; no HDFS data is lost.',
    spotInterruption: 'Same as a failure: no data is lost and the effect on the cluster is minimal, which is why task nodes are the usual place for Spot.',
    suitedPurchasing: 'Spot, to add capacity cheaply for peaks; On-Demand when the extra capacity must be guaranteed.',
    suited: ['spot', 'ondemand'],
  },
};

/** Managed scaling's node allocation order (EMR releases without node labels). */
export const MANAGED_SCALING = {
  scaleUp: [
    'Adds capacity to core nodes first, then to task nodes, until the maximum or the target capacity is reached.',
    'With MaximumCoreCapacityUnits set, core nodes grow up to that limit and the rest goes to task nodes.',
    'With MaximumOnDemandCapacityUnits set, On-Demand Instances are used up to that limit and the rest is Spot.',
  ],
  scaleDown: [
    'Removes task nodes first, then core nodes, until the target capacity is reached; never below the policy minimum.',
    'Within core nodes and within task nodes, removes Spot Instances before On-Demand Instances.',
  ],
  note: 'From EMR 7.2, with YARN node labels enabled, managed scaling adds and removes nodes according to the node labels instead.',
} as const;

export interface StorageOption {
  readonly id: 'hdfs' | 'emrfs' | 'local' | 'ebs';
  readonly name: string;
  readonly prefix: string;
  readonly persistence: string;
  readonly bestFor: string;
}

export const STORAGE_OPTIONS: readonly StorageOption[] = [
  {
    id: 'hdfs',
    name: 'HDFS',
    prefix: 'hdfs:// (or no prefix)',
    persistence: 'Ephemeral: reclaimed when the cluster ends. Blocks live on core nodes; the primary node runs the NameNode.',
    bestFor: 'Fast storage for intermediate results between steps.',
  },
  {
    id: 'emrfs',
    name: 'EMRFS (Amazon S3)',
    prefix: 's3://',
    persistence: 'Persistent: outlives the cluster.',
    bestFor: 'Input and output data and anything that must survive the cluster; lets transient and Spot-heavy clusters lose nodes without losing data.',
  },
  {
    id: 'local',
    name: 'Local file system (instance store)',
    prefix: 'none (a local path)',
    persistence: 'Only for the life of its EC2 instance.',
    bestFor: 'Buffers, caches, scratch data and other temporary content.',
  },
  {
    id: 'ebs',
    name: 'Amazon EBS volumes',
    prefix: 'none (mounted as extra volumes)',
    persistence: 'Ephemeral in EMR: deleted when the cluster or the instance terminates.',
    bestFor: 'More disk for HDFS and scratch space, especially on instance types with little or no instance store.',
  },
];

export interface Preset {
  readonly id: 'long-running' | 'transient-batch' | 'cost-test';
  readonly name: string;
  readonly description: string;
  readonly inputs: Inputs;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'long-running',
    name: 'Long-running, data-critical',
    description: 'Three primary nodes for high availability, primary and core nodes on capacity that is never interrupted (Reserved Instances pay off for a cluster that runs all the time), and Spot task nodes for peaks. AWS: long-running and data-critical clusters keep primary and core On-Demand and put task nodes on Spot.',
    inputs: { primaries: '3', cores: '4', tasks: '4', primary: 'reserved', core: 'reserved', task: 'spot' },
  },
  {
    id: 'transient-batch',
    name: 'Transient batch job',
    description: 'A cluster that starts, runs its steps and terminates: On-Demand primary and core nodes so the job finishes, Spot task nodes for cheap extra capacity, input and output in Amazon S3 (EMRFS).',
    inputs: { primaries: '1', cores: '2', tasks: '4', primary: 'ondemand', core: 'ondemand', task: 'spot' },
  },
  {
    id: 'cost-test',
    name: 'Cost-driven test',
    description: 'Everything on Spot for the lowest cost. An interruption can end the cluster or lose HDFS data, which AWS calls acceptable for application testing and cost-driven workloads where losing partial work is acceptable.',
    inputs: { primaries: '1', cores: '2', tasks: '2', primary: 'spot', core: 'spot', task: 'spot' },
  },
];

/** The default state is the transient batch job preset. */
export const DEFAULTS: Inputs = { primaries: '1', cores: '2', tasks: '4', primary: 'ondemand', core: 'ondemand', task: 'spot' };

export const DOCS: readonly DocLink[] = [
  { title: 'Understand node types: primary, core, and task nodes', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-master-core-task-nodes.html' },
  { title: 'Cluster configuration guidelines (when to use Spot Instances)', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances-guidelines.html' },
  { title: 'HDFS configuration (dfs.replication)', url: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hdfs-config.html' },
  { title: 'Node allocation strategy for managed scaling', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/managed-scaling-allocation-strategy.html' },
  { title: 'Work with storage and file systems', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-file-systems.html' },
  { title: 'Instance storage options and behavior', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-storage.html' },
  { title: 'Plan and configure primary nodes (high availability)', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-ha.html' },
  { title: 'Considerations for multiple primary nodes (On-Demand primary nodes only)', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-ha-considerations.html' },
  { title: 'Amazon EC2: Use your Reserved Instances (applied to matching On-Demand Instances)', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-reserved-instances.html' },
];

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

/** Reads the widget state from a query string; unknown parameters are ignored. */
export function fromSearchParams(params: URLSearchParams): { inputs: Inputs; notes: string[] } {
  const notes: string[] = [];
  const inputs: Inputs = {
    primaries: readEnumParam(params, 'primaries', PRIMARY_COUNTS, DEFAULTS.primaries, notes),
    cores: readNumberParam(params, 'cores', SPECS.cores, DEFAULTS.cores, notes),
    tasks: readNumberParam(params, 'tasks', SPECS.tasks, DEFAULTS.tasks, notes),
    primary: readEnumParam(params, 'primary', PURCHASE_OPTIONS, DEFAULTS.primary, notes),
    core: readEnumParam(params, 'core', PURCHASE_OPTIONS, DEFAULTS.core, notes),
    task: readEnumParam(params, 'task', PURCHASE_OPTIONS, DEFAULTS.task, notes),
  };
  // Each value can be valid on its own and still break the On-Demand-only rule of three primary nodes.
  if (inputs.primaries === '3' && !HA_PRIMARY_OPTIONS.includes(inputs.primary)) {
    notes.push(
      ignoredNote(
        'primary',
        inputs.primary,
        'ondemand or reserved with three primary nodes (EMR launches the primary nodes of a high-availability cluster only as On-Demand Instances)',
        DEFAULTS.primary,
      ),
    );
    return { inputs: { ...inputs, primary: DEFAULTS.primary }, notes };
  }
  return { inputs, notes };
}

/** Writes only valid, non-default values, so the default state has a clean URL. */
export function toSearchParams(inputs: Inputs): URLSearchParams {
  const params = new URLSearchParams();
  writeEnumParam(params, 'primaries', inputs.primaries, PRIMARY_COUNTS, DEFAULTS.primaries);
  writeNumberParam(params, 'cores', inputs.cores, SPECS.cores, DEFAULTS.cores);
  writeNumberParam(params, 'tasks', inputs.tasks, SPECS.tasks, DEFAULTS.tasks);
  writeEnumParam(params, 'primary', inputs.primary, PURCHASE_OPTIONS, DEFAULTS.primary);
  writeEnumParam(params, 'core', inputs.core, PURCHASE_OPTIONS, DEFAULTS.core);
  writeEnumParam(params, 'task', inputs.task, PURCHASE_OPTIONS, DEFAULTS.task);
  return params;
}

function count(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

export function evaluate(inputs: Inputs): Result {
  const errors: Partial<Record<Field, string>> = {};
  const primaries = parseEnum(asText(inputs.primaries), PRIMARY_COUNTS, 'Primary nodes');
  const cores = parseNumber(asText(inputs.cores), SPECS.cores);
  const tasks = parseNumber(asText(inputs.tasks), SPECS.tasks);
  const primary = parseEnum(asText(inputs.primary), PURCHASE_OPTIONS, 'Primary purchasing option');
  const core = parseEnum(asText(inputs.core), PURCHASE_OPTIONS, 'Core purchasing option');
  const task = parseEnum(asText(inputs.task), PURCHASE_OPTIONS, 'Task purchasing option');
  if (!primaries.ok) errors.primaries = primaries.error;
  if (!cores.ok) errors.cores = cores.error;
  if (!tasks.ok) errors.tasks = tasks.error;
  if (!primary.ok) errors.primary = primary.error;
  if (!core.ok) errors.core = core.error;
  if (!task.ok) errors.task = task.error;
  if (primaries.ok && primary.ok && primaries.value === '3' && !HA_PRIMARY_OPTIONS.includes(primary.value)) {
    errors.primary = HA_SPOT_ERROR;
  }
  if (!primaries.ok || !cores.ok || !tasks.ok || !primary.ok || !core.ok || !task.ok || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }

  const nPrimary = Number(primaries.value);
  const nCore = cores.value;
  const nTask = tasks.value;
  const factor = replicationFactor(nCore);
  const hasHdfs = factor > 0;
  // A group with no nodes has no purchasing option in effect.
  const primarySpot = primary.value === 'spot';
  const coreSpot = nCore > 0 && core.value === 'spot';
  const taskSpot = nTask > 0 && task.value === 'spot';
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
    riskReason = `The primary node is not on Spot (${PURCHASE_NAMES[primary.value]}) and there are no core nodes, so no HDFS data can be lost.${spotTasks}`;
  } else {
    const options =
      primary.value === core.value
        ? `both ${PURCHASE_NAMES[primary.value]}`
        : `primary ${PURCHASE_NAMES[primary.value]}, core ${PURCHASE_NAMES[core.value]}`;
    riskReason = `Primary and core nodes are not on Spot (${options}), and HDFS keeps ${factor} copies of each block (dfs.replication = ${factor}).${spotTasks}`;
  }

  const groups: GroupSummary[] = [
    { role: 'primary', count: nPrimary, purchase: primary.value, suited: NODE_ROLE_INFO.primary.suited.includes(primary.value) },
    { role: 'core', count: nCore, purchase: core.value, suited: nCore === 0 || NODE_ROLE_INFO.core.suited.includes(core.value) },
    { role: 'task', count: nTask, purchase: task.value, suited: nTask === 0 || NODE_ROLE_INFO.task.suited.includes(task.value) },
  ];

  const explanation: Explanation[] = [];
  explanation.push({
    rule: `Primary: ${count(nPrimary, 'node', 'nodes')}, ${PURCHASE_NAMES[primary.value]}`,
    detail: `${NODE_ROLE_INFO.primary.role} ${
      nPrimary === 1
        ? `One primary node is a single point of failure; three primary nodes (high availability: ${HA_RELEASES}) fail over to a standby.`
        : `Three primary nodes: if one fails, EMR fails over to a standby and replaces the failed node. They are On-Demand only${primary.value === 'reserved' ? '; Reserved Instances are a billing discount applied to matching On-Demand Instances, so they meet the On-Demand-only rule.' : '.'}`
    }`,
  });
  explanation.push({
    rule: `Core: ${count(nCore, 'node', 'nodes')}${nCore > 0 ? `, ${PURCHASE_NAMES[core.value]}` : ''}`,
    detail: nCore > 0 ? NODE_ROLE_INFO.core.role : 'No core nodes: no DataNodes, so the cluster has no HDFS and keeps its data in Amazon S3 (EMRFS) or on local disks.',
  });
  explanation.push({
    rule: `Task: ${count(nTask, 'node', 'nodes')}${nTask > 0 ? `, ${PURCHASE_NAMES[task.value]}` : ''}`,
    detail: nTask > 0 ? NODE_ROLE_INFO.task.role : 'No task nodes (they are optional): all processing runs on the core nodes.',
  });
  explanation.push({ rule: `Risk: ${risk}`, detail: riskReason });
  if (allSpot) {
    explanation.push({
      rule: 'All-Spot cluster',
      detail: 'A legitimate choice for a cost-driven or test cluster: AWS lists running primary, core and task nodes all on Spot for application testing and for transient, cost-driven workloads where lower cost matters more than time to completion and losing partial work is acceptable.',
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
    warnings.push('The primary node is on Spot while other nodes are not: the cluster can still be lost to one interruption. AWS typically runs the primary node on Spot only when the whole cluster is on Spot.');
  }
  if (coreSpot) {
    warnings.push(`${count(nCore, 'core node', 'core nodes')} on Spot: an interruption can lose HDFS data (dfs.replication = ${factor}) and fail running jobs. Keep data that matters in Amazon S3, or put core nodes on On-Demand.`);
  }
  if (factor === 1) {
    warnings.push(`With ${count(nCore, 'core node', 'core nodes')} HDFS keeps a single copy of each block (dfs.replication = 1): losing one core node loses its data. AWS recommends at least 4 core nodes for production clusters that use HDFS.`);
  }
  if (!hasHdfs) {
    warnings.push('0 core nodes: no HDFS. Read and write all data through EMRFS (Amazon S3).');
  }
  if (nTask > 0 && task.value === 'reserved') {
    warnings.push('Reserved Instances on task nodes only pay off if those nodes run all the time; task nodes usually scale in and out, which suits Spot or On-Demand.');
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

/** What each numeric field allows, for hints beside the inputs. */
export const ALLOWED: Readonly<Record<'cores' | 'tasks', string>> = {
  cores: describeAllowed(SPECS.cores),
  tasks: describeAllowed(SPECS.tasks),
};
