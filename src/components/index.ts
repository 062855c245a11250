// Components for MDX pages: `import { ExamTip, History, KeyFacts } from '~/components';` (`ExamGuide` for the exam pages)
export { default as ExamGuide } from './exams/ExamGuide.astro';
export { default as ExamList } from './exams/ExamList.astro';
export { default as SectionExamMap } from './exams/SectionExamMap.astro';
export { default as ExamTip } from './ExamTip.astro';
export { default as History } from './History.astro';
export { default as KeyFacts } from './KeyFacts.astro';
export { default as Legacy } from './Legacy.astro';
