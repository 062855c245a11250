/** S3 storage-class picker: the pure model (no DOM), one import for the component and the tests. */
export * from './data';
export * from './fields';
export * from './prose';
export * from './rules';
