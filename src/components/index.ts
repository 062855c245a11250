// Components for MDX pages: `import { ExamTip, History, KeyFacts } from '~/components';`
export { default as ExamTip } from './ExamTip.astro';
export { default as History } from './History.astro';
export { default as KeyFacts } from './KeyFacts.astro';
