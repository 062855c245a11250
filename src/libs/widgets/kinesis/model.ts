/** Kinesis Data Streams shard calculator: the pure model (no DOM), one import for the component and the tests. */
export * from './comparisons';
export * from './data';
export * from './fields';
export * from './rules';
