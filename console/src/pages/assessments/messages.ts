import { addSection } from '../../i18n/index.ts';
import { assessmentsEn } from '../../i18n/assessments.en.ts';
import { assessmentsZhCN } from '../../i18n/assessments.zh-CN.ts';
import './assessments.css';

/** The assessments page's texts and styles come with its chunk, not with the shell. */
addSection('assessments', { 'zh-CN': assessmentsZhCN, en: assessmentsEn });
