/**
 * Amazon EMR node types: the AWS facts the explainer uses (roles, purchasing options, managed scaling, storage), with
 * their sources (DOCS).
 *
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
import type { DocLink } from '../shared/params';

export const PRIMARY_COUNTS = ['1', '3'] as const;
export type PrimaryCount = (typeof PRIMARY_COUNTS)[number];
export const PURCHASE_OPTIONS = ['ondemand', 'reserved', 'spot'] as const;
export type PurchaseOption = (typeof PURCHASE_OPTIONS)[number];
export const NODE_ROLES = ['primary', 'core', 'task'] as const;
export type NodeRole = (typeof NODE_ROLES)[number];
export type Risk = 'low' | 'medium' | 'high';

/** Releases that support three primary nodes (high availability), from "Plan and configure primary nodes". */
export const HA_RELEASES = 'instance groups from EMR 5.23.0, instance fleets from EMR 5.36.1, 5.36.2, 6.8.1, 6.9.1, 6.10.1, 6.11.1, 6.12.0 and later';

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
    spotInterruption:
      'A Spot interruption of the primary node terminates the cluster. AWS suggests it only when sudden termination is acceptable: testing, or clusters that persist their results to Amazon S3. Only a single primary node can be on Spot: EMR launches the three primary nodes of a high-availability cluster only as On-Demand Instances.',
    suitedPurchasing:
      'On-Demand, or Reserved Instances (a billing discount on On-Demand Instances) for a cluster that runs all the time. Spot typically only when the whole cluster is on Spot, and never with three primary nodes.',
    suited: ['ondemand', 'reserved'],
  },
  core: {
    id: 'core',
    name: 'Core nodes',
    role: 'Run tasks (YARN NodeManager, Hadoop MapReduce tasks, Spark executors) and store HDFS data as DataNodes. One core instance group or fleet per cluster.',
    failure: 'Losing a core node loses the HDFS blocks it holds unless copies exist on other core nodes; its running tasks are retried elsewhere.',
    spotInterruption: 'A Spot interruption takes DataNodes away: HDFS data loss and failed jobs unless the data is replicated or kept in Amazon S3.',
    suitedPurchasing:
      'On-Demand, or Reserved Instances for a long-running cluster. Spot only for cost-driven or test clusters where losing data and work is acceptable.',
    suited: ['ondemand', 'reserved'],
  },
  task: {
    id: 'task',
    name: 'Task nodes',
    role: 'Run tasks only (YARN NodeManager, MapReduce tasks, Spark executors). Optional; they run no DataNode and store no HDFS data.',
    failure: 'Its running tasks are retried on other nodes; no HDFS data is lost.',
    spotInterruption:
      'Same as a failure: no data is lost and the effect on the cluster is minimal, which is why task nodes are the usual place for Spot.',
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
    bestFor:
      'Input and output data and anything that must survive the cluster; lets transient and Spot-heavy clusters lose nodes without losing data.',
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
export const DOCS: readonly DocLink[] = [
  {
    title: 'Understand node types: primary, core, and task nodes',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-master-core-task-nodes.html',
  },
  {
    title: 'Cluster configuration guidelines (when to use Spot Instances)',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances-guidelines.html',
  },
  { title: 'HDFS configuration (dfs.replication)', url: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hdfs-config.html' },
  {
    title: 'Node allocation strategy for managed scaling',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/managed-scaling-allocation-strategy.html',
  },
  { title: 'Work with storage and file systems', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-file-systems.html' },
  { title: 'Instance storage options and behavior', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-storage.html' },
  { title: 'Plan and configure primary nodes (high availability)', url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-ha.html' },
  {
    title: 'Considerations for multiple primary nodes (On-Demand primary nodes only)',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-ha-considerations.html',
  },
  {
    title: 'Amazon EC2: Use your Reserved Instances (applied to matching On-Demand Instances)',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-reserved-instances.html',
  },
];
