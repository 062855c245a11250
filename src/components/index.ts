// Components for MDX pages: `import { ExamTip, ChangedSince, OlderMaterial } from '~/components';`
export { default as ChangedSince } from './ChangedSince.astro';
export { default as ExamTip } from './ExamTip.astro';
export { default as OlderMaterial } from './OlderMaterial.astro';
